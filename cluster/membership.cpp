#include "cluster/membership.hpp"

namespace riemann::cluster {

const char* to_string(NodeState s) {
  switch (s) {
    case NodeState::up:
      return "up";
    case NodeState::suspect:
      return "suspect";
    case NodeState::down:
      return "down";
  }
  return "down";
}

bool Membership::heard(const std::string& name, Clock::time_point now) {
  auto [it, inserted] = peers_.try_emplace(name);
  const bool changed = inserted || it->second.state != NodeState::up;
  it->second.state = NodeState::up;
  it->second.last_heard = now;
  return changed;
}

bool Membership::lost(const std::string& name) {
  auto it = peers_.find(name);
  if (it == peers_.end() || it->second.state == NodeState::down) return false;
  it->second.state = NodeState::down;
  return true;
}

std::vector<std::string> Membership::tick(Clock::time_point now) {
  std::vector<std::string> changed;
  for (auto& [name, e] : peers_) {
    const auto silent = now - e.last_heard;
    auto next = NodeState::up;
    if (silent > timeouts_.down_after) {
      next = NodeState::down;
    } else if (silent > timeouts_.suspect_after) {
      next = NodeState::suspect;
    }
    // Only heard() brings a node back up; ageing only ever worsens a state.
    if (next > e.state) {
      e.state = next;
      changed.push_back(name);
    }
  }
  return changed;
}

std::optional<NodeState> Membership::state(const std::string& name) const {
  auto it = peers_.find(name);
  if (it == peers_.end()) return std::nullopt;
  return it->second.state;
}

std::vector<std::string> Membership::names() const {
  std::vector<std::string> out;
  for (const auto& [name, e] : peers_) out.push_back(name);
  return out;
}

std::size_t Membership::count(NodeState s) const {
  std::size_t n = 0;
  for (const auto& [name, e] : peers_) n += e.state == s ? 1 : 0;
  return n;
}

}  // namespace riemann::cluster
