/* expect: none */
#include <stdbool.h>
#include <stdio.h>

#define CAP 8

typedef struct {
    int data[CAP];
    int head, tail, count;
} queue_t;

static bool enqueue(queue_t *q, int v) {
    if (q->count == CAP) return false;
    q->data[q->tail] = v;
    q->tail = (q->tail + 1) % CAP;
    q->count++;
    return true;
}

static bool dequeue(queue_t *q, int *out) {
    if (q->count == 0) return false;
    *out = q->data[q->head];
    q->head = (q->head + 1) % CAP;
    q->count--;
    return true;
}

int main(void) {
    queue_t q = {0};
    for (int i = 0; i < 10; i++)
        if (!enqueue(&q, i * i)) printf("full at %d\n", i);
    int v;
    while (dequeue(&q, &v)) printf("%d\n", v);
    return 0;
}
