/* expect: euler_product, prime_pattern */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

int main(void)
{
    const int N = 200000;
    char *sieve = calloc(N + 1, 1);
    double s_values[] = {2.0, 3.0, 4.0};
    double prod[3] = {1.0, 1.0, 1.0};

    for (int i = 2; i <= N; i++) {
        if (sieve[i])
            continue;
        for (long j = (long)i * i; j <= N; j += i)
            sieve[j] = 1;
        for (int k = 0; k < 3; k++)
            prod[k] /= 1.0 - pow((double)i, -s_values[k]);
    }
    for (int k = 0; k < 3; k++)
        printf("prod_p (1 - p^-%.0f)^-1 = %.12f\n", s_values[k], prod[k]);
    free(sieve);
    return 0;
}
