/* expect: mobius_function, prime_pattern */
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    const int N = 10000;
    signed char *mu = malloc(N + 1);
    char *is_comp = calloc(N + 1, 1);
    for (int i = 0; i <= N; i++) mu[i] = 1;
    for (int p = 2; p <= N; p++) {
        if (is_comp[p]) continue;
        for (int k = p; k <= N; k += p) {
            if (k != p) is_comp[k] = 1;
            mu[k] = -mu[k];
        }
        for (long k = (long)p * p; k <= N; k += (long)p * p) mu[k] = 0;
    }
    long mertens = 0;
    for (int n = 1; n <= N; n++) mertens += mu[n];
    printf("M(%d) = %ld\n", N, mertens);
    free(mu);
    free(is_comp);
    return 0;
}
