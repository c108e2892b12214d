// expect: none
#include <stdio.h>

#define CAP 8

typedef struct {
    int data[CAP];
    unsigned head, tail, count;
} ring;

static int push(ring *r, int v) {
    if (r->count == CAP) return -1;
    r->data[r->tail] = v;
    r->tail = (r->tail + 1) % CAP;
    r->count++;
    return 0;
}

static int pop(ring *r, int *out) {
    if (r->count == 0) return -1;
    *out = r->data[r->head];
    r->head = (r->head + 1) % CAP;
    r->count--;
    return 0;
}

int main(void) {
    ring r = {0};
    for (int i = 0; i < 11; i++)
        if (push(&r, i * i) != 0) printf("full at %d\n", i);
    int v;
    while (pop(&r, &v) == 0) printf("%d ", v);
    printf("\n");
    return 0;
}
