// expect: zeta_function, gamma_function
// Check the functional equation zeta(s) = 2^s pi^(s-1) sin(pi s / 2) Gamma(1-s) zeta(1-s)
// with the C++17 mathematical special functions.
#include <cmath>
#include <cstdio>
#include <initializer_list>
#include <numbers>

int main() {
    using std::numbers::pi;
    for (double s : {-3.5, -1.5, 0.25, 0.75, 2.5, 3.0, 5.5}) {
        double lhs = std::riemann_zeta(s);
        double rhs = std::pow(2.0, s) * std::pow(pi, s - 1) * std::sin(pi * s / 2) *
                     std::tgamma(1 - s) * std::riemann_zeta(1 - s);
        std::printf("s=%5.2f  zeta(s)=%+.12f  rhs=%+.12f\n", s, lhs, rhs);
    }
    std::printf("zeta(-1) = %.12f (expected -1/12)\n", std::riemann_zeta(-1.0));
    std::printf("Gamma(5) = %.1f, lgamma(100) = %.6f\n", std::tgamma(5.0), std::lgamma(100.0));
}
