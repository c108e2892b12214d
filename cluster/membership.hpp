// Who is in the cluster and in what state (issue 7 §2), as a pure, clock-driven table:
//
//   up       a heartbeat (or the join) arrived within suspect_after
//   suspect  silent for longer than suspect_after: no new work is routed to it
//   down     silent for longer than down_after, or its connection was lost (CAF down message)
//
// A down node that is heard from again is up again (it rejoined). No I/O, no actors: the
// cluster manager feeds it events and asks it questions.
#pragma once

#include <chrono>
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace riemann::cluster {

using Clock = std::chrono::steady_clock;

enum class NodeState { up, suspect, down };

const char* to_string(NodeState s);

struct Timeouts {
  std::chrono::milliseconds suspect_after{3'000};
  std::chrono::milliseconds down_after{8'000};
};

class Membership {
 public:
  explicit Membership(Timeouts timeouts) : timeouts_(timeouts) {}

  // `name` was heard from at `now`. True when it was unknown, suspect or down before.
  bool heard(const std::string& name, Clock::time_point now);

  // The connection to `name` is gone: it is down at once. True when it was not down before.
  bool lost(const std::string& name);

  // Ages every peer at `now`; returns the names whose state changed.
  std::vector<std::string> tick(Clock::time_point now);

  std::optional<NodeState> state(const std::string& name) const;
  std::vector<std::string> names() const;
  std::size_t count(NodeState s) const;

 private:
  struct Entry {
    NodeState state = NodeState::up;
    Clock::time_point last_heard;
  };
  Timeouts timeouts_;
  std::map<std::string, Entry> peers_;
};

}  // namespace riemann::cluster
