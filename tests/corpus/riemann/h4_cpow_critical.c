// expect: zeta_function, critical_line
#include <complex.h>
#include <math.h>
#include <stdio.h>

/* zeta(s) = eta(s) / (1 - 2^(1-s)), eta summed with averaging of the last two partial sums */
static double complex zeta(double complex s) {
    double complex sum = 0, prev = 0;
    for (int n = 1; n <= 100000; n++) {
        prev = sum;
        double complex term = cpow((double)n, -s);
        sum += (n & 1) ? term : -term;
    }
    return 0.5 * (sum + prev) / (1.0 - cpow(2.0, 1.0 - s));
}

int main(void) {
    for (double t = 0; t <= 30.0; t += 1.0) {
        double complex s = 0.5 + t * I;
        printf("t = %4.1f  |zeta(1/2 + it)| = %.8f\n", t, cabs(zeta(s)));
    }
    return 0;
}
