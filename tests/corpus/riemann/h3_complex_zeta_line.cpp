// expect: critical_line, zeta_function
#include <complex>
#include <cstdio>

using cd = std::complex<double>;

// zeta via the alternating series (Dirichlet eta) with Euler transform acceleration
cd zeta(cd s) {
  const int N = 60;
  double binom[N + 1][N + 1] = {};
  for (int n = 0; n <= N; ++n) {
    binom[n][0] = 1;
    for (int k = 1; k <= n; ++k) binom[n][k] = binom[n - 1][k - 1] + (k < n ? binom[n - 1][k] : 0);
  }
  cd sum = 0;
  for (int n = 0; n < N; ++n) {
    cd inner = 0;
    for (int k = 0; k <= n; ++k)
      inner += (k % 2 ? -1.0 : 1.0) * binom[n][k] * std::pow(cd(k + 1), -s);
    sum += inner / std::pow(2.0, n + 1);
  }
  return sum / (1.0 - std::pow(cd(2.0), 1.0 - s));
}

int main() {
  for (double t = 0.0; t <= 35.0; t += 0.5) {
    cd z = zeta(cd(0.5, t));
    std::printf("%5.1f  %10.6f %10.6f  |z| = %.6f\n", t, z.real(), z.imag(), std::abs(z));
  }
}
