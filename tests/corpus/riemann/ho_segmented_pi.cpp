// expect: prime_counting, prime_pattern
#include <cmath>
#include <cstdint>
#include <iostream>
#include <vector>

// Counts primes up to n with a segmented sieve of Eratosthenes.
std::uint64_t count_primes(std::uint64_t n) {
    const std::uint64_t root = static_cast<std::uint64_t>(std::sqrt(static_cast<double>(n)));
    std::vector<char> small(root + 1, 1);
    std::vector<std::uint64_t> base;
    for (std::uint64_t i = 2; i <= root; ++i) {
        if (!small[i]) continue;
        base.push_back(i);
        for (std::uint64_t j = i * i; j <= root; j += i) small[j] = 0;
    }
    const std::uint64_t seg = 1 << 16;
    std::uint64_t total = 0;
    std::vector<char> block(seg);
    for (std::uint64_t lo = 2; lo <= n; lo += seg) {
        std::fill(block.begin(), block.end(), 1);
        const std::uint64_t hi = std::min(lo + seg - 1, n);
        for (auto p : base) {
            std::uint64_t start = std::max(p * p, (lo + p - 1) / p * p);
            for (std::uint64_t j = start; j <= hi; j += p) block[j - lo] = 0;
        }
        for (std::uint64_t x = lo; x <= hi; ++x) total += block[x - lo];
    }
    return total;
}

int main() {
    for (std::uint64_t n = 10; n <= 1000000000ULL; n *= 10)
        std::cout << "pi(" << n << ") = " << count_primes(n) << '\n';
}
