/* expect: modular_arithmetic */
#include <stdint.h>
#include <stdio.h>

typedef unsigned long long u64;

static u64 mulmod(u64 a, u64 b, u64 m) { return (unsigned __int128)a * b % m; }

static u64 powmod(u64 b, u64 e, u64 m) {
    u64 r = 1;
    b %= m;
    for (; e; e >>= 1) {
        if (e & 1) r = mulmod(r, b, m);
        b = mulmod(b, b, m);
    }
    return r;
}

int main(void) {
    const u64 MOD = 998244353ULL;
    /* Fermat inverse of 2 modulo a prime */
    u64 inv2 = powmod(2, MOD - 2, MOD);
    printf("inv(2) = %llu, check = %llu\n", inv2, mulmod(inv2, 2, MOD));
    printf("3^1e18 mod p = %llu\n", powmod(3, 1000000000000000000ULL, MOD));
    return 0;
}
