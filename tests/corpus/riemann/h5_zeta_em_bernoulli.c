// expect: zeta_function, bernoulli_numbers
/* zeta(s) for real s > 1 by Euler-Maclaurin summation; the Bernoulli numbers
   B_2k are generated from the recurrence sum_{j<=m} C(m+1,j) B_j = 0. */
#include <math.h>
#include <stdio.h>

#define NB 24
static double B[NB + 1];

static double binom(int n, int k) {
    double r = 1;
    for (int i = 1; i <= k; i++) r = r * (n - k + i) / i;
    return r;
}

static void bernoulli_init(void) {
    B[0] = 1.0;
    for (int m = 1; m <= NB; m++) {
        double s = 0;
        for (int j = 0; j < m; j++) s += binom(m + 1, j) * B[j];
        B[m] = -s / (m + 1);
    }
}

static double zeta(double s) {
    const int N = 10;
    double sum = 0;
    for (int n = 1; n < N; n++) sum += pow(n, -s);
    sum += pow(N, 1 - s) / (s - 1) + 0.5 * pow(N, -s);
    double term = s * pow(N, -s - 1);   /* s(s+1)...(s+2k-2) N^(-s-2k+1) */
    double fact = 2;                     /* (2k)! */
    for (int k = 1; 2 * k <= NB; k++) {
        sum += B[2 * k] / fact * term;
        term *= (s + 2 * k - 1) * (s + 2 * k) / ((double)N * N);
        fact *= (2 * k + 1) * (2 * k + 2);
    }
    return sum;
}

int main(void) {
    bernoulli_init();
    for (int k = 2; k <= 12; k += 2) printf("B_%d = %+.10f\n", k, B[k]);
    printf("zeta(2) = %.15f  (pi^2/6 = %.15f)\n", zeta(2), M_PI * M_PI / 6);
    printf("zeta(3) = %.15f\n", zeta(3));
    printf("zeta(1.1) = %.15f\n", zeta(1.1));
    return 0;
}
