// Where an execution runs (issue 7 §3): among the nodes that are up and have the language, the
// one with the most free slots; the local node wins a tie, then the name decides (stable).
// When every node is full the least overloaded one still gets it (its queue absorbs the work).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace riemann::cluster {

struct Candidate {
  std::string node;
  bool local = false;
  bool up = false;  // only up nodes take new work (not suspect, not down)
  bool has_language = false;
  std::int64_t free_slots = 0;  // workers minus executions running or queued there (may be < 0)
};

std::optional<std::string> choose_node(const std::vector<Candidate>& candidates);

}  // namespace riemann::cluster
