// expect: critical_line, zeta_function
#include <complex>
#include <iostream>

std::complex<double> zeta_eta(std::complex<double> s, int terms) {
  std::complex<double> sum = 0.0;
  for (int n = 1; n <= terms; ++n) sum += std::pow(-1.0, n - 1) / std::pow(std::complex<double>(n), s);
  return sum / (1.0 - std::pow(2.0, 1.0 - s));
}

int main() {
  for (double t = 10; t < 30; t += 0.5) {
    std::complex<double> s = std::complex<double>(0.5, t);
    std::cout << t << " " << std::abs(zeta_eta(s, 100000)) << "\n";
  }
}
