// expect: none
// Particles binned into a uniform grid; a complex phasor per cell for a wave overlay.
#include <cmath>
#include <complex>
#include <cstdio>
#include <vector>

using cd = std::complex<double>;

struct Particle { double x, y; int id; bool dead; };

int main() {
    const int w = 16, h = 16;
    std::vector<Particle> ps;
    for (int i = 0; i < 200; ++i) ps.push_back({std::fmod(i * 0.37, 1.0), std::fmod(i * 0.61, 1.0), i, i % 53 == 52});
    std::vector<int> cells(w * h, -1);
    for (int row = 0; row < h; ++row) {
        for (auto& p : ps) {
            if (p.dead) break;
            int r = static_cast<int>(p.y * h);
            if (r == row) cells[row * w + static_cast<int>(p.x * w)] = p.id;
        }
    }
    double phase = 0.25;
    cd gain(0.5, phase);
    cd acc = 0;
    for (int c : cells) if (c >= 0) acc += gain * std::polar(1.0, c * 0.1);
    std::printf("|acc| = %.3f, occupied = %zu\n", std::abs(acc), cells.size());
}
