#include "actors/runtime.hpp"

#include <fcntl.h>
#include <malloc.h>
#include <sys/file.h>
#include <unistd.h>
#include <caf/actor_system.hpp>
#include <caf/actor_system_config.hpp>
#include <caf/event_based_actor.hpp>
#include <caf/exit_reason.hpp>
#include <caf/io/middleman.hpp>
#include <caf/openssl/manager.hpp>
#include <caf/scoped_actor.hpp>
#include <caf/send.hpp>
#include <caf/stateful_actor.hpp>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <future>
#include <map>
#include <mutex>
#include <thread>
#include <unordered_map>

#include "actors/root_supervisor.hpp"
#include "actors/sandbox_runner.hpp"
#include "actors/scheduler.hpp"
#include "config/log.hpp"
#include "config/units.hpp"
#include "patterns/patterns.hpp"
#include "sandbox/sandbox.hpp"
#include "storage/compile_cache.hpp"
#include "storage/database.hpp"

namespace riemann::actors {
namespace {

constexpr auto kStartupTimeout = std::chrono::seconds(30);
constexpr const char* kLockFile = "riemann.lock";
constexpr std::size_t kInstanceHashChars = 8;
// How often the execution bridge looks for callers whose deadline passed (see BridgeState).
constexpr auto kDeadlineSweep = std::chrono::seconds(1);

// One server per data directory: a second one would share its sandbox slots and database.
Expected<int, std::string> lock_data_dir(const std::string& data_dir) {
  std::error_code ec;
  std::filesystem::create_directories(data_dir, ec);
  const auto path = data_dir + "/" + kLockFile;
  int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  if (fd < 0) return unexpected("cannot open " + path + ": " + std::strerror(errno));
  if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
    ::close(fd);
    return unexpected("another riemann process uses the data directory " + data_dir);
  }
  return fd;
}

// The sandbox's cgroups and slot directories are per instance (node name + data directory),
// so that several servers on one machine never share, or clean up, each other's slots.
std::string instance_name(const config::Config& cfg) {
  std::error_code ec;
  auto canonical = std::filesystem::weakly_canonical(cfg.storage.data_dir, ec).string();
  const auto hash = storage::CompileCache::key({canonical});
  return cfg.cluster.node_name + "-" + hash.substr(0, kInstanceHashChars);
}
constexpr auto kQueryTimeout = std::chrono::seconds(10);

}  // namespace

struct Runtime::Impl {
  caf::actor_system_config cfg;
  std::unique_ptr<caf::actor_system> sys;
  caf::actor root;
  std::shared_ptr<sandbox::Sandbox> sandbox;
  std::unique_ptr<storage::Database> reader;  // read-only uses (key lookups); the store writes
  std::mutex reader_mutex;
  // Asynchronous executions accepted but maybe not yet recorded by the store: a poll that
  // races the pipeline's first write still finds them (as queued).
  std::mutex accepted_mutex;
  std::map<std::string, stored_execution> accepted;
  int lock_fd = -1;  // flock on <data_dir>/riemann.lock, held for the runtime's life

  // Executions go through one long-lived actor (see execution_bridge); their callbacks wait
  // here under a ticket until the root answers.
  caf::actor bridge;
  std::mutex replies_mutex;
  std::unordered_map<std::uint64_t, Reply<execution_result>> replies;
  std::uint64_t next_ticket = 0;
  bool bridge_down = false;  // the bridge is gone: executions fall back to an actor each

  ~Impl() {
    if (lock_fd >= 0) ::close(lock_fd);
  }

  // Files the callback and returns its ticket; nullopt when the bridge is gone.
  std::optional<std::uint64_t> file_reply(Reply<execution_result>& reply) {
    std::lock_guard lock(replies_mutex);
    if (bridge_down || !bridge) return std::nullopt;
    const auto ticket = next_ticket++;
    replies.emplace(ticket, std::move(reply));
    return ticket;
  }

