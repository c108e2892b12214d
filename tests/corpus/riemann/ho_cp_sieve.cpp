// expect: prime_pattern
#include <bits/stdc++.h>
using namespace std;
const int MAXN = 1e7 + 5;
vector<bool> comp(MAXN);
vector<int> pr;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    for (int i = 2; i < MAXN; ++i) {
        if (!comp[i]) {
            pr.push_back(i);
            for (long long j = 1LL * i * i; j < MAXN; j += i) comp[j] = true;
        }
    }
    int q;
    cin >> q;
    while (q--) {
        int k;
        cin >> k;
        cout << pr[k - 1] << '\n';
    }
}
