// expect: none
#include <bitset>
#include <cstdint>
#include <functional>
#include <iostream>
#include <string>

class BloomFilter {
 public:
  void add(const std::string& s) {
    for (int i = 0; i < kHashes; ++i) bits_.set(index(s, i));
  }
  bool maybe_contains(const std::string& s) const {
    for (int i = 0; i < kHashes; ++i)
      if (!bits_.test(index(s, i))) return false;
    return true;
  }

 private:
  static constexpr std::size_t kBits = 8191;  // table size
  static constexpr int kHashes = 4;
  std::size_t index(const std::string& s, int i) const {
    const std::size_t h1 = std::hash<std::string>{}(s);
    const std::size_t h2 = (h1 >> 17) | 1;
    return (h1 + static_cast<std::size_t>(i) * h2) % kBits;
  }
  std::bitset<kBits> bits_;
};

int main() {
  BloomFilter f;
  f.add("apple");
  f.add("banana");
  std::cout << f.maybe_contains("apple") << f.maybe_contains("cherry") << "\n";
}
