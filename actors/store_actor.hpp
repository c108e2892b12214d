// The store actor: the only writer of the node's SQLite database (SPEC §4, §9). Detached (its
// own thread) because SQLite calls block.
//
//   (store_atom, stored_execution, std::string request_json) -> bool
//   (fetch_atom, std::string id)                            -> stored_execution | error(not_found)
//   (recover_atom)  -> uint64: executions left queued/running by a crash, now internal_error
//   (usage_atom, key_id, month, uint64 n)                  -> (nothing): counts API requests
//   (count_atom)    -> uint64: executions stored
//   (prune_atom)    -> uint64: executions deleted by the retention policy (also runs by itself
//                      at start-up and every RetentionPolicy::interval)
#pragma once

#include <caf/behavior.hpp>
#include <caf/event_based_actor.hpp>
#include <chrono>
#include <memory>

#include "actors/messages.hpp"
#include "actors/metrics.hpp"
#include "storage/database.hpp"

namespace riemann::actors {

struct RetentionPolicy {
  unsigned days = 30;
  std::uint64_t rows = 1'000'000;
  std::chrono::milliseconds interval{3'600'000};  // pruned at start-up, then this often
};

caf::behavior store_actor(caf::event_based_actor* self, std::shared_ptr<storage::Database> db,
                          RetentionPolicy retention, std::shared_ptr<Metrics> metrics);

}  // namespace riemann::actors
