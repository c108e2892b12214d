/* expect: critical_line, zeta_function */
#include <complex.h>
#include <math.h>
#include <stdio.h>

static double complex eta(double complex s, int terms) {
    double complex acc = 0;
    for (int n = 1; n <= terms; n++) {
        double complex t = cexp(-s * log((double)n));
        acc += (n & 1) ? t : -t;
    }
    return acc;
}

static double complex zeta(double complex s) {
    return eta(s, 200000) / (1.0 - cpow(2.0, 1.0 - s));
}

int main(void) {
    for (double t = 10.0; t <= 35.0; t += 0.25) {
        double complex s = 0.5 + t * I;
        double complex z = zeta(s);
        printf("%6.2f %12.8f %12.8f %10.6f\n", t, creal(z), cimag(z), cabs(z));
    }
    return 0;
}
