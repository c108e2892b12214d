// expect: riemann_siegel
#include <math.h>
#include <stdio.h>

/* Riemann-Siegel theta function, asymptotic expansion */
static double rs_theta(double t) {
    return 0.5 * t * log(t / (2.0 * M_PI)) - 0.5 * t - M_PI / 8.0 + 1.0 / (48.0 * t) +
           7.0 / (5760.0 * t * t * t);
}

/* Gram point g_n: theta(g_n) = n pi, found by Newton's method */
static double gram(int n) {
    double t = 18.0 + 6.0 * n;
    for (int it = 0; it < 100; it++) {
        double f = rs_theta(t) - n * M_PI;
        double fp = 0.5 * log(t / (2.0 * M_PI));
        double dt = f / fp;
        t -= dt;
        if (fabs(dt) < 1e-13) break;
    }
    return t;
}

int main(void) {
    for (int n = 0; n < 20; n++) printf("g(%d) = %.9f\n", n, gram(n));
    return 0;
}
