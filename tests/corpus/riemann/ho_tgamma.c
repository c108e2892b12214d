/* expect: gamma_function */
#include <math.h>
#include <stdio.h>

/* n-ball volume: pi^(n/2) / Gamma(n/2 + 1) */
static double ball_volume(int n) {
    return pow(M_PI, n / 2.0) / tgamma(n / 2.0 + 1.0);
}

int main(void) {
    for (int n = 1; n <= 10; n++) {
        printf("V_%d = %.6f\n", n, ball_volume(n));
    }
    printf("lgamma(50.5) = %.10f\n", lgamma(50.5));
    printf("Gamma(0.5)^2 = %.10f\n", tgamma(0.5) * tgamma(0.5));
    return 0;
}
