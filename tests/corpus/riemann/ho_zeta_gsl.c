/* expect: zeta_function */
#include <stdio.h>
#include <gsl/gsl_sf_zeta.h>

int main(void) {
    double s;
    for (s = 1.5; s <= 6.0; s += 0.5) {
        printf("zeta(%.1f) = %.15f   eta = %.15f\n", s, gsl_sf_zeta(s), gsl_sf_eta(s));
    }
    printf("zeta(3) via int form: %.15f\n", gsl_sf_zeta_int(3));
    return 0;
}
