// expect: modular_arithmetic
#include <bits/stdc++.h>
using namespace std;
using ll = long long;
const ll MOD = 998244353, G = 3;

ll power(ll a, ll b) {
    ll r = 1;
    a %= MOD;
    for (; b; b >>= 1, a = a * a % MOD)
        if (b & 1) r = r * a % MOD;
    return r;
}

void ntt(vector<ll>& a, bool invert) {
    int n = a.size();
    for (int i = 1, j = 0; i < n; i++) {
        int bit = n >> 1;
        for (; j & bit; bit >>= 1) j ^= bit;
        j ^= bit;
        if (i < j) swap(a[i], a[j]);
    }
    for (int len = 2; len <= n; len <<= 1) {
        ll w = invert ? power(G, MOD - 1 - (MOD - 1) / len) : power(G, (MOD - 1) / len);
        for (int i = 0; i < n; i += len) {
            ll wn = 1;
            for (int j = 0; j < len / 2; j++) {
                ll u = a[i + j], v = a[i + j + len / 2] * wn % MOD;
                a[i + j] = (u + v) % MOD;
                a[i + j + len / 2] = (u - v + MOD) % MOD;
                wn = wn * w % MOD;
            }
        }
    }
    if (invert) {
        ll inv_n = power(n, MOD - 2);
        for (auto& x : a) x = x * inv_n % MOD;
    }
}

int main() {
    vector<ll> a = {1, 2, 3, 0}, b = {4, 5, 0, 0};
    ntt(a, false); ntt(b, false);
    for (int i = 0; i < 4; i++) a[i] = a[i] * b[i] % MOD;
    ntt(a, true);
    for (ll x : a) cout << x << ' ';
    cout << '\n';
}
