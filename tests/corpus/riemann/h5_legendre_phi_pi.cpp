// expect: prime_counting, prime_pattern
#include <cmath>
#include <cstdint>
#include <iostream>
#include <map>
#include <vector>

class PrimeCounter {
  public:
    explicit PrimeCounter(int64_t limit) {
        int root = static_cast<int>(std::sqrt(static_cast<double>(limit))) + 1;
        std::vector<char> composite(root + 1, 0);
        for (int i = 2; i <= root; ++i) {
            if (composite[i]) continue;
            primes_.push_back(i);
            for (int j = i * i; j <= root; j += i) composite[j] = 1;
        }
    }

    int64_t pi(int64_t x) {
        if (x < 2) return 0;
        int a = 0;
        while (a < static_cast<int>(primes_.size()) && int64_t(primes_[a]) * primes_[a] <= x) ++a;
        return phi(x, a) + a - 1;
    }

  private:
    std::vector<int> primes_;
    std::map<std::pair<int64_t, int>, int64_t> cache_;

    int64_t phi(int64_t x, int a) {
        if (a == 0 || x == 0) return x;
        auto key = std::make_pair(x, a);
        if (auto it = cache_.find(key); it != cache_.end()) return it->second;
        int64_t r = phi(x, a - 1) - phi(x / primes_[a - 1], a - 1);
        cache_.emplace(key, r);
        return r;
    }
};

int main() {
    PrimeCounter pc(1'000'000'000'000LL);
    for (int64_t x = 10; x <= 1'000'000'000LL; x *= 10) std::cout << "pi(" << x << ") = " << pc.pi(x) << '\n';
}
