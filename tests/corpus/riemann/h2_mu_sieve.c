/* expect: mobius_function, prime_pattern */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define N 1000000

static signed char mu[N + 1];
static char composite[N + 1];

int main(void) {
    memset(mu, 1, sizeof mu);
    for (int p = 2; p <= N; p++) {
        if (composite[p]) continue;
        for (int k = p; k <= N; k += p) {
            composite[k] = k != p;
            mu[k] = -mu[k];
        }
        for (long long k = (long long)p * p; k <= N; k += (long long)p * p) mu[k] = 0;
    }
    long M = 0, zeros = 0;
    for (int i = 1; i <= N; i++) {
        M += mu[i];
        zeros += mu[i] == 0;
    }
    printf("M(%d) = %ld, squarefree share %.6f\n", N, M, 1.0 - (double)zeros / N);
    return 0;
}