  // The callback of a ticket, once: a late second answer finds nothing.
  Reply<execution_result> take_reply(std::uint64_t ticket) {
    std::lock_guard lock(replies_mutex);
    auto it = replies.find(ticket);
    if (it == replies.end()) return nullptr;
    auto reply = std::move(it->second);
    replies.erase(it);
    return reply;
  }

  // The bridge ended (shutdown): whoever still waits hears so instead of waiting forever.
  void fail_waiting_replies() {
    std::unordered_map<std::uint64_t, Reply<execution_result>> orphans;
    {
      std::lock_guard lock(replies_mutex);
      bridge_down = true;
      orphans.swap(replies);
    }
    for (auto& [ticket, reply] : orphans) {
      reply(unexpected(EngineError{errc::shutting_down, "the engine is shutting down"}));
    }
  }

  // Sends `msg...` to the root and hands the typed reply (or the error) to `reply`.
  template <class T, class... Ts>
  void ask(std::chrono::milliseconds timeout, Reply<T> reply, Ts... msg) {
    sys->spawn([root = root, timeout, reply = std::move(reply),
                msg...](caf::event_based_actor* self) mutable {
      self->request(root, timeout, std::move(msg)...)
          .then([reply](T& value) { reply(std::move(value)); },
                [reply](caf::error& err) { reply(unexpected(to_engine_error(err))); });
    });
  }
};

EngineError to_engine_error(const caf::error& err) {
  if (auto code = our_code(err)) return EngineError{*code, error_message(err)};
  if (err == caf::sec::request_timeout) {
    return EngineError{errc::shutting_down, "timed out waiting for the engine"};
  }
  return EngineError{errc::shutting_down, "the engine is not available"};
}

// The io threads' door for executions: one long-lived actor asks the root for each and hands
// the answer to the caller's callback. An actor per request (as `ask` spawns for the rarer
// queries) costs a spawn and, when it ends, a wake-up of CAF's clock thread (0.17 cancels the
// timeouts of every terminating actor there); a timed request wakes that thread too, to set its
// deadline. So the callers' deadlines are kept here, swept once per kDeadlineSweep while any
// execution is out: a context switch per second instead of two per execution.
struct BridgeState {
  std::map<std::uint64_t, std::chrono::steady_clock::time_point> deadlines;  // by ticket
  bool sweeping = false;
};

void sweep_deadlines(caf::stateful_actor<BridgeState>* self, Runtime::Impl* impl) {
  auto& s = self->state;
  const auto now = std::chrono::steady_clock::now();
  for (auto it = s.deadlines.begin(); it != s.deadlines.end();) {
    if (it->second > now) {
      ++it;
      continue;
    }
    if (auto reply = impl->take_reply(it->first)) {
      reply(unexpected(EngineError{errc::shutting_down, "timed out waiting for the engine"}));
    }
    it = s.deadlines.erase(it);
  }
  s.sweeping = !s.deadlines.empty();
  if (s.sweeping) self->delayed_send(self, kDeadlineSweep, tick_atom_v);
}

caf::behavior execution_bridge(caf::stateful_actor<BridgeState>* self, caf::actor root,
                               Runtime::Impl* impl) {
  return {
      [self, root, impl](execute_atom, execution_request& request, std::uint64_t ticket,
                         std::int64_t timeout_ms) {
        auto& s = self->state;
        s.deadlines.emplace(
            ticket, std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms));
        if (!s.sweeping) {
          s.sweeping = true;
          self->delayed_send(self, kDeadlineSweep, tick_atom_v);
        }
        self->request(root, caf::infinite, execute_atom_v, std::move(request))
            .then(
                [self, impl, ticket](execution_result& result) {
                  self->state.deadlines.erase(ticket);
                  if (auto reply = impl->take_reply(ticket)) reply(std::move(result));
                },
                [self, impl, ticket](caf::error& err) {
                  self->state.deadlines.erase(ticket);
                  if (auto reply = impl->take_reply(ticket))
                    reply(unexpected(to_engine_error(err)));
                });
      },
      [self, impl](tick_atom) { sweep_deadlines(self, impl); },
  };
}

