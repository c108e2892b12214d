/* expect: logarithmic_integral */
#include <math.h>
#include <stdio.h>

/* Li(x) = integral from 2 to x of dt / ln t, composite Simpson rule */
static double Li(double x, int n)
{
    double a = 2.0, h = (x - a) / n, s = 1.0 / log(a) + 1.0 / log(x);
    for (int i = 1; i < n; i++)
        s += (i % 2 ? 4.0 : 2.0) / log(a + i * h);
    return s * h / 3.0;
}

int main(void)
{
    double x = 10.0;
    for (int k = 1; k <= 9; k++, x *= 10.0)
        printf("Li(%.0e) = %.4f   x/log x = %.4f\n", x, Li(x, 200000), x / log(x));
    return 0;
}
