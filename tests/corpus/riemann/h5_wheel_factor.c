// expect: prime_pattern
/* Factor integers with a 2-3-5 wheel and report which are prime. */
#include <stdio.h>
#include <stdlib.h>

static const int gaps[8] = {4, 2, 4, 2, 4, 6, 2, 6};

static int factorize(unsigned long long n, unsigned long long *out) {
    int k = 0;
    for (unsigned long long p = 2; p <= 5; p += (p == 2 ? 1 : 2)) {
        while (n % p == 0) { out[k++] = p; n /= p; }
    }
    unsigned long long d = 7;
    int g = 0;
    while (d * d <= n) {
        while (n % d == 0) { out[k++] = d; n /= d; }
        d += gaps[g];
        g = (g + 1) & 7;
    }
    if (n > 1) out[k++] = n;
    return k;
}

int main(int argc, char **argv) {
    unsigned long long f[64];
    for (int i = 1; i < argc; i++) {
        unsigned long long n = strtoull(argv[i], NULL, 10);
        int k = factorize(n, f);
        printf("%llu:", n);
        for (int j = 0; j < k; j++) printf(" %llu", f[j]);
        printf("%s\n", (k == 1 && n > 1) ? "  (prime)" : "");
    }
    return 0;
}
