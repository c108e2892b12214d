// Per-key rate limiting (SPEC §5.4): a token bucket per API key (rate per second, burst) and a
// monthly quota. Thread-safe; time is passed in so tests control it.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <mutex>
#include <string>
#include <unordered_map>

#include "config/config.hpp"

namespace riemann::net {

struct RateDecision {
  bool allowed = true;
  unsigned limit = 0;          // X-RateLimit-Limit: the burst (bucket size)
  unsigned remaining = 0;      // X-RateLimit-Remaining: whole tokens left after this request
  unsigned retry_after_s = 0;  // Retry-After when refused
  bool monthly_exhausted = false;
};

class RateLimiter {
 public:
  using clock = std::chrono::steady_clock;
  // Loads how many requests a key already made this month (from the database), once per key
  // and month.
  using UsageLoader =
      std::function<std::uint64_t(const std::string& key_id, const std::string& month)>;

  explicit RateLimiter(UsageLoader loader) : loader_(std::move(loader)) {}

  RateDecision take(const std::string& key_id, const config::TierLimits& tier,
                    const std::string& month, clock::time_point now = clock::now());

 private:
  struct Bucket {
    double tokens = 0;
    clock::time_point last;
    std::string month;
    std::uint64_t month_used = 0;
    bool fresh = true;
  };
  UsageLoader loader_;
  std::mutex mutex_;
  std::unordered_map<std::string, Bucket> buckets_;
};

}  // namespace riemann::net
