/* expect: prime_counting, prime_pattern */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned long count_primes(unsigned long n)
{
    unsigned char *is_composite = calloc(n + 1, 1);
    unsigned long count = 0;
    if (!is_composite)
        return 0;
    for (unsigned long i = 2; i <= n; i++) {
        if (is_composite[i])
            continue;
        count++;
        for (unsigned long j = i * i; j <= n; j += i)
            is_composite[j] = 1;
    }
    free(is_composite);
    return count;
}

int main(int argc, char **argv)
{
    unsigned long n = argc > 1 ? strtoul(argv[1], NULL, 10) : 10000000UL;
    for (unsigned long x = 10; x <= n; x *= 10)
        printf("pi(%lu) = %lu\n", x, count_primes(x));
    return 0;
}
