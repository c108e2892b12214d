// expect: none
#include <algorithm>
#include <cmath>
#include <iostream>
#include <numeric>
#include <vector>

std::vector<double> log_softmax(const std::vector<double>& logits) {
  const double m = *std::max_element(logits.begin(), logits.end());
  double sum = 0;
  for (double z : logits) sum += std::exp(z - m);
  const double lse = m + std::log(sum);
  std::vector<double> out;
  for (double z : logits) out.push_back(z - lse);
  return out;
}

double cross_entropy(const std::vector<double>& logits, int label) {
  return -log_softmax(logits)[label];
}

int main() {
  std::vector<double> logits{2.0, 1.0, 0.1};
  std::cout << cross_entropy(logits, 0) << "\n";
  const double l2 = std::sqrt(std::inner_product(logits.begin(), logits.end(), logits.begin(), 0.0));
  std::cout << "l2 norm " << l2 << "\n";
}
