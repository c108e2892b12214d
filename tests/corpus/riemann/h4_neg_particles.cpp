// expect: none
#include <cmath>
#include <iostream>
#include <random>
#include <vector>

struct Particle {
    double x, y, vx, vy;
};

int main() {
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> u(-1.0, 1.0);
    std::vector<Particle> ps(200);
    for (auto& p : ps) p = {u(rng) * 50, u(rng) * 50, u(rng), u(rng)};
    const double W = 100, H = 100, dt = 0.1, gravity = -9.81;
    for (int step = 0; step < 1000; ++step) {
        for (auto& p : ps) {
            p.vy += gravity * dt;
            p.x = std::fmod(p.x + p.vx * dt + W, W);
            p.y += p.vy * dt;
            if (p.y < 0) { p.y = -p.y; p.vy = -0.8 * p.vy; }
        }
        if (step % 250 == 0) std::cout << "step " << step << " first at " << ps[0].x << "," << ps[0].y << "\n";
    }
}
