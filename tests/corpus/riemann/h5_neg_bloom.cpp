// expect: none
#include <bitset>
#include <cmath>
#include <cstdint>
#include <iostream>
#include <string>

template <std::size_t Bits, int K>
class BloomFilter {
  public:
    void add(const std::string& s) {
        for (int i = 0; i < K; ++i) bits_.set(index(s, i));
    }
    bool maybe_contains(const std::string& s) const {
        for (int i = 0; i < K; ++i)
            if (!bits_.test(index(s, i))) return false;
        return true;
    }
    static double false_positive_rate(std::size_t n) {
        return std::pow(1 - std::exp(-double(K) * n / Bits), K);
    }

  private:
    std::bitset<Bits> bits_;
    static std::uint64_t hash(const std::string& s, std::uint64_t seed) {
        std::uint64_t h = 1469598103934665603ULL ^ seed;
        for (unsigned char c : s) h = (h ^ c) * 1099511628211ULL;
        return h;
    }
    static std::size_t index(const std::string& s, int i) {
        // double hashing h1 + i*h2, reduced modulo the (prime) bit count
        return (hash(s, 0) + i * (hash(s, 0x9e3779b97f4a7c15ULL) | 1)) % Bits;
    }
};

int main() {
    BloomFilter<10007, 4> f;
    for (auto w : {"apple", "banana", "cherry"}) f.add(w);
    std::cout << f.maybe_contains("apple") << f.maybe_contains("durian") << ' '
              << BloomFilter<10007, 4>::false_positive_rate(1000) << '\n';
}