Runtime::Runtime(Passkey, RuntimeOptions options, std::shared_ptr<Metrics> metrics)
    : options_(std::move(options)), metrics_(std::move(metrics)), impl_(std::make_unique<Impl>()) {}

Expected<std::unique_ptr<Runtime>, std::string> Runtime::start(RuntimeOptions options) {
  const auto& cfg = options.config;
  auto runtime = std::make_unique<Runtime>(Passkey{}, options, std::make_shared<Metrics>());
  auto& impl = *runtime->impl_;
  auto lock = lock_data_dir(cfg.storage.data_dir);
  if (!lock) return unexpected(lock.error());
  impl.lock_fd = *lock;

  Runner runner = options.runner;
  if (!runner) {
    const auto instance = instance_name(cfg);
    sandbox::Options so;
    so.slots = cfg.execution.workers;
    so.uid_base = cfg.sandbox.uid_base;
    so.cgroup_name = cfg.sandbox.cgroup_name + "/" + instance;
    so.program_slice = cfg.sandbox.program_slice;
    so.state_dir = cfg.sandbox.state_dir + "/" + instance;
    std::error_code ec;
    std::filesystem::create_directories(cfg.sandbox.state_dir, ec);
    auto sb = sandbox::Sandbox::create(so);
    if (!sb) return unexpected("sandbox: " + sb.error().message);
    impl.sandbox = std::shared_ptr<sandbox::Sandbox>(std::move(*sb));
    runtime->warnings_ = impl.sandbox->warnings();
    auto cache = std::make_shared<storage::CompileCache>(cfg.storage.data_dir + "/cache",
                                                         cfg.execution.compile_cache_bytes);
    runner = make_sandbox_runner(impl.sandbox, options.languages, cfg.cluster.node_name,
                                 std::move(cache), runtime->streams_);
  }
  auto engine = patterns::Engine::load(cfg.paths.rules_dir);
  if (!engine) return unexpected("patterns: " + engine.error().message);
  // Compiling the rule queries leaves ~6 MB of freed scratch in the heap: give it back, the
  // idle server's RSS is a goal of its own (docs/PERFORMANCE.md, 28 -> 22 MB for the engine).
  ::malloc_trim(0);
  auto db = storage::Database::open(cfg.storage.data_dir);
  if (!db) return unexpected("storage: " + db.error().message);
  auto reader = storage::Database::open(cfg.storage.data_dir);
  if (!reader) return unexpected("storage: " + reader.error().message);
  impl.reader = std::move(*reader);

  impl.cfg.add_message_types<caf::id_block::riemann>();
  const bool clustered = !cfg.cluster.listen.empty();
  // The middleman (CAF's network layer) is loaded only in cluster mode (issue 7).
  if (clustered) impl.cfg.load<caf::io::middleman>();
  // With a cluster CA, node-to-node links are mutual TLS (CAF's openssl module): a peer whose
  // certificate does not chain to the CA cannot open a connection at all.
  if (clustered && !cfg.cluster.tls_ca.empty()) {
    impl.cfg.load<caf::openssl::manager>();
    impl.cfg.openssl_certificate = cfg.cluster.tls_certificate;
    impl.cfg.openssl_key = cfg.cluster.tls_key;
    impl.cfg.openssl_cafile = cfg.cluster.tls_ca;
  }
  impl.cfg.set("scheduler.max-threads", std::max(2u, std::thread::hardware_concurrency()));
  // The work-stealing scheduler polls (sleeping 50 µs between tries) while idle: measured at
  // 13% of a core under load. Our message rate is low and latency matters more: a shared
  // queue with a condition variable wakes a worker only when there is work (QuietSharing, CAF's
  // work sharing without its double wake-up). CAF takes a scheduler module it is given as is;
  // its module interface hands over a raw pointer that the actor system owns.
  impl.cfg.module_factories.push_back([](caf::actor_system& sys) -> caf::actor_system::module* {
    return new Scheduler(sys);  // NOLINT: owned by sys
  });
  impl.sys = std::make_unique<caf::actor_system>(impl.cfg);

  RootOptions ro;
  ro.node = cfg.cluster.node_name;
  ro.execution.workers = cfg.execution.workers;
  ro.execution.queue_capacity = cfg.execution.queue_capacity;
  ro.execution.restart_limit = cfg.execution.restart_limit;
  ro.execution.restart_window = cfg.execution.restart_window;
  ro.cluster.node = cfg.cluster.node_name;
  ro.cluster.cluster = cfg.cluster;
  ro.cluster.workers = cfg.execution.workers;
  for (const auto& l : options.languages->all()) {
    if (l.available) ro.cluster.languages.push_back(l.name);
  }
  ro.cluster.on_peer_languages = [rt = runtime.get()](std::vector<std::string> remote) {
    auto merged = std::make_shared<config::LanguageRegistry>();
    auto on_peers = [&remote](const std::string& name) {
      return std::find(remote.begin(), remote.end(), name) != remote.end();
    };
    for (auto language : rt->options_.languages->all()) {
      language.available = language.available || on_peers(language.name);
      merged->add(std::move(language));
    }
    for (const auto& name : remote) {
      if (merged->find(name)) continue;
      config::Language other_nodes_only;  // no definition here: the running node has one
      other_nodes_only.name = name;
      other_nodes_only.available = true;
      merged->add(std::move(other_nodes_only));
    }
    std::lock_guard lock(rt->runnable_mutex_);
    rt->runnable_ = std::move(merged);
  };
  ro.retention = RetentionPolicy{cfg.storage.retention_days, cfg.storage.retention_rows,
                                 cfg.storage.prune_interval};
  ro.restart_limit = cfg.execution.restart_limit;
  ro.restart_window = cfg.execution.restart_window;
  WebhookPolicy policy;
  policy.max_attempts = cfg.webhooks.max_attempts;
  policy.initial_backoff = cfg.webhooks.initial_backoff;
  policy.max_backoff = cfg.webhooks.max_backoff;
  RootDeps deps{std::move(runner),
                options.webhook_sender,
                policy,
                cfg.webhooks.alert_url,
                std::move(*engine),
                std::shared_ptr<storage::Database>(std::move(*db)),
                runtime->metrics_};
  impl.root = spawn_root_supervisor(*impl.sys, std::move(ro), std::move(deps));
  impl.bridge = impl.sys->spawn(execution_bridge, impl.root, &impl);
  impl.bridge->attach_functor([&impl] { impl.fail_waiting_replies(); });

  // Executions a crash left unfinished end now, with the reason (SPEC §9); retention applies.
  caf::scoped_actor self{*impl.sys};
  std::string failure;
  self->request(impl.root, kStartupTimeout, recover_atom_v)
      .receive([&](std::uint64_t n) { runtime->recovered_ = n; },
               [&](caf::error& err) { failure = error_message(err); });
  if (!failure.empty()) return unexpected("storage recovery: " + failure);
  if (clustered) {
    // Waits until the cluster port is published, so that a taken port is a start-up error.
    self->request(impl.root, kStartupTimeout, cluster_atom_v)
        .receive([](std::vector<node_status>&) {},
                 [&](caf::error& err) { failure = error_message(err); });
    if (!failure.empty()) return unexpected("cluster: " + failure);
  }
  return runtime;
}

