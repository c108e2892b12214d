// expect: modular_arithmetic
#include <cstdint>
#include <iostream>
#include <vector>

template <std::uint32_t MOD>
struct ModInt {
    std::uint32_t v = 0;
    ModInt() = default;
    ModInt(long long x) : v(static_cast<std::uint32_t>(((x % MOD) + MOD) % MOD)) {}
    ModInt operator+(ModInt o) const { return ModInt(v + o.v); }
    ModInt operator-(ModInt o) const { return ModInt(static_cast<long long>(v) - o.v); }
    ModInt operator*(ModInt o) const { return ModInt(static_cast<long long>(v) * o.v); }
    ModInt pow(unsigned long long e) const {
        ModInt r(1), b(*this);
        for (; e; e >>= 1, b = b * b)
            if (e & 1) r = r * b;
        return r;
    }
    ModInt inv() const { return pow(MOD - 2); }
    ModInt operator/(ModInt o) const { return *this * o.inv(); }
};

using mint = ModInt<1000000007>;

int main() {
    const int n = 200000;
    std::vector<mint> fact(n + 1, 1);
    for (int i = 1; i <= n; ++i) fact[i] = fact[i - 1] * mint(i);
    auto C = [&](int a, int b) { return fact[a] / (fact[b] * fact[a - b]); };
    std::cout << C(100000, 50000).v << '\n';
}
