// expect: zeta_zeros
#include <array>
#include <cmath>
#include <cstdio>

// Imaginary parts of the first nontrivial zeros of the Riemann zeta function.
constexpr std::array<double, 10> kZeros = {
    14.134725141734693, 21.022039638771555, 25.010857580145689, 30.424876125859513,
    32.935061587739190, 37.586178158825671, 40.918719012147495, 43.327073280914999,
    48.005150881167160, 49.773832477672302};

int main() {
    for (std::size_t i = 1; i < kZeros.size(); ++i) {
        const double t = kZeros[i];
        const double mean_spacing = 2.0 * M_PI / std::log(t / (2.0 * M_PI));
        const double gap = kZeros[i] - kZeros[i - 1];
        std::printf("gap %zu: %.6f  normalised %.4f\n", i, gap, gap / mean_spacing);
    }
}
