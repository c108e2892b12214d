#include "cluster/routing.hpp"

#include <tuple>

namespace riemann::cluster {
namespace {

// True when `a` is a better destination than `b`.
bool better(const Candidate& a, const Candidate& b) {
  return std::make_tuple(a.free_slots, a.local) > std::make_tuple(b.free_slots, b.local) ||
         (a.free_slots == b.free_slots && a.local == b.local && a.node < b.node);
}

}  // namespace

std::optional<std::string> choose_node(const std::vector<Candidate>& candidates) {
  const Candidate* best = nullptr;
  for (const auto& c : candidates) {
    if (!c.up || !c.has_language) continue;
    if (!best || better(c, *best)) best = &c;
  }
  if (!best) return std::nullopt;
  return best->node;
}

}  // namespace riemann::cluster
