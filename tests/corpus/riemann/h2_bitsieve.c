/* expect: prime_pattern */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define GET(b, i) ((b)[(i) >> 4] & (1u << (((i) >> 1) & 7)))
#define CLR(b, i) ((b)[(i) >> 4] &= (uint8_t)~(1u << (((i) >> 1) & 7)))

int main(int argc, char **argv) {
    uint32_t n = argc > 1 ? (uint32_t)strtoul(argv[1], NULL, 10) : 100000000u;
    uint8_t *bits = malloc(n / 16 + 1);
    for (uint32_t i = 0; i < n / 16 + 1; i++) bits[i] = 0xff;
    for (uint32_t i = 3; (uint64_t)i * i <= n; i += 2)
        if (GET(bits, i))
            for (uint32_t j = i * i; j <= n; j += 2 * i) CLR(bits, j);
    uint32_t last = 2, cnt = 1;
    for (uint32_t i = 3; i <= n; i += 2)
        if (GET(bits, i)) { cnt++; last = i; }
    printf("%u odd candidates kept, largest %u\n", cnt, last);
    free(bits);
    return 0;
}
