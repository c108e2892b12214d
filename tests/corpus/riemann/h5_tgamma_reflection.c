// expect: gamma_function
#include <math.h>
#include <stdio.h>

#ifndef M_PI
#define M_PI 3.14159265358979323846
#endif

/* Beta function through log-gamma, valid for large arguments */
static double beta(double a, double b) {
    return exp(lgamma(a) + lgamma(b) - lgamma(a + b));
}

int main(void) {
    puts("   x      tgamma(x)*tgamma(1-x)   pi/sin(pi x)");
    for (double x = 0.05; x < 1.0; x += 0.15) {
        printf("%5.2f  %20.14f  %20.14f\n", x, tgamma(x) * tgamma(1.0 - x), M_PI / sin(M_PI * x));
    }
    for (int n = 1; n <= 20; n += 4) {
        printf("(%d-1)! = %.0f\n", n, tgamma((double)n));
    }
    printf("B(2.5, 3.5) = %.12f\n", beta(2.5, 3.5));
    printf("Gamma(1/2)^2 - pi = %.3e\n", pow(tgamma(0.5), 2) - M_PI);
    return 0;
}
