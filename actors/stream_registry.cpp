#include "actors/stream_registry.hpp"

#include <unistd.h>

namespace riemann::actors {

StreamInput::~StreamInput() {
  if (fd_ >= 0) ::close(fd_);
}

void StreamRegistry::add(const std::string& id, StreamHooks hooks) {
  std::lock_guard lock(mutex_);
  hooks_[id] = std::move(hooks);
}

void StreamRegistry::remove(const std::string& id) {
  std::lock_guard lock(mutex_);
  hooks_.erase(id);
}

StreamHooks StreamRegistry::find(const std::string& id) const {
  std::lock_guard lock(mutex_);
  auto it = hooks_.find(id);
  return it == hooks_.end() ? StreamHooks{} : it->second;
}

}  // namespace riemann::actors
