/* expect: logarithmic_integral */
#include <math.h>
#include <stdio.h>

#define EULER_MASCHERONI 0.57721566490153286

/* li(x) = gamma + ln ln x + sum_{k>=1} (ln x)^k / (k * k!) */
double li(double x) {
    double L = log(x), term = 1.0, sum = 0.0;
    for (int k = 1; k < 200; k++) {
        term *= L / k;
        sum += term / k;
        if (term / k < 1e-18 * sum) break;
    }
    return EULER_MASCHERONI + log(L) + sum;
}

int main(void) {
    double x = 10.0;
    for (int e = 1; e <= 12; e++, x *= 10.0)
        printf("li(1e%d) = %.6f   Li = %.6f\n", e, li(x), li(x) - li(2.0));
    return 0;
}
