// expect: modular_arithmetic
#include <bits/stdc++.h>
using namespace std;

template <int MOD>
struct modint {
    int v;
    modint(long long x = 0) : v(int((x % MOD + MOD) % MOD)) {}
    modint operator+(modint o) const { return modint(v + o.v); }
    modint operator*(modint o) const { return modint(1LL * v * o.v); }
    modint pow(long long e) const {
        modint r = 1, b = *this;
        while (e) {
            if (e & 1) r = r * b;
            b = b * b;
            e >>= 1;
        }
        return r;
    }
    modint inv() const { return pow(MOD - 2); }
};
using mint = modint<1000000007>;

int main() {
    int n = 200000;
    vector<mint> fact(n + 1), ifact(n + 1);
    fact[0] = 1;
    for (int i = 1; i <= n; i++) fact[i] = fact[i - 1] * i;
    ifact[n] = fact[n].inv();
    for (int i = n; i > 0; i--) ifact[i - 1] = ifact[i] * i;
    auto C = [&](int a, int b) { return fact[a] * ifact[b] * ifact[a - b]; };
    cout << C(100000, 50000).v << "\n";
}
