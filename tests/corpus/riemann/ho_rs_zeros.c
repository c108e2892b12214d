/* expect: riemann_siegel, zeta_zeros */
#include <math.h>
#include <stdio.h>

static double rs_theta(double t) {
    return 0.5 * t * log(t / (2.0 * M_PI)) - 0.5 * t - M_PI / 8.0 + 1.0 / (48.0 * t);
}

static double hardy_z(double t) {
    double tau = sqrt(t / (2.0 * M_PI));
    int N = (int)floor(tau);
    double th = rs_theta(t), z = 0.0;
    for (int n = 1; n <= N; n++) z += cos(th - t * log((double)n)) / sqrt((double)n);
    z *= 2.0;
    double p = tau - N;
    double c0 = cos(2.0 * M_PI * (p * p - p - 1.0 / 16.0)) / cos(2.0 * M_PI * p);
    z += ((N - 1) % 2 ? -1.0 : 1.0) * pow(tau, -0.5) * c0;
    return z;
}

int main(void) {
    double t, h = 0.01;
    int found = 0;
    for (t = 10.0; t < 100.0 && found < 20; t += h) {
        if (hardy_z(t) * hardy_z(t + h) < 0) {
            double a = t, b = t + h;
            for (int i = 0; i < 50; i++) {
                double m = 0.5 * (a + b);
                if (hardy_z(a) * hardy_z(m) <= 0) b = m; else a = m;
            }
            printf("zero %2d: %.8f\n", ++found, 0.5 * (a + b));
        }
    }
    return 0;
}
