// expect: bernoulli_numbers
#include <cstdio>
#include <vector>

// Bernoulli numbers by the Akiyama-Tanigawa transform in long double.
std::vector<long double> bernoulli_numbers(int n) {
    std::vector<long double> a(n + 1), B(n + 1);
    for (int m = 0; m <= n; ++m) {
        a[m] = 1.0L / (m + 1);
        for (int j = m; j >= 1; --j) a[j - 1] = j * (a[j - 1] - a[j]);
        B[m] = a[0];
    }
    return B;
}

int main() {
    auto B = bernoulli_numbers(24);
    for (int i = 0; i <= 24; ++i)
        if (i < 2 || i % 2 == 0) std::printf("B[%d] = %.18Lg\n", i, B[i]);
}
