// expect: bernoulli_numbers
#include <iostream>
#include <vector>

// Bernoulli numbers B_0..B_n (B_1 = -1/2 convention) via the recurrence with binomial coefficients.
std::vector<double> bernoulli(int n) {
    std::vector<std::vector<double>> binom(n + 2, std::vector<double>(n + 2, 0.0));
    for (int i = 0; i <= n + 1; ++i) {
        binom[i][0] = 1;
        for (int j = 1; j <= i; ++j) binom[i][j] = binom[i - 1][j - 1] + binom[i - 1][j];
    }
    std::vector<double> B(n + 1, 0.0);
    B[0] = 1.0;
    for (int m = 1; m <= n; ++m) {
        double s = 0;
        for (int k = 0; k < m; ++k) s += binom[m + 1][k] * B[k];
        B[m] = -s / (m + 1);
    }
    return B;
}

int main() {
    auto B = bernoulli(30);
    for (std::size_t i = 0; i < B.size(); ++i)
        if (B[i] != 0.0) std::cout << "B[" << i << "] = " << B[i] << '\n';
}
