// expect: bernoulli_numbers
#include <cstdio>
#include <vector>

// Bernoulli numbers B_0..B_n from the recurrence sum_{k=0}^{m} C(m+1,k) B_k = 0
std::vector<long double> bernoulli(int n) {
  std::vector<std::vector<long double>> C(n + 2, std::vector<long double>(n + 2, 0));
  for (int i = 0; i <= n + 1; ++i) {
    C[i][0] = 1;
    for (int j = 1; j <= i; ++j) C[i][j] = C[i - 1][j - 1] + (j < i ? C[i - 1][j] : 0);
  }
  std::vector<long double> B(n + 1, 0);
  B[0] = 1;
  for (int m = 1; m <= n; ++m) {
    long double acc = 0;
    for (int k = 0; k < m; ++k) acc += C[m + 1][k] * B[k];
    B[m] = -acc / (m + 1);
  }
  return B;
}

int main() {
  auto B = bernoulli(30);
  for (int i = 0; i <= 30; ++i)
    if (i == 1 || i % 2 == 0) std::printf("B[%2d] = %+.15Lg\n", i, B[i]);
}
