// expect: prime_pattern
#include <array>
#include <cstddef>
#include <iostream>

constexpr bool is_prime(unsigned n) {
    if (n < 2) return false;
    for (unsigned d = 2; d * d <= n; ++d)
        if (n % d == 0) return false;
    return true;
}

template <std::size_t N>
constexpr auto first_primes() {
    std::array<unsigned, N> out{};
    std::size_t k = 0;
    for (unsigned c = 2; k < N; ++c)
        if (is_prime(c)) out[k++] = c;
    return out;
}

static_assert(is_prime(7919));
static_assert(!is_prime(7917));

int main() {
    constexpr auto table = first_primes<100>();
    for (auto p : table) std::cout << p << ' ';
    std::cout << '\n';
}
