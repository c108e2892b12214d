// The cluster manager (SPEC §4, issue 7): membership, remote capacity, routing and failover
// notices for one node. It is a child of the root supervisor. In cluster mode it publishes
// itself on cluster.listen through CAF's middleman and is the one actor other nodes talk to.
//
// From this node (pipelines, the root):
//   (route_atom, language, excluded_node)  -> (node, executor)   executor is null for "run here"
//   (routed_atom, node)                    -> ()                 a routed execution ended
//   (cluster_atom)                         -> std::vector<node_status>  this node first
//   (fetch_atom, node, id)                 -> stored_execution   asked of the id's home node
// From peers (only after the authenticated join, see cluster/handshake.hpp):
//   (challenge_atom)                                   -> nonce
//   (join_atom, node_status, proof, nonce)             -> (node_status, proof,
//   std::vector<node_status>) (heartbeat_atom, node_status)                      -> () (run_atom,
//   execution_request)                      -> run_outcome (run by this node's executor)
//   (fetch_atom, id)                                   -> stored_execution (from this node's store)
// To pipelines, when the node running their execution is lost:
//   (lost_atom, node)
#pragma once

#include <caf/actor.hpp>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "actors/metrics.hpp"
#include "config/config.hpp"

namespace riemann::actors {

struct ClusterOptions {
  std::string node;                    // this node's name
  config::ClusterConfig cluster;       // listen "" = single node: no middleman, no peers
  std::uint32_t workers = 0;           // local sandbox slots
  std::vector<std::string> languages;  // runnable here
  // Called (on the manager's thread) with the languages of the peers that are up, whenever
  // that set changes; the HTTP layer then accepts languages only other nodes can run.
  std::function<void(std::vector<std::string>)> on_peer_languages;
};

// `root` runs and fetches for peers and answers figures; the manager never owns it.
caf::actor spawn_cluster_manager(caf::actor_system& sys, ClusterOptions options, caf::actor root,
                                 std::shared_ptr<Metrics> metrics);

}  // namespace riemann::actors
