// expect: von_mangoldt, zeta_zeros, critical_line, prime_pattern
// Riemann-von Mangoldt explicit formula:
//   psi(x) = x - sum_rho x^rho / rho - log(2 pi) - 1/2 log(1 - x^-2)
// compared with psi(x) = sum_{n <= x} Lambda(n) computed exactly.
#include <cmath>
#include <complex>
#include <iostream>
#include <vector>

using cd = std::complex<double>;

static const double kZeros[] = {14.134725142, 21.022039639, 25.010857580, 30.424876126,
                                32.935061588, 37.586178159, 40.918719012, 43.327073281,
                                48.005150881, 49.773832478, 52.970321478, 56.446247697};

double psi_exact(int x) {
    std::vector<bool> sieve(x + 1, true);
    double psi = 0;
    for (int p = 2; p <= x; ++p) {
        if (!sieve[p]) continue;
        for (long long m = 1LL * p * p; m <= x; m += p) sieve[m] = false;
        for (long long pk = p; pk <= x; pk *= p) psi += std::log(p);  // Lambda(p^k) = log p
    }
    return psi;
}

double psi_explicit(double x) {
    cd sum = 0;
    for (double g : kZeros) {
        cd rho(0.5, g);
        cd term = std::pow(cd(x, 0), rho) / rho;
        sum += term + std::conj(term);
    }
    return x - sum.real() - std::log(2 * M_PI) - 0.5 * std::log(1 - 1 / (x * x));
}

int main() {
    for (int x : {10, 20, 50, 100, 200}) {
        std::cout << "x=" << x << "  exact " << psi_exact(x) << "  explicit(12 zeros) "
                  << psi_explicit(x + 0.5) << '\n';
    }
}
