// expect: euler_product, zeta_function, prime_pattern
#include <cmath>
#include <iomanip>
#include <iostream>
#include <vector>

static std::vector<int> primes_below(int n) {
  std::vector<char> c(n, 0);
  std::vector<int> ps;
  for (int i = 2; i < n; ++i) {
    if (c[i]) continue;
    ps.push_back(i);
    for (long long j = 1LL * i * i; j < n; j += i) c[j] = 1;
  }
  return ps;
}

int main() {
  const auto ps = primes_below(100000);
  std::cout << std::setprecision(12);
  for (double s : {2.0, 3.0, 4.0, 6.0}) {
    double euler = 1.0, dirichlet = 0.0;
    for (int p : ps) euler *= 1.0 / (1.0 - std::pow(p, -s));
    for (int n = 1; n <= 100000; ++n) dirichlet += std::pow(n, -s);
    std::cout << "s=" << s << "  product=" << euler << "  sum=" << dirichlet << '\n';
  }
}
