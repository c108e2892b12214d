#include "net/rate_limiter.hpp"

#include <algorithm>
#include <cmath>

namespace riemann::net {
namespace {

constexpr unsigned kSecondsPerMonthRetry = 3600;  // quota exhausted: retry in an hour at most

}  // namespace

RateDecision RateLimiter::take(const std::string& key_id, const config::TierLimits& tier,
                               const std::string& month, clock::time_point now) {
  std::lock_guard lock(mutex_);
  auto& b = buckets_[key_id];
  if (b.fresh) {
    b.tokens = tier.burst;
    b.last = now;
    b.fresh = false;
  }
  if (b.month != month) {
    b.month = month;
    b.month_used = loader_ ? loader_(key_id, month) : 0;
  }
  const double elapsed = std::chrono::duration<double>(now - b.last).count();
  b.tokens = std::min<double>(tier.burst, b.tokens + elapsed * tier.rate);
  b.last = now;
  RateDecision d;
  d.limit = tier.burst;
  if (tier.monthly > 0 && b.month_used >= tier.monthly) {
    d.allowed = false;
    d.monthly_exhausted = true;
    d.retry_after_s = kSecondsPerMonthRetry;
    d.remaining = 0;
    return d;
  }
  if (b.tokens < 1.0) {
    d.allowed = false;
    d.retry_after_s = static_cast<unsigned>(std::ceil((1.0 - b.tokens) / tier.rate));
    d.retry_after_s = std::max(1u, d.retry_after_s);
    d.remaining = 0;
    return d;
  }
  b.tokens -= 1.0;
  ++b.month_used;
  d.remaining = static_cast<unsigned>(std::floor(b.tokens));
  return d;
}

}  // namespace riemann::net
