/* expect: mobius_function, prime_pattern */
#include <stdio.h>
#include <stdlib.h>

#define LIMIT 1000000

static signed char mu[LIMIT + 1];

int main(void)
{
    int *lp = calloc(LIMIT + 1, sizeof(int));
    for (int i = 1; i <= LIMIT; i++)
        mu[i] = 1;
    for (int p = 2; p <= LIMIT; p++) {
        if (lp[p])
            continue;
        for (int m = p; m <= LIMIT; m += p) {
            lp[m] = 1;
            mu[m] = -mu[m];
        }
        long sq = (long)p * p;
        for (long m = sq; m <= LIMIT; m += sq)
            mu[m] = 0;
    }
    long M = 0;
    for (int n = 1; n <= LIMIT; n++) {
        M += mu[n];
        if (n % 100000 == 0)
            printf("M(%d) = %ld\n", n, M);
    }
    free(lp);
    return 0;
}
