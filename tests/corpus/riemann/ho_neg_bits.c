/* expect: none */
#include <stdint.h>
#include <stdio.h>

static int popcount(uint32_t x) {
    x = x - ((x >> 1) & 0x55555555u);
    x = (x & 0x33333333u) + ((x >> 2) & 0x33333333u);
    return (int)((((x + (x >> 4)) & 0x0F0F0F0Fu) * 0x01010101u) >> 24);
}

static uint32_t next_pow2(uint32_t v) {
    v--;
    v |= v >> 1; v |= v >> 2; v |= v >> 4; v |= v >> 8; v |= v >> 16;
    return v + 1;
}

static int is_pow2(uint32_t v) { return v && !(v & (v - 1)); }

static uint32_t isqrt(uint32_t n) {
    uint32_t x = n, y = (x + 1) / 2;
    while (y < x) { x = y; y = (x + n / x) / 2; }
    return x;
}

int main(void) {
    for (uint32_t v = 1; v < 40; v += 7)
        printf("%u pop=%d next=%u pow2=%d isqrt=%u\n", v, popcount(v), next_pow2(v), is_pow2(v), isqrt(v));
    return 0;
}
