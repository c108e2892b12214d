#include "actors/cluster_manager.hpp"

#include <algorithm>
#include <caf/actor_system.hpp>
#include <caf/event_based_actor.hpp>
#include <caf/io/middleman.hpp>
#include <caf/io/middleman_actor.hpp>
#include <caf/openssl/manager.hpp>
#include <caf/response_promise.hpp>
#include <caf/stateful_actor.hpp>
#include <map>
#include <optional>
#include <set>

#include "actors/errors.hpp"
#include "actors/messages.hpp"
#include "cluster/handshake.hpp"
#include "cluster/membership.hpp"
#include "cluster/routing.hpp"
#include "config/loader.hpp"
#include "config/log.hpp"

namespace riemann::actors {
namespace {

using namespace std::chrono_literals;
using cluster::NodeState;

constexpr const char* kName = "cluster";
constexpr auto kConnectTimeout = 5s;
constexpr auto kHandshakeTimeout = 5s;
constexpr auto kFetchTimeout = 10s;
constexpr auto kFiguresTimeout = 2s;
constexpr NodeState kStates[] = {NodeState::up, NodeState::suspect, NodeState::down};

struct Peer {
  caf::actor handle;               // its cluster manager (a proxy); null while unreachable
  node_status status;              // as last reported by itself
  std::int64_t routed = 0;         // executions this node sent there, not yet ended
  std::set<caf::actor> pipelines;  // ... and the pipelines waiting for them
};

struct State {
  ClusterOptions options;
  caf::actor root;
  std::shared_ptr<Metrics> metrics;
  std::optional<cluster::Membership> membership;
  std::map<std::string, Peer> peers;  // by node name
  std::int64_t routed_here = 0;       // local executions routed by this node
  std::int64_t served = 0;            // executions run here for other nodes
  std::uint64_t remote_dispatches = 0;
  std::uint64_t failovers = 0;
  std::vector<supervisor_figures> figures;         // this node's, refreshed every tick
  std::map<caf::node_id, std::string> challenges;  // nonce handed to each joining node
  std::set<caf::node_id> authenticated;            // nodes that proved the secret
  std::set<std::string> connecting;                // addresses with a join under way
  bool published = false;                          // cluster mode: listening
  std::string publish_error;
  std::vector<caf::response_promise> waiting_for_publish;
  std::set<std::string> peer_languages;  // of the peers that are up, as last announced
  const char* name = kName;
};

using Self = caf::stateful_actor<State>;

bool clustered(const State& s) {
  return !s.options.cluster.listen.empty();
}

// The transport: CAF's openssl manager (mutual TLS) when a cluster CA is configured, else the
// plain middleman. Both speak the same middleman_actor protocol (publish, connect).
caf::io::middleman_actor transport(Self* self) {
  if (!self->state.options.cluster.tls_ca.empty())
    return self->system().openssl_manager().actor_handle();
  return self->system().middleman().actor_handle();
}

bool has(const std::vector<std::string>& v, const std::string& x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

std::int64_t local_load(const State& s) {
  return s.routed_here + s.served;
}

std::int64_t peer_load(const Peer& p) {
  return std::max(p.status.load, p.routed);
}

node_status my_status(const State& s) {
  node_status n;
  n.name = s.options.node;
  n.address = s.options.cluster.listen;
  n.workers = s.options.workers;
  n.load = local_load(s);
  n.languages = s.options.languages;
  n.figures = s.figures;
  n.remote_dispatches = s.remote_dispatches;
  n.failovers = s.failovers;
  return n;
}

// Only this node's own actors and peers that passed the handshake may use the manager.
bool trusted(Self* self) {
  const auto& sender = self->current_sender();
  if (!sender) return true;
  return sender->node() == self->node() || self->state.authenticated.count(sender->node()) > 0;
}

caf::error refused() {
  return make_error(errc::invalid_request, "this node has not proved the cluster secret");
}

// Tells the HTTP layer when the languages of the up peers change.
void announce_languages(Self* self) {
  auto& s = self->state;
  std::set<std::string> now;
  for (const auto& [name, p] : s.peers) {
    if (s.membership->state(name) == NodeState::up)
      now.insert(p.status.languages.begin(), p.status.languages.end());
  }
  if (now == s.peer_languages) return;
  s.peer_languages = now;
  if (s.options.on_peer_languages) s.options.on_peer_languages({now.begin(), now.end()});
}

void publish_metrics(Self* self) {
  auto& s = self->state;
  announce_languages(self);
  auto& m = *s.membership;
  for (auto st : kStates) {
    const auto peers = static_cast<std::int64_t>(m.count(st));
    s.metrics->cluster_nodes(cluster::to_string(st), peers + (st == NodeState::up ? 1 : 0));
  }
  s.metrics->node_in_flight(s.options.node, local_load(s));
  for (const auto& [name, p] : s.peers) s.metrics->node_in_flight(name, peer_load(p));
  s.metrics->mailbox_depth(kName, static_cast<std::int64_t>(self->mailbox().size()));
}

// Every pipeline waiting on `name` re-dispatches (or fails) its execution.
void node_lost(Self* self, const std::string& name) {
  auto& s = self->state;
  auto it = s.peers.find(name);
  if (it == s.peers.end()) return;
  config::log(config::LogLevel::warn, "cluster_node_down",
              {{"node", name}, {"in_flight", std::to_string(it->second.pipelines.size())}});
  for (const auto& p : it->second.pipelines) self->send(p, lost_atom_v, name);
  it->second.pipelines.clear();
  it->second.routed = 0;
  it->second.status.load = 0;  // its last report no longer holds
  publish_metrics(self);
}

void add_peer(Self* self, node_status status, caf::actor handle) {
  auto& s = self->state;
  if (status.name == s.options.node) return;
  auto& p = s.peers[status.name];
  if (handle && p.handle != handle) {
    self->monitor(handle);
    p.handle = std::move(handle);
  }
  p.status = std::move(status);
  if (s.membership->heard(p.status.name, cluster::Clock::now())) {
    config::log(config::LogLevel::info, "cluster_node_up",
                {{"node", p.status.name}, {"address", p.status.address}});
  }
  publish_metrics(self);
}

void connect_to(Self* self, const std::string& address);

void join_reply(Self* self, caf::actor remote, const std::string& my_nonce, node_status& theirs,
                const std::string& proof, std::vector<node_status>& members) {
  auto& s = self->state;
  if (!cluster::verify(s.options.cluster.secret, my_nonce, theirs.name, proof)) {
    config::log(config::LogLevel::warn, "cluster_join_refused",
                {{"node", theirs.name}, {"why", "its proof of the cluster secret is wrong"}});
    return;
  }
  s.authenticated.insert(remote.node());
  add_peer(self, std::move(theirs), std::move(remote));
  for (auto& m : members) {
    if (m.name == s.options.node || m.address.empty()) continue;
    auto known = s.peers.find(m.name);
    if (known == s.peers.end() || !known->second.handle) connect_to(self, m.address);
  }
}

// The join, from this side: connect, get a nonce, prove the secret, verify the peer's proof.
void connect_to(Self* self, const std::string& address) {
  auto& s = self->state;
  if (address == s.options.cluster.listen || !s.connecting.insert(address).second) return;
  std::string host;
  unsigned short port = 0;
  config::split_host_port(address, host, port);
  auto done = [self, address] { self->state.connecting.erase(address); };
  auto failed = [self, address, done](caf::error& err) {
    done();
    config::log(config::LogLevel::debug, "cluster_connect_failed",
                {{"address", address}, {"error", self->system().render(err)}});
  };
  self->request(transport(self), kConnectTimeout, caf::connect_atom::value, host,
                static_cast<std::uint16_t>(port))
      .then(
          [self, done, failed](const caf::node_id&, caf::strong_actor_ptr& ptr,
                               const std::set<std::string>&) {
            auto remote = caf::actor_cast<caf::actor>(ptr);
            if (!remote) {
              caf::error none = make_error(errc::invalid_request, "no actor published there");
              return failed(none);
            }
            self->request(remote, kHandshakeTimeout, challenge_atom_v)
                .then(
                    [self, remote, done, failed](std::string& nonce) {
                      auto& s = self->state;
                      auto mine = cluster::make_nonce();
                      self->request(remote, kHandshakeTimeout, join_atom_v, my_status(s),
                                    cluster::prove(s.options.cluster.secret, nonce, s.options.node),
                                    mine)
                          .then(
                              [self, remote, mine, done](node_status& theirs, std::string& proof,
                                                         std::vector<node_status>& members) {
                                done();
                                join_reply(self, remote, mine, theirs, proof, members);
                              },
                              failed);
                    },
                    failed);
          },
          failed);
}

std::vector<node_status> members(const State& s) {
  std::vector<node_status> out;
  for (const auto& [name, p] : s.peers) {
    auto n = p.status;
    n.state = cluster::to_string(s.membership->state(name).value_or(NodeState::down));
    n.load = peer_load(p);
    n.local = false;
    out.push_back(std::move(n));
  }
  return out;
}

std::vector<node_status> view(const State& s) {
  auto self_status = my_status(s);
  self_status.local = true;
  std::vector<node_status> out{self_status};
  for (auto& n : members(s)) out.push_back(std::move(n));
  return out;
}

void heartbeat(Self* self) {
  auto& s = self->state;
  const auto me = my_status(s);
  for (auto& [name, p] : s.peers) {
    if (p.handle && s.membership->state(name) != NodeState::down)
      self->send(p.handle, heartbeat_atom_v, me);
  }
  for (const auto& name : s.membership->tick(cluster::Clock::now())) {
    const auto st = s.membership->state(name).value_or(NodeState::down);
    config::log(config::LogLevel::warn, "cluster_node_state",
                {{"node", name}, {"state", cluster::to_string(st)}});
    if (st == NodeState::down) node_lost(self, name);
  }
  self->request(s.root, kFiguresTimeout, figures_atom_v)
      .then([self](std::vector<supervisor_figures>& f) { self->state.figures = std::move(f); },
            [](caf::error&) {});
  publish_metrics(self);
  self->delayed_send(self, s.options.cluster.heartbeat_interval, tick_atom_v);
}

// Seeds not joined yet and peers that are down are dialled again (a node that comes back rejoins).
void rejoin(Self* self) {
  auto& s = self->state;
  for (const auto& seed : s.options.cluster.join) {
    bool joined = false;
    for (const auto& [name, p] : s.peers) {
      joined = joined || (p.status.address == seed && s.membership->state(name) == NodeState::up);
    }
    if (!joined) connect_to(self, seed);
  }
  for (const auto& [name, p] : s.peers) {
    if (s.membership->state(name) == NodeState::down && !p.status.address.empty())
      connect_to(self, p.status.address);
  }
  self->delayed_send(self, s.options.cluster.rejoin_interval, rejoin_atom_v);
}

void start_cluster(Self* self) {
  auto& s = self->state;
  std::string host;
  unsigned short port = 0;
  config::split_host_port(s.options.cluster.listen, host, port);
  self->request(transport(self), caf::infinite, caf::publish_atom::value,
                static_cast<std::uint16_t>(port), caf::actor_cast<caf::strong_actor_ptr>(self),
                std::set<std::string>{}, host, true)
      .then(
          [self](std::uint16_t bound) {
            auto& s = self->state;
            s.published = true;
            config::log(config::LogLevel::info, "cluster_listening",
                        {{"node", s.options.node}, {"port", std::to_string(bound)}});
            for (auto& rp : s.waiting_for_publish) rp.deliver(view(s));
            s.waiting_for_publish.clear();
            self->send(self, rejoin_atom_v);
          },
          [self](caf::error& err) {
            auto& s = self->state;
            s.publish_error =
                "cannot listen on " + s.options.cluster.listen + ": " + self->system().render(err);
            config::log(config::LogLevel::error, "cluster_listen_failed",
                        {{"error", s.publish_error}});
            for (auto& rp : s.waiting_for_publish)
              rp.deliver(make_error(errc::shutting_down, s.publish_error));
            s.waiting_for_publish.clear();
          });
}

caf::result<std::string, caf::actor> route(Self* self, const std::string& language,
                                           const std::string& excluded) {
  auto& s = self->state;
  if (!excluded.empty()) ++s.failovers;
  std::vector<cluster::Candidate> candidates;
  candidates.push_back({s.options.node, true, true, has(s.options.languages, language),
                        static_cast<std::int64_t>(s.options.workers) - local_load(s)});
  for (const auto& [name, p] : s.peers) {
    if (name == excluded) continue;
    candidates.push_back({name, false, p.handle && s.membership->state(name) == NodeState::up,
                          has(p.status.languages, language),
                          static_cast<std::int64_t>(p.status.workers) - peer_load(p)});
  }
  auto chosen = cluster::choose_node(candidates).value_or(s.options.node);
  if (chosen == s.options.node) {
    ++s.routed_here;
    return {chosen, caf::actor{}};
  }
  auto& p = s.peers[chosen];
  ++p.routed;
  p.pipelines.insert(caf::actor_cast<caf::actor>(self->current_sender()));
  ++s.remote_dispatches;
  s.metrics->remote_dispatch(chosen);
  return {chosen, p.handle};
}

void routed_done(Self* self, const std::string& node) {
  auto& s = self->state;
  if (node == s.options.node) {
    s.routed_here = std::max<std::int64_t>(0, s.routed_here - 1);
    return;
  }
  auto it = s.peers.find(node);
  if (it == s.peers.end()) return;
  it->second.routed = std::max<std::int64_t>(0, it->second.routed - 1);
  it->second.pipelines.erase(caf::actor_cast<caf::actor>(self->current_sender()));
}

caf::behavior manager(Self* self, ClusterOptions options, caf::actor root,
                      std::shared_ptr<Metrics> metrics) {
  auto& s = self->state;
  s.options = std::move(options);
  s.root = std::move(root);
  s.metrics = std::move(metrics);
  s.membership.emplace(
      cluster::Timeouts{s.options.cluster.suspect_after, s.options.cluster.down_after});
  self->set_down_handler([self](caf::down_msg& dm) {
    for (auto& [name, p] : self->state.peers) {
      if (!p.handle || p.handle.address() != dm.source) continue;
      p.handle = nullptr;
      if (self->state.membership->lost(name)) node_lost(self, name);
      return;
    }
  });
  if (clustered(s)) {
    start_cluster(self);
    self->send(self, tick_atom_v);
  }
  publish_metrics(self);
  return {
      [self](route_atom, const std::string& language, const std::string& excluded) {
        return route(self, language, excluded);
      },
      [self](routed_atom, const std::string& node) { routed_done(self, node); },
      [self](cluster_atom) -> caf::result<std::vector<node_status>> {
        auto& s = self->state;
        if (!clustered(s) || s.published) return view(s);
        if (!s.publish_error.empty()) return make_error(errc::shutting_down, s.publish_error);
        auto rp = self->make_response_promise();
        s.waiting_for_publish.push_back(rp);
        return caf::delegated<std::vector<node_status>>{};
      },
      [self](fetch_atom, const std::string& node,
             std::string& id) -> caf::result<stored_execution> {
        auto it = self->state.peers.find(node);
        if (it == self->state.peers.end() || !it->second.handle) {
          return make_error(errc::shutting_down, "execution " + id + " lives on node " + node +
                                                     ", which is not reachable");
        }
        auto rp = self->make_response_promise<stored_execution>();
        self->request(it->second.handle, kFetchTimeout, fetch_atom_v, std::move(id))
            .then([rp](stored_execution& e) mutable { rp.deliver(std::move(e)); },
                  [rp](caf::error& err) mutable { rp.deliver(std::move(err)); });
        return rp;
      },
      [self](challenge_atom) -> caf::result<std::string> {
        const auto& sender = self->current_sender();
        if (!sender) return refused();
        auto nonce = cluster::make_nonce();
        self->state.challenges[sender->node()] = nonce;
        return nonce;
      },
      [self](join_atom, node_status& theirs, const std::string& proof,
             const std::string& their_nonce)
          -> caf::result<node_status, std::string, std::vector<node_status>> {
        auto& s = self->state;
        const auto& sender = self->current_sender();
        if (!sender) return refused();
        auto challenge = s.challenges.find(sender->node());
        if (challenge == s.challenges.end()) return refused();
        const auto nonce = challenge->second;
        s.challenges.erase(challenge);
        if (!cluster::verify(s.options.cluster.secret, nonce, theirs.name, proof)) {
          config::log(config::LogLevel::warn, "cluster_join_refused",
                      {{"node", theirs.name}, {"why", "its proof of the cluster secret is wrong"}});
          return refused();
        }
        s.authenticated.insert(sender->node());
        auto known = members(s);
        add_peer(self, std::move(theirs), caf::actor_cast<caf::actor>(sender));
        return {my_status(s), cluster::prove(s.options.cluster.secret, their_nonce, s.options.node),
                known};
      },
      [self](heartbeat_atom, node_status& status) {
        if (!trusted(self)) return;
        auto& s = self->state;
        auto it = s.peers.find(status.name);
        // A node this one has not joined with (or lost) must rejoin through the handshake.
        if (it == s.peers.end() || !it->second.handle) return;
        add_peer(self, std::move(status), caf::actor{});
      },
      [self](run_atom, execution_request& request) -> caf::result<run_outcome> {
        if (!trusted(self)) return refused();
        auto& s = self->state;
        ++s.served;
        auto rp = self->make_response_promise<run_outcome>();
        self->request(s.root, caf::infinite, run_atom_v, std::move(request))
            .then(
                [self, rp](run_outcome& outcome) mutable {
                  --self->state.served;
                  rp.deliver(std::move(outcome));
                },
                [self, rp](caf::error& err) mutable {
                  --self->state.served;
                  rp.deliver(std::move(err));
                });
        return rp;
      },
      [self](fetch_atom, std::string& id) -> caf::result<stored_execution> {
        if (!trusted(self)) return refused();
        auto rp = self->make_response_promise<stored_execution>();
        self->request(self->state.root, kFetchTimeout, fetch_atom_v, std::move(id))
            .then([rp](stored_execution& e) mutable { rp.deliver(std::move(e)); },
                  [rp](caf::error& err) mutable { rp.deliver(std::move(err)); });
        return rp;
      },
      [self](tick_atom) { heartbeat(self); },
      [self](rejoin_atom) { rejoin(self); },
  };
}

}  // namespace

caf::actor spawn_cluster_manager(caf::actor_system& sys, ClusterOptions options, caf::actor root,
                                 std::shared_ptr<Metrics> metrics) {
  return sys.spawn(manager, std::move(options), std::move(root), std::move(metrics));
}

}  // namespace riemann::actors
