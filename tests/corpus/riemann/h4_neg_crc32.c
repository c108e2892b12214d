// expect: none
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static uint32_t table[256];

static void init_table(void) {
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int k = 0; k < 8; k++) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[i] = c;
    }
}

static uint32_t crc32(const unsigned char *buf, size_t len) {
    uint32_t c = 0xFFFFFFFFu;
    for (size_t i = 0; i < len; i++) c = table[(c ^ buf[i]) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

int main(int argc, char **argv) {
    init_table();
    const char *s = argc > 1 ? argv[1] : "The quick brown fox jumps over the lazy dog";
    printf("%08x\n", crc32((const unsigned char *)s, strlen(s)));
    return 0;
}
