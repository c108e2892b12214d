// expect: mobius_function, prime_pattern
#include <stdio.h>
#include <stdlib.h>

#define N 10000000

static int primes[700000];
static signed char mu[N + 1];
static char composite[N + 1];

int main(void) {
    int np = 0;
    mu[1] = 1;
    for (int i = 2; i <= N; i++) {
        if (!composite[i]) {
            primes[np++] = i;
            mu[i] = -1;
        }
        for (int j = 0; j < np && (long)i * primes[j] <= N; j++) {
            composite[i * primes[j]] = 1;
            if (i % primes[j] == 0) {
                mu[i * primes[j]] = 0;
                break;
            }
            mu[i * primes[j]] = -mu[i];
        }
    }
    long M = 0;
    for (int x = 1; x <= N; x++) {
        M += mu[x];
        if (x == 10 || x == 100 || x == 1000 || x == 10000 || x == 100000 || x == 1000000 || x == N)
            printf("M(%d) = %ld\n", x, M);
    }
    return 0;
}
