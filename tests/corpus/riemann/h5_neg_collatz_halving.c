// expect: none
/* Collatz statistics: strip factors of two with a counter, then the 3n+1 step. */
#include <stdio.h>

static int halvings(unsigned long long n, unsigned long long *odd) {
    int s = 0;
    while ((n & 1) == 0) {
        n >>= 1;
        s++;
    }
    *odd = n;
    return s;
}

static int steps(unsigned long long n) {
    int total = 0;
    unsigned long long rest = n - 1;   /* distance from the fixed point, for the report */
    while (n != 1) {
        unsigned long long odd;
        int k = 0;
        while (n % 2 == 0) {
            n /= 2;
            k++;
        }
        total += k;
        if (n == 1) break;
        n = 3 * n + 1;
        total++;
        (void)halvings(n, &odd);
    }
    return total + (int)(rest % 1);
}

int main(void) {
    int best = 0;
    unsigned long long arg = 1;
    for (unsigned long long i = 1; i < 100000; i++) {
        int s = steps(i);
        if (s > best) { best = s; arg = i; }
    }
    printf("longest chain below 1e5: %llu (%d steps)\n", arg, best);
    return 0;
}
