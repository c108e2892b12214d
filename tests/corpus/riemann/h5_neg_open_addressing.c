// expect: none
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define TABLE_SIZE 4093 /* prime, keeps linear probing well spread */

struct entry { char key[32]; int value; int used; };
static struct entry table[TABLE_SIZE];

static uint32_t djb2(const char *s) {
    uint32_t h = 5381;
    while (*s) h = h * 33 + (unsigned char)*s++;
    return h;
}

static struct entry *lookup(const char *key, int insert) {
    uint32_t i = djb2(key) % TABLE_SIZE;
    for (int probes = 0; probes < TABLE_SIZE; probes++, i = (i + 1) % TABLE_SIZE) {
        if (!table[i].used) {
            if (!insert) return NULL;
            table[i].used = 1;
            strncpy(table[i].key, key, sizeof table[i].key - 1);
            return &table[i];
        }
        if (strcmp(table[i].key, key) == 0) return &table[i];
    }
    return NULL;
}

int main(void) {
    const char *words[] = {"alpha", "beta", "gamma", "delta", "alpha", "gamma", "alpha"};
    for (size_t i = 0; i < sizeof words / sizeof *words; i++) lookup(words[i], 1)->value++;
    printf("alpha=%d gamma=%d zeta=%p\n", lookup("alpha", 0)->value, lookup("gamma", 0)->value,
           (void *)lookup("zeta", 0));
    return 0;
}
