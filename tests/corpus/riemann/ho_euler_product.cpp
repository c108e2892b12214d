// expect: euler_product, prime_pattern
#include <cmath>
#include <iostream>
#include <numeric>
#include <vector>

std::vector<int> primes_upto(int n) {
    std::vector<int> ps;
    for (int k = 2; k <= n; ++k) {
        bool prime = true;
        for (int p : ps) {
            if (p * p > k) break;
            if (k % p == 0) { prime = false; break; }
        }
        if (prime) ps.push_back(k);
    }
    return ps;
}

int main() {
    const double s = 2.0;
    auto ps = primes_upto(100000);
    double euler = std::accumulate(ps.begin(), ps.end(), 1.0,
                                   [s](double acc, int p) { return acc / (1.0 - std::pow(p, -s)); });
    std::cout.precision(12);
    std::cout << "Euler product at s=2: " << euler << " vs pi^2/6 = " << M_PI * M_PI / 6 << '\n';
}
