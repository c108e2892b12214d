// expect: none
// Frequency response of a series RLC circuit.
#include <cmath>
#include <complex>
#include <cstdio>

using cplx = std::complex<double>;

struct Rlc {
    double R, L, C;
    cplx impedance(double omega) const { return cplx(R, omega * L - 1.0 / (omega * C)); }
    double resonance() const { return 1.0 / std::sqrt(L * C); }
    double zeta() const { return R / 2.0 * std::sqrt(C / L); }  // damping ratio
};

int main() {
    Rlc circuit{0.5, 1e-3, 1e-6};
    double w0 = circuit.resonance();
    std::printf("w0 = %.1f rad/s, zeta = %.4f, Q = %.2f\n", w0, circuit.zeta(), 1 / (2 * circuit.zeta()));
    for (double k = 0.5; k <= 2.0; k += 0.25) {
        cplx z = circuit.impedance(k * w0);
        cplx i = cplx(1.0, 0.0) / z;
        std::printf("w=%.2f w0  |Z|=%9.3f  phase=%7.2f deg  |I|=%.4f\n", k, std::abs(z),
                    std::arg(z) * 180 / M_PI, std::abs(i));
    }
    double gamma = 1.0 / std::sqrt(1 - 0.25);  // Lorentz factor for v = c/2, unrelated check
    std::printf("%.6f %d\n", gamma, 17 % 5);
}
