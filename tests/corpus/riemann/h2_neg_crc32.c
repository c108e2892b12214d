/* expect: none */
#include <stdint.h>
#include <stdio.h>

static uint32_t table[256];

static void init(void) {
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int k = 0; k < 8; k++) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[i] = c;
    }
}

uint32_t crc32(const unsigned char *p, size_t n) {
    uint32_t c = 0xFFFFFFFFu;
    while (n--) c = table[(c ^ *p++) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

int main(int argc, char **argv) {
    init();
    FILE *f = fopen(argc > 1 ? argv[1] : "/etc/hostname", "rb");
    if (!f) return 1;
    unsigned char buf[4096];
    size_t n, total = 0;
    uint32_t acc = 0;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0) {
        acc ^= crc32(buf, n);
        total += n;
    }
    fclose(f);
    printf("%08x %zu blocks=%zu\n", acc, total, (total + 4095) / 4096);
    return 0;
}
