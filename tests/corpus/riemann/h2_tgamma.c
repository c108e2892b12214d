/* expect: gamma_function */
#include <math.h>
#include <stdio.h>

static double digamma_approx(double x) {
    double h = 1e-5;
    return (lgamma(x + h) - lgamma(x - h)) / (2 * h);
}

int main(void) {
    for (double x = 0.5; x <= 5.0; x += 0.5)
        printf("%4.1f  tgamma=%14.10f  lgamma=%12.8f  psi=%10.6f\n", x, tgamma(x), lgamma(x),
               digamma_approx(x));
    printf("sqrt(pi) = %.15f vs Gamma(1/2) = %.15f\n", sqrt(M_PI), tgamma(0.5));
    return 0;
}
