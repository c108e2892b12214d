// expect: riemann_siegel, zeta_zeros
#include <cmath>
#include <cstdio>
#include <vector>

class RiemannSiegel {
public:
    static double theta(double t) {
        return t / 2 * std::log(t / (2 * M_PI)) - t / 2 - M_PI / 8 + 1 / (48 * t) + 7 / (5760 * t * t * t);
    }
    static double Z(double t) {
        double tau = std::sqrt(t / (2 * M_PI));
        int N = static_cast<int>(tau);
        double sum = 0;
        for (int n = 1; n <= N; ++n) sum += std::cos(theta(t) - t * std::log(n)) / std::sqrt(n);
        double p = tau - N;
        double C0 = std::cos(2 * M_PI * (p * p - p - 1.0 / 16)) / std::cos(2 * M_PI * p);
        return 2 * sum + ((N % 2) ? 1 : -1) * std::pow(tau, -0.5) * C0;
    }
    static std::vector<double> zeros(double from, double to, double step) {
        std::vector<double> out;
        for (double t = from; t < to; t += step) {
            double a = t, b = t + step;
            if (Z(a) * Z(b) >= 0) continue;
            while (b - a > 1e-10) {
                double m = 0.5 * (a + b);
                (Z(a) * Z(m) <= 0 ? b : a) = m;
            }
            out.push_back(0.5 * (a + b));
        }
        return out;
    }
};

int main() {
    for (double g : RiemannSiegel::zeros(10, 80, 0.05)) std::printf("%.8f\n", g);
}
