// expect: mobius_function, prime_pattern
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
    int n = argc > 1 ? atoi(argv[1]) : 1000000;
    signed char *mu = malloc(n + 1);
    char *comp = calloc(n + 1, 1);
    memset(mu, 1, n + 1);
    for (int p = 2; p <= n; p++) {
        if (comp[p]) continue;
        for (int k = p; k <= n; k += p) {
            if (k > p) comp[k] = 1;
            mu[k] = -mu[k];
        }
        if ((long long)p * p <= n)
            for (int k = p * p; k <= n; k += p * p) mu[k] = 0;
    }
    long mertens = 0;
    int zeros = 0;
    for (int k = 1; k <= n; k++) {
        mertens += mu[k];
        if (mertens == 0) zeros++;
    }
    printf("M(%d) = %ld, M(x) = 0 for %d values of x\n", n, mertens, zeros);
    free(mu);
    free(comp);
    return 0;
}
