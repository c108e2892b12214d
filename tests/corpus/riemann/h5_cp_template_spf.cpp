// expect: modular_arithmetic, prime_pattern
#include <bits/stdc++.h>
using namespace std;
using ll = long long;

const ll MOD = 998244353;
const int MAXN = 1'000'001;

ll binpow(ll a, ll b, ll m = MOD) {
    ll r = 1;
    for (a %= m; b; b >>= 1, a = a * a % m)
        if (b & 1) r = r * a % m;
    return r;
}

int spf[MAXN];
vector<int> pr;

void init_sieve() {
    for (int i = 2; i < MAXN; ++i) {
        if (!spf[i]) spf[i] = i, pr.push_back(i);
        for (int p : pr) {
            if (p > spf[i] || (ll)i * p >= MAXN) break;
            spf[i * p] = p;
        }
    }
}

// number of divisors of n! modulo MOD, then its modular inverse
int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    init_sieve();
    int t;
    cin >> t;
    while (t--) {
        int n;
        cin >> n;
        ll ans = 1;
        for (int p : pr) {
            if (p > n) break;
            ll e = 0;
            for (ll q = p; q <= n; q *= p) e += n / q;
            ans = ans * ((e + 1) % MOD) % MOD;
        }
        cout << ans << ' ' << binpow(ans, MOD - 2) << '\n';
    }
}
