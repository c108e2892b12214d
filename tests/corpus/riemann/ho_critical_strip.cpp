// expect: zeta_function, critical_line
#include <complex>
#include <cstdio>

using cd = std::complex<double>;

// Dirichlet eta via alternating series, then zeta(s) = eta(s) / (1 - 2^(1-s)).
cd zeta(cd s, int terms = 200000) {
    cd acc = 0.0, last = 0.0;
    for (int n = 1; n <= terms; ++n) {
        last = acc;
        cd term = std::pow(cd(n, 0), -s);
        acc += (n & 1) ? term : -term;
    }
    cd eta = 0.5 * (acc + last);
    return eta / (1.0 - std::pow(cd(2.0, 0.0), 1.0 - s));
}

int main() {
    const double sigma = 0.5;
    for (double t = 10.0; t <= 35.0; t += 0.5) {
        cd z = zeta(cd(sigma, t));
        std::printf("%6.2f  %12.8f\n", t, std::abs(z));
    }
}
