// expect: prime_pattern, modular_arithmetic
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

typedef unsigned __int128 u128;

static uint64_t mulmod(uint64_t a, uint64_t b, uint64_t m) { return (u128)a * b % m; }

static uint64_t powmod(uint64_t a, uint64_t e, uint64_t m) {
    uint64_t r = 1;
    a %= m;
    while (e) {
        if (e & 1) r = mulmod(r, a, m);
        a = mulmod(a, a, m);
        e >>= 1;
    }
    return r;
}

static bool witness(uint64_t n, uint64_t a, uint64_t d, int s) {
    uint64_t x = powmod(a, d, n);
    if (x == 1 || x == n - 1) return false;
    while (--s) {
        x = mulmod(x, x, n);
        if (x == n - 1) return false;
    }
    return true;
}

bool is_prime_u64(uint64_t n) {
    static const uint64_t bases[] = {2, 325, 9375, 28178, 450775, 9780504, 1795265022};
    if (n < 2) return false;
    if (n % 2 == 0) return n == 2;
    uint64_t d = n - 1;
    int s = 0;
    while (!(d & 1)) { d >>= 1; s++; }
    for (int i = 0; i < 7; i++) {
        uint64_t a = bases[i] % n;
        if (a && witness(n, a, d, s)) return false;
    }
    return true;
}

int main(void) {
    uint64_t n = UINT64_MAX;
    while (!is_prime_u64(n)) n -= 2;
    printf("largest 64-bit prime: %llu\n", (unsigned long long)n);
    int twins = 0;
    for (uint64_t k = 3; k < 1000000; k += 2) twins += is_prime_u64(k) && is_prime_u64(k + 2);
    printf("twin pairs below 1e6: %d\n", twins);
    return 0;
}
