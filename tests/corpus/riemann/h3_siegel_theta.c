/* expect: riemann_siegel */
#include <math.h>
#include <stdio.h>

static double siegel_theta(double t)
{
    return 0.5 * t * log(t / (2 * M_PI)) - 0.5 * t - M_PI / 8 + 1.0 / (48 * t);
}

static double Z(double t)
{
    double tau = sqrt(t / (2 * M_PI));
    int N = (int)tau;
    double sum = 0.0, th = siegel_theta(t);
    for (int n = 1; n <= N; n++)
        sum += cos(th - t * log(n)) / sqrt(n);
    double p = tau - N;
    double C0 = cos(2 * M_PI * (p * p - p - 1.0 / 16)) / cos(2 * M_PI * p);
    return 2 * sum + ((N - 1) % 2 ? -1 : 1) * C0 / sqrt(tau);
}

int main(void)
{
    for (double t = 100.0; t < 110.0; t += 0.25)
        printf("%8.3f %12.6f %12.6f\n", t, siegel_theta(t), Z(t));
    return 0;
}
