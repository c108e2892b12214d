/* expect: euler_product, prime_pattern */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    const int LIM = 5000000;
    char *sv = calloc(LIM + 1, 1);
    double s = 3.0, prod = 1.0;
    for (long i = 2; i <= LIM; i++) {
        if (sv[i]) continue;
        for (long j = i * i; j <= LIM; j += i) sv[j] = 1;
        prod /= 1.0 - pow((double)i, -s);
    }
    printf("product over primes at s=%.1f: %.15f (Apery 1.202056903159594)\n", s, prod);
    free(sv);
    return 0;
}
