// expect: prime_pattern, prime_counting
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

/* odd-only bit-packed sieve: bit k stands for the number 2k+1 */
#define GET(a, k) ((a)[(k) >> 5] & (1u << ((k) & 31)))
#define SET(a, k) ((a)[(k) >> 5] |= (1u << ((k) & 31)))

int main(int argc, char **argv) {
    uint32_t n = argc > 1 ? (uint32_t)strtoul(argv[1], NULL, 10) : 100000000u;
    uint32_t half = n / 2 + 1;
    uint32_t *bits = calloc(half / 32 + 1, sizeof(uint32_t));
    for (uint32_t i = 1; (2 * i + 1) * (2 * i + 1) <= n; i++) {
        if (!GET(bits, i)) {
            uint32_t p = 2 * i + 1;
            for (uint32_t k = (p * p) / 2; k < half; k += p) SET(bits, k);
        }
    }
    uint32_t count = n >= 2 ? 1 : 0;
    for (uint32_t i = 1; 2 * i + 1 <= n; i++)
        if (!GET(bits, i)) count++;
    printf("number of primes <= %u: %u\n", n, count);
    free(bits);
    return 0;
}
