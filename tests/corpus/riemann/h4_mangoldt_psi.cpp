// expect: von_mangoldt, prime_pattern
#include <cmath>
#include <cstdio>
#include <vector>

int main() {
    const int N = 1000000;
    std::vector<int> lp(N + 1, 0);
    std::vector<int> primes;
    for (int i = 2; i <= N; ++i) {
        if (lp[i] == 0) {
            lp[i] = i;
            primes.push_back(i);
        }
        for (int p : primes) {
            if (p > lp[i] || 1LL * i * p > N) break;
            lp[i * p] = p;
        }
    }
    // Lambda(n) = log p if n = p^k, else 0
    std::vector<double> Lambda(N + 1, 0.0);
    for (int n = 2; n <= N; ++n) {
        int p = lp[n], m = n;
        while (m % p == 0) m /= p;
        if (m == 1) Lambda[n] = std::log(static_cast<double>(p));
    }
    double psi = 0;
    for (int n = 1; n <= N; ++n) {
        psi += Lambda[n];
        if (n % 100000 == 0) std::printf("psi(%d) = %.3f  ratio %.6f\n", n, psi, psi / n);
    }
}
