// expect: modular_arithmetic
#include <cstdint>
#include <iostream>
#include <vector>

namespace ntt {
constexpr uint32_t P = 998244353, G = 3;

uint64_t power(uint64_t b, uint64_t e) {
    uint64_t r = 1;
    for (b %= P; e; e >>= 1, b = b * b % P)
        if (e & 1) r = r * b % P;
    return r;
}

void transform(std::vector<uint64_t>& a, bool invert) {
    size_t n = a.size();
    for (size_t i = 1, j = 0; i < n; ++i) {
        size_t bit = n >> 1;
        for (; j & bit; bit >>= 1) j ^= bit;
        j ^= bit;
        if (i < j) std::swap(a[i], a[j]);
    }
    for (size_t len = 2; len <= n; len <<= 1) {
        uint64_t w = power(G, (P - 1) / len);
        if (invert) w = power(w, P - 2);
        for (size_t i = 0; i < n; i += len) {
            uint64_t wn = 1;
            for (size_t k = 0; k < len / 2; ++k, wn = wn * w % P) {
                uint64_t u = a[i + k], v = a[i + k + len / 2] * wn % P;
                a[i + k] = (u + v) % P;
                a[i + k + len / 2] = (u + P - v) % P;
            }
        }
    }
    if (invert) {
        uint64_t inv_n = power(n, P - 2);
        for (auto& x : a) x = x * inv_n % P;
    }
}

std::vector<uint64_t> multiply(std::vector<uint64_t> a, std::vector<uint64_t> b) {
    size_t n = 1;
    while (n < a.size() + b.size()) n <<= 1;
    a.resize(n);
    b.resize(n);
    transform(a, false);
    transform(b, false);
    for (size_t i = 0; i < n; ++i) a[i] = a[i] * b[i] % P;
    transform(a, true);
    return a;
}
}  // namespace ntt

int main() {
    auto c = ntt::multiply({1, 2, 3}, {4, 5, 6});
    for (size_t i = 0; i < 5; ++i) std::cout << c[i] << ' ';
    std::cout << '\n';
}
