// expect: prime_counting
#include <bits/stdc++.h>
using namespace std;
typedef long long ll;

// pi(n) in O(n^{3/4}) with the "dp over floor(n/i)" trick
ll prime_pi(ll n) {
    ll r = sqrtl(n);
    while (r * r > n) --r;
    while ((r + 1) * (r + 1) <= n) ++r;
    vector<ll> V;
    for (ll i = 1; i <= r; i++) V.push_back(n / i);
    for (ll i = V.back() - 1; i >= 1; i--) V.push_back(i);
    unordered_map<ll, ll> S;
    for (ll v : V) S[v] = v - 1;
    for (ll p = 2; p <= r; p++) {
        if (S[p] > S[p - 1]) {
            ll sp = S[p - 1], p2 = p * p;
            for (ll v : V) {
                if (v < p2) break;
                S[v] -= S[v / p] - sp;
            }
        }
    }
    return S[n];
}

int main() {
    ll n;
    while (cin >> n) cout << prime_pi(n) << "\n";
}
