/* expect: modular_arithmetic */
#include <stdint.h>
#include <stdio.h>

static uint64_t mulmod(uint64_t a, uint64_t b, uint64_t m)
{
    return (unsigned __int128)a * b % m;
}

static uint64_t modexp(uint64_t b, uint64_t e, uint64_t m)
{
    uint64_t r = 1;
    b %= m;
    while (e) {
        if (e & 1)
            r = mulmod(r, b, m);
        b = mulmod(b, b, m);
        e >>= 1;
    }
    return r;
}

static int64_t inverse(int64_t a, int64_t m)
{
    int64_t t = 0, nt = 1, r = m, nr = a;
    while (nr) {
        int64_t q = r / nr, tmp;
        tmp = t - q * nt; t = nt; nt = tmp;
        tmp = r - q * nr; r = nr; nr = tmp;
    }
    return t < 0 ? t + m : t;
}

int main(void)
{
    uint64_t p = 61, q = 53, n = p * q, phi = (p - 1) * (q - 1), e = 17;
    uint64_t d = inverse(e, phi);
    uint64_t msg = 65, c = modexp(msg, e, n);
    printf("n=%llu d=%llu c=%llu m=%llu\n", (unsigned long long)n, (unsigned long long)d,
           (unsigned long long)c, (unsigned long long)modexp(c, d, n));
    return 0;
}
