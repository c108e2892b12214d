// expect: euler_product, prime_pattern
#include <cmath>
#include <iostream>
#include <numeric>
#include <vector>

std::vector<int> primes_to(int n) {
    std::vector<bool> sieve(n + 1, true);
    std::vector<int> ps;
    for (int i = 2; i <= n; ++i) {
        if (!sieve[i]) continue;
        ps.push_back(i);
        for (long long j = 1LL * i * i; j <= n; j += i) sieve[j] = false;
    }
    return ps;
}

int main() {
    const auto ps = primes_to(5'000'000);
    for (double s : {1.5, 2.0, 3.0}) {
        double prod = std::accumulate(ps.begin(), ps.end(), 1.0,
                                      [s](double acc, int p) { return acc / (1.0 - std::pow(p, -s)); });
        std::cout << "prod_p (1 - p^-" << s << ")^-1 = " << prod << "\n";
    }
}
