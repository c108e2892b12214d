// expect: none
#include <cmath>
#include <iostream>
#include <random>

class Kalman1D {
  public:
    Kalman1D(double q, double r) : q_(q), r_(r) {}
    double update(double z) {
        p_ += q_;
        const double k = p_ / (p_ + r_);
        x_ += k * (z - x_);
        p_ *= (1 - k);
        return x_;
    }

  private:
    double q_, r_, x_ = 0, p_ = 1;
};

int main() {
    std::mt19937 gen(42);
    std::normal_distribution<double> noise(0.0, 0.5);
    Kalman1D kf(1e-4, 0.25);
    double rmse = 0;
    for (int i = 0; i < 500; ++i) {
        const double truth = std::sin(i * 0.01);
        const double est = kf.update(truth + noise(gen));
        rmse += std::pow(est - truth, 2);
    }
    std::cout << std::sqrt(rmse / 500) << '\n';
}
