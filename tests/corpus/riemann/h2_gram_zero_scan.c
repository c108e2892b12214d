/* expect: riemann_siegel, zeta_zeros */
#include <math.h>
#include <stdio.h>

static double th(double t) {
    return t / 2 * log(t / (2 * M_PI)) - t / 2 - M_PI / 8 + 1 / (48 * t) + 7 / (5760 * t * t * t);
}

static double hardy(double t) {
    double a = sqrt(t / (2 * M_PI));
    int m = (int)a;
    double sum = 0, theta = th(t);
    for (int n = 1; n <= m; n++) sum += cos(theta - t * log(n)) / sqrt(n);
    double p = a - m;
    double r = cos(2 * M_PI * (p * p - p - 1.0 / 16)) / cos(2 * M_PI * p);
    return 2 * sum + ((m - 1) % 2 ? -1 : 1) * r / sqrt(a);
}

int main(void) {
    int found = 0;
    double lo = 10, step = 0.02, flo = hardy(lo);
    while (found < 20) {
        double hi = lo + step, fhi = hardy(hi);
        if (flo * fhi < 0) {
            double a = lo, b = hi;
            for (int k = 0; k < 60; k++) {
                double c = (a + b) / 2;
                if (hardy(a) * hardy(c) <= 0) b = c; else a = c;
            }
            printf("zero #%d at t = %.9f\n", ++found, (a + b) / 2);
        }
        lo = hi;
        flo = fhi;
    }
    return 0;
}
