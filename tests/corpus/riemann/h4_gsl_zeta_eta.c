// expect: zeta_function
#include <gsl/gsl_sf_zeta.h>
#include <math.h>
#include <stdio.h>

int main(void) {
    for (int n = 2; n <= 10; n++) {
        printf("zeta(%d) = %.15f  eta(%d) = %.15f\n", n, gsl_sf_zeta_int(n), n, gsl_sf_eta_int(n));
    }
    for (double s = 1.1; s < 4.0; s += 0.3)
        printf("zeta(%.1f) = %.12f\n", s, gsl_sf_zeta(s));
    printf("check zeta(2) - pi^2/6 = %g\n", gsl_sf_zeta(2.0) - M_PI * M_PI / 6.0);
    return 0;
}