Runtime::~Runtime() {
  if (impl_->root) caf::anon_send_exit(impl_->root, caf::exit_reason::user_shutdown);
  if (impl_->bridge) caf::anon_send_exit(impl_->bridge, caf::exit_reason::user_shutdown);
  impl_->root = nullptr;
  impl_->bridge = nullptr;
  impl_->sys.reset();  // waits for every actor, including workers finishing a run
}

Expected<std::optional<storage::ApiKey>, std::string> Runtime::lookup_key(const std::string& hash) {
  std::lock_guard lock(impl_->reader_mutex);
  auto key = impl_->reader->find_key_by_hash(hash);
  if (!key) return unexpected(key.error().message);
  return std::move(*key);
}

std::uint64_t Runtime::usage(const std::string& key_id, const std::string& month) {
  std::lock_guard lock(impl_->reader_mutex);
  auto n = impl_->reader->usage(key_id, month);
  return n ? *n : 0;
}

void Runtime::record_usage(const std::string& key_id, const std::string& month) {
  // Through the root to the store actor, the only writer.
  caf::anon_send(impl_->root, usage_atom_v, key_id, month, std::uint64_t{1});
}

std::shared_ptr<const config::LanguageRegistry> Runtime::runnable_languages() const {
  std::lock_guard lock(runnable_mutex_);
  return runnable_ ? runnable_ : options_.languages;
}

