#include "actors/restart_intensity.hpp"

namespace riemann::actors {

bool RestartIntensity::allow(clock::time_point now) {
  while (!recent_.empty() && now - recent_.front() > window_) recent_.pop_front();
  if (recent_.size() >= limit_) return false;
  recent_.push_back(now);
  return true;
}

}  // namespace riemann::actors
