// One execution's way through the tree, as a short-lived actor spawned per request by the root
// supervisor:
//
//   scan (scanner) ‖ analyse (pattern)  ->  reject at security_level=high on a critical finding
//   -> run (execution supervisor)  ->  refine the analysis with the output (pattern)
//   -> persist (store)  ->  reply execution_result
//
// Program verdicts and engine failures stay apart: a run that could not happen ends as
// status internal_error with `error` saying why; a full queue is an error reply (nothing stored).
#pragma once

#include <caf/actor.hpp>
#include <caf/behavior.hpp>
#include <memory>
#include <string>

#include "actors/messages.hpp"
#include "actors/metrics.hpp"

namespace riemann::actors {

// The current children of the root supervisor, handed to each pipeline at spawn.
struct Handles {
  caf::actor scanner;
  caf::actor pattern;
  caf::actor store;
  caf::actor executor;
  caf::actor webhooks;
  caf::actor router;  // the cluster manager in cluster mode; null: always run on `executor`
  std::shared_ptr<Metrics> metrics;
  std::string node;
};

// Spawns a pipeline for one request; send it (execute_atom, execution_request).
caf::actor spawn_pipeline(caf::actor_system& sys, Handles handles);

}  // namespace riemann::actors
