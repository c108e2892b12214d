// OTP-style restart intensity: a supervisor may restart its children at most `limit` times
// within a sliding `window`; one more restart means the fault is not transient, and the
// supervisor escalates to its parent instead of looping. Pure logic, unit-tested alone.
#pragma once

#include <chrono>
#include <cstddef>
#include <deque>

namespace riemann::actors {

class RestartIntensity {
 public:
  using clock = std::chrono::steady_clock;

  RestartIntensity(unsigned limit, std::chrono::milliseconds window)
      : limit_(limit), window_(window) {}

  // Records a restart at `now`. False when it exceeds the intensity: escalate, do not restart.
  bool allow(clock::time_point now = clock::now());

  std::size_t recent() const { return recent_.size(); }

 private:
  unsigned limit_;
  std::chrono::milliseconds window_;
  std::deque<clock::time_point> recent_;
};

}  // namespace riemann::actors
