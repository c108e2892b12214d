// expect: none
#include <algorithm>
#include <cmath>
#include <iostream>
#include <numeric>
#include <random>
#include <vector>

int main() {
    std::mt19937 rng(42);
    std::lognormal_distribution<double> dist(0.0, 0.5);
    std::vector<double> xs(10000);
    std::generate(xs.begin(), xs.end(), [&] { return dist(rng); });

    double mean = std::accumulate(xs.begin(), xs.end(), 0.0) / xs.size();
    double logmean = 0, var = 0;
    for (double x : xs) logmean += std::log(x);
    logmean /= xs.size();
    for (double x : xs) var += (std::log(x) - logmean) * (std::log(x) - logmean);
    double sigma = std::sqrt(var / (xs.size() - 1));
    std::cout << "mean=" << mean << " mu_hat=" << logmean << " sigma_hat=" << sigma << '\n';
    std::cout << "expected mean=" << std::exp(0.0 + 0.5 * 0.25) << '\n';
}
