/* expect: none */
#include <math.h>
#include <stdio.h>

struct stats { double mean, stddev, min, max; };

static struct stats describe(const double *xs, int n)
{
    struct stats s = {0, 0, xs[0], xs[0]};
    for (int i = 0; i < n; i++) {
        s.mean += xs[i];
        if (xs[i] < s.min) s.min = xs[i];
        if (xs[i] > s.max) s.max = xs[i];
    }
    s.mean /= n;
    for (int i = 0; i < n; i++)
        s.stddev += (xs[i] - s.mean) * (xs[i] - s.mean);
    s.stddev = sqrt(s.stddev / (n - 1));
    return s;
}

int main(void)
{
    double latencies[] = {12.1, 13.4, 11.9, 40.2, 12.8, 12.2, 13.0};
    struct stats s = describe(latencies, 7);
    printf("mean=%.2f sd=%.2f min=%.1f max=%.1f log10(max)=%.3f\n", s.mean, s.stddev, s.min, s.max,
           log10(s.max));
    return 0;
}
