// expect: gamma_function
#include <math.h>
#include <stdio.h>

int main(void) {
    double worst = 0;
    for (double z = 0.1; z < 0.95; z += 0.05) {
        double lhs = tgamma(z) * tgamma(1.0 - z);
        double rhs = M_PI / sin(M_PI * z);
        double err = fabs(lhs / rhs - 1.0);
        if (err > worst) worst = err;
    }
    printf("reflection worst rel error %.3e\n", worst);
    for (int n = 1; n <= 20; n++)
        printf("lgamma(%d) = %.12f  log((n-1)!) check %.3e\n", n, lgamma(n), lgamma(n) - log(tgamma(n)));
    return 0;
}
