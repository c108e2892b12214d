// What a program printed that bears on the Riemann analysis: known constants and prime runs.
#include <algorithm>
#include <array>
#include <charconv>
#include <string>
#include <vector>

#include "patterns/riemann.hpp"

namespace riemann::patterns {

namespace {
// Only this much output is examined (bounded time on huge outputs).
constexpr std::size_t kMaxOutputScan = 1 << 20;
constexpr std::size_t kMaxTokenBytes = 40;
// A run of primes counts when at least this many distinct primes are printed and they make up
// at least kPrimeShare of the distinct printed integers > 1.
constexpr std::size_t kMinPrimes = 8;
constexpr double kPrimeShare = 0.8;
constexpr double kPrimeOutputWeight = 0.5;
constexpr std::size_t kMinPrimeCounts = 2;
constexpr double kPrimeCountWeight = 0.45;
constexpr long long kMaxPrimeCheck = 1'000'000'000'000LL;

struct KnownValue {
  std::string_view prefix;  // as printed, at least 6 significant digits
  std::string_view pattern;
  double weight;
  std::string_view why;
};

constexpr std::array<KnownValue, 13> kKnownValues{{
    {"14.13472", "zeta_zeros", 0.6, "output contains the first zeta zero ordinate 14.134725"},
    {"21.02203", "zeta_zeros", 0.6, "output contains the zeta zero ordinate 21.022040"},
    {"25.01085", "zeta_zeros", 0.6, "output contains the zeta zero ordinate 25.010858"},
    {"30.42487", "zeta_zeros", 0.6, "output contains the zeta zero ordinate 30.424876"},
    {"32.93506", "zeta_zeros", 0.6, "output contains the zeta zero ordinate 32.935062"},
    {"1.644934", "zeta_function", 0.6, "output contains zeta(2) = pi^2/6 = 1.644934"},
    {"1.202056", "zeta_function", 0.55, "output contains zeta(3) = 1.202057 (Apery)"},
    {"-1.460354", "zeta_function", 0.6, "output contains zeta(1/2) = -1.460354"},
    {"1.082323", "zeta_function", 0.55, "output contains zeta(4) = pi^4/90 = 1.082323"},
    {"-0.0833333", "zeta_function", 0.3, "output contains zeta(-1) = -1/12"},
    {"0.607927", "mobius_function", 0.4, "output contains 6/pi^2 = 1/zeta(2) = 0.607927"},
    {"-691/2730", "bernoulli_numbers", 0.6, "output contains the Bernoulli number B12 = -691/2730"},
    {"1.451369", "logarithmic_integral", 0.5, "output contains the Soldner constant 1.451369"},
}};

// pi(10^k): printed together they indicate prime counting.
constexpr std::array<long long, 6> kPrimeCounts{25, 168, 1229, 9592, 78498, 664579};

bool is_prime(long long n) {
  if (n < 2) return false;
  if (n % 2 == 0) return n == 2;
  for (long long d = 3; d * d <= n; d += 2) {
    if (n % d == 0) return false;
  }
  return true;
}

bool token_char(char c) {
  return (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '/';
}

std::vector<std::string_view> tokens(std::string_view text) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && !token_char(text[i])) ++i;
    const auto start = i;
    while (i < text.size() && token_char(text[i])) ++i;
    if (i > start && i - start <= kMaxTokenBytes) out.push_back(text.substr(start, i - start));
  }
  return out;
}

void known_values(const std::vector<std::string_view>& toks, std::vector<Evidence>& out) {
  for (const auto& kv : kKnownValues) {
    const bool seen = std::any_of(toks.begin(), toks.end(),
                                  [&](std::string_view t) { return t.starts_with(kv.prefix); });
    if (seen) out.push_back(Evidence{std::string(kv.pattern), 0, std::string(kv.why), kv.weight});
  }
}

void integer_signals(const std::vector<std::string_view>& toks, std::vector<Evidence>& out) {
  std::vector<long long> primes;
  std::vector<long long> integers;
  std::size_t prime_counts = 0;
  for (auto t : toks) {
    long long v = 0;
    auto [p, ec] = std::from_chars(t.data(), t.data() + t.size(), v);
    if (ec != std::errc{} || p != t.data() + t.size() || v < 2 || v > kMaxPrimeCheck) continue;
    integers.push_back(v);
    if (is_prime(v)) primes.push_back(v);
    if (std::find(kPrimeCounts.begin(), kPrimeCounts.end(), v) != kPrimeCounts.end()) {
      ++prime_counts;
    }
  }
  for (auto* list : {&primes, &integers}) {
    std::sort(list->begin(), list->end());
    list->erase(std::unique(list->begin(), list->end()), list->end());
  }
  if (primes.size() >= kMinPrimes &&
      static_cast<double>(primes.size()) >= kPrimeShare * static_cast<double>(integers.size())) {
    out.push_back(Evidence{"prime_pattern", 0,
                           "output lists " + std::to_string(primes.size()) + " distinct primes",
                           kPrimeOutputWeight});
  }
  if (prime_counts >= kMinPrimeCounts) {
    out.push_back(
        Evidence{"prime_counting", 0, "output contains values of pi(10^k)", kPrimeCountWeight});
  }
}
}  // namespace

std::vector<Evidence> output_evidence(std::string_view output) {
  const auto toks = tokens(output.substr(0, std::min(output.size(), kMaxOutputScan)));
  std::vector<Evidence> out;
  known_values(toks, out);
  integer_signals(toks, out);
  return out;
}

}  // namespace riemann::patterns
