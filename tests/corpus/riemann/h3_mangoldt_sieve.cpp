// expect: von_mangoldt, prime_pattern
#include <cmath>
#include <iostream>
#include <vector>

int main() {
  const int n = 2'000'000;
  std::vector<double> Lambda(n + 1, 0.0);
  std::vector<bool> composite(n + 1, false);
  for (int p = 2; p <= n; ++p) {
    if (composite[p]) continue;
    for (long long m = 2LL * p; m <= n; m += p) composite[m] = true;
    const double lp = std::log(static_cast<double>(p));
    for (long long pk = p; pk <= n; pk *= p) Lambda[pk] = lp;
  }
  double psi = 0.0;
  for (int x = 1; x <= n; ++x) {
    psi += Lambda[x];
    if (x % 250000 == 0) std::cout << x << '\t' << psi << '\t' << psi / x << '\n';
  }
}
