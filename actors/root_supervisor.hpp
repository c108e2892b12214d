// The root supervisor (SPEC §4): starts the store, scanner, pattern and execution supervisor
// children, restarts each one-for-one when it dies (restart intensity limited), and routes
// requests from the HTTP bridge:
//
//   (execute_atom, execution_request) -> execution_result   (spawns a pipeline per request)
//   (fetch_atom, std::string id)      -> stored_execution | error(not_found)
//   (figures_atom)                    -> std::vector<supervisor_figures> (root + execution)
//   (count_atom)                      -> uint64 executions stored
//   (recover_atom)                    -> uint64 unfinished executions ended at start-up
//   (run_atom, execution_request)     -> run_outcome (this node's executor; for peers' runs)
//   (cluster_atom)                    -> std::vector<node_status> (the cluster manager's view)
// An id whose home is another node is fetched from that node through the cluster manager.
//
// When its own restart intensity is exceeded it exits with errc::shutting_down; whoever owns
// the actor system (actors::Runtime) then reports the node unhealthy and stops.
#pragma once

#include <caf/actor.hpp>
#include <functional>
#include <memory>
#include <string>

#include "actors/cluster_manager.hpp"
#include "actors/execution_supervisor.hpp"
#include "actors/metrics.hpp"
#include "actors/runner.hpp"
#include "actors/store_actor.hpp"
#include "actors/webhook_dispatcher.hpp"
#include "patterns/patterns.hpp"
#include "storage/database.hpp"

namespace riemann::actors {

struct RootOptions {
  std::string node;                      // this node's name
  ExecutionSupervisorOptions execution;  // workers, queue, restart intensity of executors
  ClusterOptions cluster;                // membership and routing (single node: listen "")
  RetentionPolicy retention;
  unsigned restart_limit = 5;                        // root's own restart intensity...
  std::chrono::milliseconds restart_window{10'000};  // ...over this window
};

struct RootDeps {
  Runner runner;
  WebhookSender webhook_sender;  // empty: events are queued but cannot be delivered
  WebhookPolicy webhook_policy;
  std::string alert_url;  // system.alert destination ("" = none)
  std::shared_ptr<const patterns::Engine> engine;
  std::shared_ptr<storage::Database> db;
  std::shared_ptr<Metrics> metrics;
};

caf::actor spawn_root_supervisor(caf::actor_system& sys, RootOptions options, RootDeps deps);

}  // namespace riemann::actors
