// expect: zeta_function, bernoulli_numbers
#include <cmath>
#include <iostream>
#include <vector>

// Bernoulli numbers by the recurrence sum_{k=0}^{m} C(m+1,k) B_k = 0, then
// zeta(2n) = (-1)^(n+1) B_2n (2 pi)^(2n) / (2 (2n)!)
int main() {
    const int M = 20;
    std::vector<double> B(M + 1, 0.0);
    B[0] = 1.0;
    for (int m = 1; m <= M; ++m) {
        double s = 0.0, c = 1.0;  // c = C(m+1, k)
        for (int k = 0; k < m; ++k) {
            s += c * B[k];
            c = c * (m + 1 - k) / (k + 1);
        }
        B[m] = -s / (m + 1);
    }
    double fact = 1.0;
    for (int n = 1; 2 * n <= M; ++n) {
        fact *= (2 * n - 1) * (2 * n);
        double z = std::pow(-1.0, n + 1) * B[2 * n] * std::pow(2 * M_PI, 2 * n) / (2 * fact);
        std::cout << "zeta(" << 2 * n << ") = " << z << '\n';
    }
}
