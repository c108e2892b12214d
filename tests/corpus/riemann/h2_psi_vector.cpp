// expect: von_mangoldt, prime_pattern
#include <cmath>
#include <iostream>
#include <vector>

int main() {
    const int n = 1 << 22;
    std::vector<double> Lambda(n + 1, 0.0);
    std::vector<bool> comp(n + 1, false);
    for (long long p = 2; p <= n; ++p) {
        if (comp[p]) continue;
        for (long long q = p * p; q <= n; q += p) comp[q] = true;
        const double lp = std::log(static_cast<double>(p));
        for (long long pk = p; pk <= n; pk *= p) Lambda[pk] = lp;
    }
    double psi = 0;
    for (int k = 1; k <= n; ++k) {
        psi += Lambda[k];
        if ((k & (k - 1)) == 0) std::cout << k << ' ' << psi << ' ' << psi - k << '\n';
    }
}
