#include "actors/stream_registry.hpp"

namespace riemann::actors {

void StreamRegistry::add(const std::string& id, StreamListener listener) {
  std::lock_guard lock(mutex_);
  listeners_[id] = std::make_shared<StreamListener>(std::move(listener));
}

void StreamRegistry::remove(const std::string& id) {
  std::lock_guard lock(mutex_);
  listeners_.erase(id);
}

StreamListener StreamRegistry::find(const std::string& id) const {
  std::lock_guard lock(mutex_);
  auto it = listeners_.find(id);
  return it == listeners_.end() ? StreamListener{} : *it->second;
}

}  // namespace riemann::actors
