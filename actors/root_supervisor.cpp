#include "actors/root_supervisor.hpp"

#include <caf/actor_system.hpp>
#include <caf/event_based_actor.hpp>
#include <caf/exit_reason.hpp>
#include <caf/stateful_actor.hpp>
#include <vector>

#include "actors/analysis_actors.hpp"
#include "actors/errors.hpp"
#include "actors/pipeline.hpp"
#include "actors/restart_intensity.hpp"
#include "cluster/execution_id.hpp"
#include "config/log.hpp"

namespace riemann::actors {
namespace {

constexpr const char* kName = "root";
constexpr auto kFiguresTimeout = std::chrono::seconds(5);

enum class Child { store, scanner, pattern, executor, webhooks, cluster };
constexpr Child kChildren[] = {Child::store,    Child::scanner,  Child::pattern,
                               Child::executor, Child::webhooks, Child::cluster};

const char* child_name(Child c) {
  switch (c) {
    case Child::store:
      return "store";
    case Child::scanner:
      return "scanner";
    case Child::pattern:
      return "pattern";
    case Child::executor:
      return "execution";
    case Child::webhooks:
      return "webhooks";
    case Child::cluster:
      return "cluster";
  }
  return "unknown";
}

struct State {
  RootOptions options;
  RootDeps deps;
  Handles handles;
  caf::actor cluster;
  std::optional<RestartIntensity> intensity;
  std::uint64_t restarts = 0;
  std::uint64_t escalations = 0;
  const char* name = kName;
};

using Self = caf::stateful_actor<State>;

caf::actor& handle_of(State& s, Child c) {
  switch (c) {
    case Child::store:
      return s.handles.store;
    case Child::scanner:
      return s.handles.scanner;
    case Child::pattern:
      return s.handles.pattern;
    case Child::executor:
      return s.handles.executor;
    case Child::webhooks:
      return s.handles.webhooks;
    case Child::cluster:
      return s.cluster;
  }
  return s.handles.store;
}

caf::actor spawn_child(Self* self, Child c) {
  auto& d = self->state.deps;
  switch (c) {
    case Child::store:
      // Detached: SQLite calls block, they must not hold a scheduler thread.
      return self->spawn<caf::detached>(store_actor, d.db, self->state.options.retention,
                                        d.metrics);
    case Child::scanner:
      return self->spawn(scanner_actor, d.engine, d.metrics);
    case Child::pattern:
      return self->spawn(pattern_actor, d.engine, d.metrics);
    case Child::executor:
      return spawn_execution_supervisor(self->system(), self->state.options.execution, d.runner,
                                        d.metrics);
    case Child::webhooks:
      // The dispatcher reaches the store through us, so a restarted store is found again.
      return spawn_webhook_dispatcher(self->system(), caf::actor_cast<caf::actor>(self),
                                      d.webhook_sender, d.webhook_policy, d.metrics);
    case Child::cluster:
      return spawn_cluster_manager(self->system(), self->state.options.cluster,
                                   caf::actor_cast<caf::actor>(self), d.metrics);
  }
  return {};
}

void start_child(Self* self, Child c) {
  auto& slot = handle_of(self->state, c);
  slot = spawn_child(self, c);
  self->monitor(slot);
  // Pipelines ask the cluster manager where to run only when there is a cluster.
  if (c == Child::cluster && !self->state.options.cluster.cluster.listen.empty())
    self->state.handles.router = slot;
}

void publish_children(Self* self) {
  std::int64_t alive = 0;
  for (auto c : kChildren) alive += handle_of(self->state, c) ? 1 : 0;
  self->state.deps.metrics->supervisor_children(kName, alive);
  self->state.deps.metrics->mailbox_depth(kName, static_cast<std::int64_t>(self->mailbox().size()));
}

// system.alert to the operator's URL: a supervisor had to restart or escalate.
void alert(Self* self, const std::string& what) {
  auto& s = self->state;
  if (s.deps.alert_url.empty() || !s.handles.webhooks) return;
  std::string data = "{\"node\":\"" + s.options.node + "\",\"supervisor\":\"" + kName +
                     "\",\"what\":\"" + what + "\"}";
  self->send(s.handles.webhooks, notify_atom_v, s.deps.alert_url, std::string("system.alert"),
             std::move(data));
}

void on_child_down(Self* self, const caf::down_msg& dm) {
  auto& s = self->state;
  for (auto c : kChildren) {
    auto& h = handle_of(s, c);
    if (!h || h.address() != dm.source) continue;
    h = nullptr;
    if (c == Child::cluster) s.handles.router = nullptr;
    if (!s.intensity->allow()) {
      ++s.escalations;
      s.deps.metrics->supervisor_escalation(kName);
      config::log(config::LogLevel::error, "supervisor_escalation",
                  {{"supervisor", kName}, {"child", child_name(c)}});
      for (auto other : kChildren) {
        if (auto& o = handle_of(s, other)) self->send_exit(o, caf::exit_reason::user_shutdown);
      }
      self->quit(make_error(errc::shutting_down, "root restart intensity exceeded"));
      return;
    }
    ++s.restarts;
    s.deps.metrics->supervisor_restart(kName, child_name(c));
    alert(self, std::string("child restarted: ") + child_name(c));
    config::log(config::LogLevel::warn, "child_restarted",
                {{"supervisor", kName},
                 {"child", child_name(c)},
                 {"reason", self->system().render(dm.reason)}});
    start_child(self, c);
    publish_children(self);
    return;
  }
}

caf::behavior root(Self* self, RootOptions options, RootDeps deps) {
  auto& s = self->state;
  s.options = std::move(options);
  s.deps = std::move(deps);
  s.handles.metrics = s.deps.metrics;
  s.handles.node = s.options.node;
  s.intensity.emplace(s.options.restart_limit, s.options.restart_window);
  for (auto c : kChildren) {
    s.deps.metrics->declare_supervisor(kName, child_name(c));
    start_child(self, c);
  }
  publish_children(self);
  self->set_down_handler([self](caf::down_msg& dm) { on_child_down(self, dm); });
  self->set_exit_handler([self](caf::exit_msg& em) {
    for (auto c : kChildren) {
      if (auto& h = handle_of(self->state, c)) self->send_exit(h, em.reason);
    }
    self->quit(em.reason);
  });
  return {
      [self](execute_atom, execution_request& request) {
        auto& s = self->state;
        if (request.id.empty()) request.id = cluster::make_execution_id(s.options.node);
        s.deps.metrics->execution_accepted();
        auto p = spawn_pipeline(self->system(), s.handles);
        return self->delegate(p, execute_atom_v, std::move(request));
      },
      [self](fetch_atom, std::string& id) {
        auto& s = self->state;
        auto home = cluster::home_node(id);
        if (home && *home != s.options.node && s.handles.router) {
          return self->delegate(s.handles.router, fetch_atom_v, *home, std::move(id));
        }
        return self->delegate(s.handles.store, fetch_atom_v, std::move(id));
      },
      [self](run_atom, execution_request& request) {
        return self->delegate(self->state.handles.executor, run_atom_v, std::move(request));
      },
      [self](cluster_atom) { return self->delegate(self->state.cluster, cluster_atom_v); },
      [self](count_atom) { return self->delegate(self->state.handles.store, count_atom_v); },
      [self](recover_atom) { return self->delegate(self->state.handles.store, recover_atom_v); },
      [self](wh_enqueue_atom a, std::string& url, std::string& event, std::string& body) {
        return self->delegate(self->state.handles.store, a, std::move(url), std::move(event),
                              std::move(body));
      },
      [self](wh_due_atom a, std::int64_t now, std::uint64_t limit) {
        return self->delegate(self->state.handles.store, a, now, limit);
      },
      [self](wh_result_atom a, std::int64_t id, bool ok, std::string& error, std::int64_t next,
             bool give_up) {
        return self->delegate(self->state.handles.store, a, id, ok, std::move(error), next,
                              give_up);
      },
      [self](usage_atom a, std::string& key_id, std::string& month, std::uint64_t n) {
        self->send(self->state.handles.store, a, std::move(key_id), std::move(month), n);
      },
      [self](figures_atom) -> caf::result<std::vector<supervisor_figures>> {
        auto& s = self->state;
        supervisor_figures mine;
        mine.name = kName;
        mine.children = static_cast<std::uint32_t>(std::size(kChildren));
        for (auto c : kChildren) mine.children_alive += handle_of(s, c) ? 1 : 0;
        mine.restarts = s.restarts;
        mine.escalations = s.escalations;
        mine.mailbox_depth = self->mailbox().size();
        auto rp = self->make_response_promise<std::vector<supervisor_figures>>();
        self->request(s.handles.executor, kFiguresTimeout, figures_atom_v)
            .then(
                [rp, mine](supervisor_figures& exec) mutable {
                  rp.deliver(std::vector{mine, exec});
                },
                [rp, mine](caf::error&) mutable { rp.deliver(std::vector{mine}); });
        return rp;
      },
  };
}

}  // namespace

caf::actor spawn_root_supervisor(caf::actor_system& sys, RootOptions options, RootDeps deps) {
  return sys.spawn(root, std::move(options), std::move(deps));
}

}  // namespace riemann::actors
