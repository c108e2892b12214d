// expect: logarithmic_integral
#include <math.h>
#include <stdio.h>

#define EULER_GAMMA 0.57721566490153286061

/* li(x) = gamma + ln ln x + sum_{k>=1} (ln x)^k / (k k!) */
static double li(double x) {
    double L = log(x), term = 1.0, sum = 0.0;
    for (int k = 1; k < 300; k++) {
        term *= L / k;
        double add = term / k;
        sum += add;
        if (add < 1e-17 * sum) break;
    }
    return EULER_GAMMA + log(L) + sum;
}

int main(void) {
    const double li2 = li(2.0);
    printf("li(2) = %.15f\n", li2);
    for (double x = 10; x <= 1e18; x *= 10) printf("x = %.0e  li(x) = %.6e  Li(x) = %.6e\n", x, li(x), li(x) - li2);
    return 0;
}
