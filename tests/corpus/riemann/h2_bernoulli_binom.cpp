// expect: bernoulli_numbers
#include <boost/multiprecision/cpp_int.hpp>
#include <boost/rational.hpp>
#include <iostream>
#include <vector>

using big = boost::multiprecision::cpp_int;
using frac = boost::rational<big>;

int main() {
    const int n = 30;
    std::vector<std::vector<big>> C(n + 2, std::vector<big>(n + 2));
    for (int i = 0; i <= n + 1; ++i) {
        C[i][0] = C[i][i] = 1;
        for (int j = 1; j < i; ++j) C[i][j] = C[i - 1][j - 1] + C[i - 1][j];
    }
    std::vector<frac> B(n + 1);
    B[0] = 1;
    for (int m = 1; m <= n; ++m) {
        frac acc = 0;
        for (int k = 0; k < m; ++k) acc += frac(C[m + 1][k]) * B[k];
        B[m] = -acc / frac(big(m + 1));
    }
    for (int m = 0; m <= n; m += 2) std::cout << "B[" << m << "] = " << B[m] << '\n';
}
