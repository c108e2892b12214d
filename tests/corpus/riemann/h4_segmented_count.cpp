// expect: prime_counting, prime_pattern
#include <cmath>
#include <cstdint>
#include <iostream>
#include <vector>

// Count primes up to n with a segmented sieve of Eratosthenes.
int64_t count_primes(int64_t n) {
    const int64_t root = static_cast<int64_t>(std::sqrt(static_cast<double>(n)));
    std::vector<char> small(root + 1, 1);
    std::vector<int64_t> base;
    for (int64_t i = 2; i <= root; ++i) {
        if (!small[i]) continue;
        base.push_back(i);
        for (int64_t j = i * i; j <= root; j += i) small[j] = 0;
    }
    const int64_t seg = 1 << 18;
    std::vector<char> block(seg);
    int64_t count = 0;
    for (int64_t lo = 2; lo <= n; lo += seg) {
        const int64_t hi = std::min(lo + seg - 1, n);
        std::fill(block.begin(), block.end(), 1);
        for (int64_t p : base) {
            int64_t start = std::max(p * p, (lo + p - 1) / p * p);
            for (int64_t j = start; j <= hi; j += p) block[j - lo] = 0;
        }
        for (int64_t i = lo; i <= hi; ++i) count += block[i - lo];
    }
    return count;
}

int main() {
    for (int64_t x = 10; x <= 1000000000; x *= 10) std::cout << "pi(" << x << ") = " << count_primes(x) << "\n";
}
