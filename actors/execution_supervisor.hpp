// The execution supervisor (SPEC §4): one execution worker per sandbox slot, a bounded queue in
// front of them, one-for-one restart of crashed workers with a restart-intensity limit.
//
// Protocol:
//   (run_atom, execution_request)  -> run_outcome | error(queue_full | worker_crashed | ...)
//   (figures_atom)                 -> supervisor_figures
// A request whose worker crashes is retried once on another worker; a second crash ends it with
// errc::worker_crashed. When restarts exceed the intensity, the supervisor fails everything it
// holds with errc::shutting_down and exits with that error: its parent decides what follows.
#pragma once

#include <caf/actor.hpp>
#include <caf/behavior.hpp>
#include <caf/stateful_actor.hpp>
#include <chrono>
#include <memory>

#include "actors/metrics.hpp"
#include "actors/runner.hpp"

namespace riemann::actors {

struct ExecutionSupervisorOptions {
  std::size_t workers = 2;                           // one per sandbox slot
  std::size_t queue_capacity = 64;                   // waiting requests beyond the busy workers
  unsigned restart_limit = 5;                        // restarts within restart_window...
  std::chrono::milliseconds restart_window{10'000};  // ...before escalating
};

// Spawns the supervisor (and its workers) in `sys`. `metrics` must outlive the actor.
caf::actor spawn_execution_supervisor(caf::actor_system& sys, ExecutionSupervisorOptions options,
                                      Runner runner, std::shared_ptr<Metrics> metrics);

}  // namespace riemann::actors