bool Runtime::try_admit() {
  const auto capacity = static_cast<std::int64_t>(options_.config.execution.workers) +
                        static_cast<std::int64_t>(options_.config.execution.queue_capacity);
  if (admitted_.fetch_add(1) >= capacity) {
    admitted_.fetch_sub(1);
    return false;
  }
  return true;
}

void Runtime::release() {
  admitted_.fetch_sub(1);
}

bool Runtime::root_alive() const {
  return impl_->root && !impl_->root->getf(caf::abstract_actor::is_terminated_flag);
}

void Runtime::execute(execution_request request, std::chrono::milliseconds timeout,
                      Reply<execution_result> reply) {
  if (!request.wait && !request.id.empty()) {
    const auto now = config::now_ms();
    std::lock_guard lock(impl_->accepted_mutex);
    impl_->accepted[request.id] = stored_execution{
        request.id, "queued", request.language, options_.config.cluster.node_name, now, now, ""};
    reply = [impl = impl_.get(), id = request.id,
             reply = std::move(reply)](Expected<execution_result, EngineError> r) {
      {
        std::lock_guard lock(impl->accepted_mutex);
        impl->accepted.erase(id);
      }
      reply(std::move(r));
    };
  }
  if (const auto ticket = impl_->file_reply(reply)) {
    caf::anon_send(impl_->bridge, execute_atom_v, std::move(request), *ticket,
                   static_cast<std::int64_t>(timeout.count()));
    return;
  }
  impl_->ask<execution_result>(timeout, std::move(reply), execute_atom_v, std::move(request));
}

void Runtime::fetch(std::string id, Reply<stored_execution> reply) {
  auto found = [impl = impl_.get(), id,
                reply = std::move(reply)](Expected<stored_execution, EngineError> r) {
    if (!r && r.error().code == errc::not_found) {
      std::unique_lock lock(impl->accepted_mutex);
      if (auto it = impl->accepted.find(id); it != impl->accepted.end()) {
        auto queued = it->second;
        lock.unlock();
        return reply(std::move(queued));
      }
    }
    reply(std::move(r));
  };
  impl_->ask<stored_execution>(kQueryTimeout, std::move(found), fetch_atom_v, std::move(id));
}

void Runtime::figures(Reply<std::vector<supervisor_figures>> reply) {
  impl_->ask<std::vector<supervisor_figures>>(kQueryTimeout, std::move(reply), figures_atom_v);
}

void Runtime::count(Reply<std::uint64_t> reply) {
  impl_->ask<std::uint64_t>(kQueryTimeout, std::move(reply), count_atom_v);
}

void Runtime::cluster(Reply<std::vector<node_status>> reply) {
  impl_->ask<std::vector<node_status>>(kQueryTimeout, std::move(reply), cluster_atom_v);
}

Expected<execution_result, EngineError> Runtime::execute_sync(execution_request request,
                                                              std::chrono::milliseconds timeout) {
  std::promise<Expected<execution_result, EngineError>> done;
  auto result = done.get_future();
  execute(std::move(request), timeout,
          [&done](Expected<execution_result, EngineError> r) { done.set_value(std::move(r)); });
  return result.get();
}

}  // namespace riemann::actors
