// expect: prime_counting
#include <cmath>
#include <cstdint>
#include <iostream>
#include <vector>

class PrimeCounter {
  public:
    explicit PrimeCounter(std::int64_t n) : n_(n), r_(static_cast<std::int64_t>(std::sqrt(n))) {
        while (r_ * r_ > n_) --r_;
        while ((r_ + 1) * (r_ + 1) <= n_) ++r_;
        small_.resize(r_ + 1);
        large_.resize(r_ + 1);
        for (std::int64_t i = 1; i <= r_; ++i) {
            small_[i] = i - 1;
            large_[i] = n_ / i - 1;
        }
        for (std::int64_t p = 2; p <= r_; ++p) {
            if (small_[p] == small_[p - 1]) continue;
            const std::int64_t sp = small_[p - 1];
            const std::int64_t p2 = p * p;
            for (std::int64_t i = 1; i <= r_ && n_ / i >= p2; ++i) {
                const std::int64_t d = n_ / i / p;
                large_[i] -= (d <= r_ ? small_[d] : large_[n_ / d]) - sp;
            }
            for (std::int64_t v = r_; v >= p2; --v) small_[v] -= small_[v / p] - sp;
        }
    }
    std::int64_t count() const { return large_[1]; }

  private:
    std::int64_t n_, r_;
    std::vector<std::int64_t> small_, large_;
};

int main() {
    for (std::int64_t x = 10; x <= 100000000000LL; x *= 10)
        std::cout << "pi(" << x << ") = " << PrimeCounter(x).count() << '\n';
}
