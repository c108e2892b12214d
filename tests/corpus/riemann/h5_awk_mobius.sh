#!/bin/bash
# expect: mobius_function, prime_pattern
# Print mu(n) and the Mertens function M(n) for n = 1..N.
N=${1:-50}
awk -v N="$N" '
function mu(n,    p, r) {
    r = 1
    for (p = 2; p * p <= n; p++) {
        if (n % p == 0) {
            n /= p
            if (n % p == 0) return 0
            r = -r
        }
    }
    if (n > 1) r = -r
    return r
}
BEGIN {
    M = 0
    for (n = 1; n <= N; n++) {
        m = mu(n)
        M += m
        printf "%4d %3d %4d\n", n, m, M
    }
}'
