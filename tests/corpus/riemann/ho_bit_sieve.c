/* expect: prime_pattern */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define GET(b, i) ((b)[(i) >> 3] & (1u << ((i) & 7)))
#define SET(b, i) ((b)[(i) >> 3] |= (1u << ((i) & 7)))

int main(int argc, char **argv) {
    unsigned n = argc > 1 ? (unsigned)atoi(argv[1]) : 1000000u;
    unsigned char *bits = calloc(n / 8 + 1, 1);
    unsigned count = 0;
    for (unsigned i = 2; i <= n; i++) {
        if (GET(bits, i)) continue;
        count++;
        for (unsigned long j = (unsigned long)i * i; j <= n; j += i) SET(bits, j);
    }
    printf("%u primes <= %u\n", count, n);
    free(bits);
    return 0;
}
