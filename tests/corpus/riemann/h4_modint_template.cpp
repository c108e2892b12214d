// expect: modular_arithmetic
#include <cstdint>
#include <iostream>
#include <vector>

template <uint32_t M>
struct ModInt {
    uint32_t v;
    ModInt(long long x = 0) : v(static_cast<uint32_t>((x % M + M) % M)) {}
    ModInt operator+(ModInt o) const { return ModInt(v + o.v >= M ? v + o.v - M : v + o.v); }
    ModInt operator-(ModInt o) const { return ModInt(v >= o.v ? v - o.v : v + M - o.v); }
    ModInt operator*(ModInt o) const { return ModInt(static_cast<uint64_t>(v) * o.v % M); }
    ModInt pow(uint64_t e) const {
        ModInt r(1), b = *this;
        for (; e; e >>= 1, b = b * b)
            if (e & 1) r = r * b;
        return r;
    }
    ModInt inv() const { return pow(M - 2); }
    ModInt operator/(ModInt o) const { return *this * o.inv(); }
};

using mint = ModInt<998244353>;

int main() {
    int n;
    if (!(std::cin >> n)) n = 100000;
    std::vector<mint> f(n + 1, 1);
    for (int i = 1; i <= n; ++i) f[i] = f[i - 1] * mint(i);
    mint catalan = f[2 * (n / 2)] / (f[n / 2 + 1] * f[n / 2]);
    std::cout << f[n].v << " " << catalan.v << "\n";
}
