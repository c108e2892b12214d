// expect: zeta_zeros, riemann_siegel
#include <cmath>
#include <cstdio>
#include <vector>

namespace {
constexpr double kPi = 3.141592653589793;

double theta(double t) {
  return t / 2 * std::log(t / (2 * kPi)) - t / 2 - kPi / 8 + 1 / (48 * t);
}

double hardy_z(double t) {
  const double a = std::sqrt(t / (2 * kPi));
  const int n = static_cast<int>(a);
  double s = 0;
  for (int k = 1; k <= n; ++k) s += std::cos(theta(t) - t * std::log(k)) / std::sqrt(k);
  const double p = a - n;
  const double c0 = std::cos(2 * kPi * (p * p - p - 1.0 / 16)) / std::cos(2 * kPi * p);
  return 2 * s + ((n - 1) % 2 ? -1.0 : 1.0) * c0 / std::sqrt(a);
}

double secant(double a, double b) {
  double fa = hardy_z(a), fb = hardy_z(b);
  for (int i = 0; i < 40 && std::fabs(b - a) > 1e-12; ++i) {
    const double c = b - fb * (b - a) / (fb - fa);
    a = b; fa = fb;
    b = c; fb = hardy_z(c);
  }
  return b;
}
}  // namespace

int main() {
  std::vector<double> zeros;
  for (double t = 10; t < 80; t += 0.2)
    if (hardy_z(t) * hardy_z(t + 0.2) < 0) zeros.push_back(secant(t, t + 0.2));
  for (std::size_t i = 0; i < zeros.size(); ++i) std::printf("gamma_%zu = %.9f\n", i + 1, zeros[i]);
}
