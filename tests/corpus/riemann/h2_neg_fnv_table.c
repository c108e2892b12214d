/* expect: none */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NBUCKETS 101

struct entry { char *key; int value; struct entry *next; };
static struct entry *buckets[NBUCKETS];

static uint64_t fnv1a(const char *s) {
    uint64_t h = 1469598103934665603ull;
    while (*s) { h ^= (unsigned char)*s++; h *= 1099511628211ull; }
    return h;
}

void put(const char *k, int v) {
    size_t i = fnv1a(k) % NBUCKETS;
    for (struct entry *e = buckets[i]; e; e = e->next)
        if (!strcmp(e->key, k)) { e->value = v; return; }
    struct entry *e = malloc(sizeof *e);
    e->key = strdup(k);
    e->value = v;
    e->next = buckets[i];
    buckets[i] = e;
}

int main(void) {
    char word[64];
    while (scanf("%63s", word) == 1) put(word, 1);
    int used = 0;
    for (int i = 0; i < NBUCKETS; i++) used += buckets[i] != NULL;
    printf("%d/%d buckets used\n", used, NBUCKETS);
    return 0;
}
