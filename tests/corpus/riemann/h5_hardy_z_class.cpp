// expect: riemann_siegel, zeta_zeros
#include <cmath>
#include <iomanip>
#include <iostream>
#include <vector>

class RiemannSiegel {
  public:
    static double theta(double t) {
        return t / 2 * std::log(t / (2 * M_PI)) - t / 2 - M_PI / 8 + 1 / (48 * t) +
               7 / (5760 * t * t * t);
    }

    static double Z(double t) {
        double tau = std::sqrt(t / (2 * M_PI));
        int N = static_cast<int>(tau);
        double sum = 0;
        for (int n = 1; n <= N; ++n) sum += std::cos(theta(t) - t * std::log(n)) / std::sqrt(n);
        double p = tau - N;
        double C0 = std::cos(2 * M_PI * (p * p - p - 1.0 / 16)) / std::cos(2 * M_PI * p);
        double R = ((N - 1) % 2 ? -1 : 1) * std::pow(tau, -0.5) * C0;
        return 2 * sum + R;
    }

    static std::vector<double> zeros(double from, double to, double step = 0.05) {
        std::vector<double> out;
        for (double t = from; t < to; t += step) {
            double a = t, b = t + step;
            if (Z(a) * Z(b) >= 0) continue;
            for (int i = 0; i < 50; ++i) {
                double m = (a + b) / 2;
                (Z(a) * Z(m) <= 0 ? b : a) = m;
            }
            out.push_back((a + b) / 2);
        }
        return out;
    }
};

int main() {
    const double known[] = {14.134725, 21.022040, 25.010858, 30.424876, 32.935062, 37.586178};
    auto zs = RiemannSiegel::zeros(10, 40);
    for (size_t i = 0; i < zs.size() && i < 6; ++i)
        std::cout << std::setprecision(9) << zs[i] << "  vs  " << known[i] << '\n';
}
