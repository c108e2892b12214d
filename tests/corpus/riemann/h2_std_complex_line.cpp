// expect: critical_line, zeta_function
#include <complex>
#include <iostream>

using cd = std::complex<double>;

cd dirichlet_eta(cd s, int terms) {
    cd acc{0.0, 0.0};
    for (int n = 1; n <= terms; ++n) {
        cd t = std::exp(-s * std::log(static_cast<double>(n)));
        acc += (n % 2 == 1) ? t : -t;
    }
    return acc;
}

cd zeta(cd s) { return dirichlet_eta(s, 100000) / (1.0 - std::pow(2.0, 1.0 - s)); }

int main() {
    const double re = 0.5;
    for (double t = 0; t <= 30; t += 0.5) {
        cd s(re, t);
        std::cout << t << ' ' << std::abs(zeta(s)) << '\n';
    }
}
