/* expect: logarithmic_integral */
#include <math.h>
#include <stdio.h>

#define EULER_MASCHERONI 0.57721566490153286061

/* li(x) = gamma + ln ln x + sum_{k>=1} (ln x)^k / (k * k!) */
double logint(double x) {
    double L = log(x), term = 1.0, sum = 0.0;
    for (int k = 1; k < 200; k++) {
        term *= L / k;
        double add = term / k;
        sum += add;
        if (add < 1e-16 * sum) break;
    }
    return EULER_MASCHERONI + log(L) + sum;
}

int main(void) {
    double x;
    for (x = 10; x <= 1e10; x *= 10) printf("li(%.0e) = %.4f\n", x, logint(x));
    return 0;
}
