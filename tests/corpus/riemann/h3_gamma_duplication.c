/* expect: gamma_function */
#include <math.h>
#include <stdio.h>

/* check Legendre's duplication formula and the reflection formula with libm */
int main(void)
{
    const double pi = 3.14159265358979323846;
    for (double z = 0.1; z < 5.0; z += 0.3) {
        double lhs = tgamma(z) * tgamma(z + 0.5);
        double rhs = pow(2.0, 1.0 - 2.0 * z) * sqrt(pi) * tgamma(2.0 * z);
        double refl = tgamma(z) * tgamma(1.0 - z) - pi / sin(pi * z);
        printf("z=%.2f dup=%.3e refl=%.3e lgamma=%.6f\n", z, lhs - rhs, refl, lgamma(z));
    }
    return 0;
}
