#include "config/loader.hpp"

#include <arpa/inet.h>
#include <unistd.h>

#include <boost/json.hpp>
#include <cctype>
#include <fstream>
#include <limits>
#include <optional>
#include <sstream>
#include <thread>

#include "config/units.hpp"

extern char** environ;

namespace riemann::config {
namespace {

namespace json = boost::json;

constexpr double kMaxThreshold = 1.0;
constexpr unsigned kMaxIoThreads = 64;
constexpr unsigned kMaxWorkers = 1024;
// A run spends part of its wall time off the CPU (waiting for the box's init, the pipes and
// the exit) and the next request is scanned meanwhile: with one run per core the cores idle.
// Two per core measured +16-20 % executions/s at 8 clients on 2 cores (docs/PERFORMANCE.md).
constexpr unsigned kWorkersPerCore = 2;
constexpr std::size_t kMaxNodeNameLength = 32;
// The range Linux accepts for a custom slice (it clamps to 0.1-100 ms; milliseconds here).
constexpr milliseconds kMinProgramSlice{1};
constexpr milliseconds kMaxProgramSlice{100};

// How one option is read from text (file values are converted to text first).
using Setter = std::function<std::optional<std::string>(Config&, const std::string&)>;

struct Option {
  std::string key;                // JSON file key, "section.field"
  std::vector<std::string> envs;  // environment variables, first is the canonical one
  std::string flag;               // command-line flag
  std::string help;
  Setter set;  // returns an error text when the value is invalid
};

// A boolean option accepts "true"; only those can be used as bare switches.
bool is_switch(const Option& o) {
  Config probe;
  return !o.set(probe, "true").has_value() && !o.set(probe, "yes").has_value() &&
         o.set(probe, "maybe").has_value();
}

std::optional<std::string> bad(const std::string& what) {
  return what;
}

template <class F>
Setter string_setter(F field) {
  return [field](Config& c, const std::string& v) -> std::optional<std::string> {
    field(c) = v;
    return std::nullopt;
  };
}

template <class F>
Setter uint_setter(F field) {
  return [field](Config& c, const std::string& v) -> std::optional<std::string> {
    using T = std::remove_reference_t<decltype(field(c))>;
    auto n = parse_uint(v);
    if (!n) return bad("expected a non-negative integer");
    // A value wider than the field would be silently truncated (2^32 + 3 -> 3).
    if (*n > std::numeric_limits<T>::max()) {
      return bad("at most " + std::to_string(std::numeric_limits<T>::max()));
    }
    field(c) = static_cast<T>(*n);
    return std::nullopt;
  };
}

template <class F>
Setter size_setter(F field) {
  return [field](Config& c, const std::string& v) -> std::optional<std::string> {
    auto n = parse_size(v);
    if (!n) return bad("expected a size such as 256MB");
    field(c) = *n;
    return std::nullopt;
  };
}

// Durations are given in seconds (fractions allowed), as in the API's `timeout`.
template <class F>
Setter seconds_setter(F field) {
  return [field](Config& c, const std::string& v) -> std::optional<std::string> {
    auto s = parse_double(v);
    constexpr double kMaxSeconds = 1e9;  // ~31 years; beyond, milliseconds overflow soon
    if (!s || *s < 0 || *s > kMaxSeconds) return bad("expected a number of seconds");
    field(c) = milliseconds{static_cast<long long>(*s * 1000.0)};
    return std::nullopt;
  };
}

// Comma-separated HOST:PORT values; every occurrence (a repeated flag) adds to the list.
template <class F>
Setter list_setter(F field) {
  return [field](Config& c, const std::string& v) -> std::optional<std::string> {
    std::string item;
    std::istringstream in(v);
    while (std::getline(in, item, ',')) {
      if (!item.empty()) field(c).push_back(item);
    }
    return std::nullopt;
  };
}

template <class F>
Setter double_setter(F field) {
  return [field](Config& c, const std::string& v) -> std::optional<std::string> {
    auto d = parse_double(v);
    if (!d) return bad("expected a number");
    field(c) = *d;
    return std::nullopt;
  };
}

template <class F>
Setter bool_setter(F field) {
  return [field](Config& c, const std::string& v) -> std::optional<std::string> {
    auto b = parse_bool(v);
    if (!b) return bad("expected true or false");
    field(c) = *b;
    return std::nullopt;
  };
}

#define RIEMANN_FIELD(path) \
  [](Config & c) -> auto& { \
    return c.path;          \
  }

const std::vector<Option>& options() {
  static const std::vector<Option> table = {
      {"server.listen",
       {"RIEMANN_LISTEN"},
       "--listen",
       "HOST:PORT of the HTTP API",
       string_setter(RIEMANN_FIELD(server.listen))},
      {"server.io_threads",
       {"RIEMANN_IO_THREADS"},
       "--io-threads",
       "HTTP io threads",
       uint_setter(RIEMANN_FIELD(server.io_threads))},
      {"server.max_body_bytes",
       {"RIEMANN_MAX_BODY"},
       "--max-body",
       "largest request body",
       size_setter(RIEMANN_FIELD(server.max_body_bytes))},
      {"server.read_timeout",
       {"RIEMANN_READ_TIMEOUT"},
       "--read-timeout",
       "seconds a client has to send a whole request",
       seconds_setter(RIEMANN_FIELD(server.read_timeout))},
      {"server.idle_timeout",
       {"RIEMANN_IDLE_TIMEOUT"},
       "--idle-timeout",
       "seconds an idle keep-alive connection stays open",
       seconds_setter(RIEMANN_FIELD(server.idle_timeout))},
      {"server.request_slack",
       {"RIEMANN_REQUEST_SLACK"},
       "--request-slack",
       "seconds added to an execution's own limits for its reply",
       seconds_setter(RIEMANN_FIELD(server.request_slack))},
      {"auth.enabled",
       {"RIEMANN_AUTH"},
       "--auth",
       "require API keys (--no-auth: loopback only)",
       bool_setter(RIEMANN_FIELD(auth.enabled))},
      {"auth.open_health",
       {"RIEMANN_OPEN_HEALTH"},
       "--open-health",
       "GET /health without a key",
       bool_setter(RIEMANN_FIELD(auth.open_health))},
      {"auth.open_metrics",
       {"RIEMANN_OPEN_METRICS"},
       "--open-metrics",
       "GET /metrics without a key",
       bool_setter(RIEMANN_FIELD(auth.open_metrics))},
      {"auth.enterprise_rate",
       {"RIEMANN_ENTERPRISE_RATE"},
       "--enterprise-rate",
       "enterprise requests/second",
       double_setter(RIEMANN_FIELD(auth.enterprise.rate))},
      {"auth.enterprise_burst",
       {"RIEMANN_ENTERPRISE_BURST"},
       "--enterprise-burst",
       "enterprise burst",
       uint_setter(RIEMANN_FIELD(auth.enterprise.burst))},
      {"auth.enterprise_monthly",
       {"RIEMANN_ENTERPRISE_MONTHLY"},
       "--enterprise-monthly",
       "enterprise requests per month (0 = unlimited)",
       uint_setter(RIEMANN_FIELD(auth.enterprise.monthly))},
      {"webhooks.secret",
       {"RIEMANN_WEBHOOK_SECRET"},
       "--webhook-secret",
       "HMAC key of webhook signatures",
       string_setter(RIEMANN_FIELD(webhooks.secret))},
      {"webhooks.allow_private",
       {"RIEMANN_WEBHOOK_ALLOW_PRIVATE"},
       "--webhook-allow-private",
       "comma-separated private hosts webhooks may reach",
       string_setter(RIEMANN_FIELD(webhooks.allow_private))},
      {"webhooks.alert_url",
       {"RIEMANN_WEBHOOK_ALERT_URL"},
       "--webhook-alert-url",
       "URL receiving system.alert events",
       string_setter(RIEMANN_FIELD(webhooks.alert_url))},
      {"webhooks.max_attempts",
       {"RIEMANN_WEBHOOK_ATTEMPTS"},
       "--webhook-attempts",
       "delivery attempts",
       uint_setter(RIEMANN_FIELD(webhooks.max_attempts))},
      {"webhooks.initial_backoff",
       {"RIEMANN_WEBHOOK_BACKOFF"},
       "--webhook-backoff",
       "seconds before the first retry (doubles)",
       seconds_setter(RIEMANN_FIELD(webhooks.initial_backoff))},
      {"api.max_batch",
       {"RIEMANN_MAX_BATCH"},
       "--max-batch",
       "items per batch request",
       uint_setter(RIEMANN_FIELD(api.max_batch))},
      {"storage.data_dir",
       {"RIEMANN_DATA_DIR"},
       "--data-dir",
       "directory of the SQLite database",
       string_setter(RIEMANN_FIELD(storage.data_dir))},
      {"storage.retention_days",
       {"RIEMANN_RETENTION_DAYS"},
       "--retention-days",
       "days executions are kept",
       uint_setter(RIEMANN_FIELD(storage.retention_days))},
      {"storage.retention_rows",
       {"RIEMANN_RETENTION_ROWS"},
       "--retention-rows",
       "executions kept at most",
       uint_setter(RIEMANN_FIELD(storage.retention_rows))},
      {"storage.prune_interval",
       {"RIEMANN_PRUNE_INTERVAL"},
       "--prune-interval",
       "seconds between retention prunes",
       seconds_setter(RIEMANN_FIELD(storage.prune_interval))},
      {"execution.workers",
       {"RIEMANN_WORKERS"},
       "--workers",
       "concurrent sandboxed runs (0 = 2 per core)",
       uint_setter(RIEMANN_FIELD(execution.workers))},
      {"execution.queue_capacity",
       {"RIEMANN_QUEUE_CAPACITY"},
       "--queue-capacity",
       "waiting executions before 503",
       uint_setter(RIEMANN_FIELD(execution.queue_capacity))},
      {"execution.default_timeout",
       {"RIEMANN_DEFAULT_TIMEOUT"},
       "--default-timeout",
       "seconds of wall time when a request gives none",
       seconds_setter(RIEMANN_FIELD(execution.default_timeout))},
      {"execution.max_timeout",
       {"RIEMANN_MAX_TIMEOUT", "MAX_EXECUTION_TIME"},
       "--max-timeout",
       "largest timeout a request may ask (seconds)",
       seconds_setter(RIEMANN_FIELD(execution.max_timeout))},
      {"execution.default_memory",
       {"RIEMANN_DEFAULT_MEMORY"},
       "--default-memory",
       "memory limit when a request gives none",
       size_setter(RIEMANN_FIELD(execution.default_memory))},
      {"execution.max_memory",
       {"RIEMANN_MAX_MEMORY"},
       "--max-memory",
       "largest memory_limit a request may ask",
       size_setter(RIEMANN_FIELD(execution.max_memory))},
      {"execution.default_output",
       {"RIEMANN_DEFAULT_OUTPUT"},
       "--default-output",
       "per-stream output cap when none is given",
       size_setter(RIEMANN_FIELD(execution.default_output))},
      {"execution.max_output",
       {"RIEMANN_MAX_OUTPUT"},
       "--max-output",
       "largest max_output a request may ask",
       size_setter(RIEMANN_FIELD(execution.max_output))},
      {"execution.max_code_bytes",
       {"RIEMANN_MAX_CODE"},
       "--max-code",
       "largest decoded source (all files)",
       size_setter(RIEMANN_FIELD(execution.max_code_bytes))},
      {"execution.max_stdin_bytes",
       {"RIEMANN_MAX_STDIN"},
       "--max-stdin",
       "largest decoded stdin",
       size_setter(RIEMANN_FIELD(execution.max_stdin_bytes))},
      {"execution.max_files",
       {"RIEMANN_MAX_FILES"},
       "--max-files",
       "files[] entries per request",
       uint_setter(RIEMANN_FIELD(execution.max_files))},
      {"execution.max_args",
       {"RIEMANN_MAX_ARGS"},
       "--max-args",
       "args[] entries per request",
       uint_setter(RIEMANN_FIELD(execution.max_args))},
      {"execution.default_security_level",
       {"RIEMANN_SECURITY_LEVEL", "SECURITY_LEVEL"},
       "--security-level",
       "low | medium | high",
       string_setter(RIEMANN_FIELD(execution.default_security_level))},
      {"execution.default_riemann_threshold",
       {"RIEMANN_THRESHOLD"},
       "--riemann-threshold",
       "0.0-1.0",
       double_setter(RIEMANN_FIELD(execution.default_riemann_threshold))},
      {"execution.allow_network",
       {"RIEMANN_ALLOW_NETWORK"},
       "--allow-network",
       "may requests ask for network: true",
       bool_setter(RIEMANN_FIELD(execution.allow_network))},
      {"execution.compile_cache_bytes",
       {"RIEMANN_COMPILE_CACHE"},
       "--compile-cache",
       "compile cache size bound",
       size_setter(RIEMANN_FIELD(execution.compile_cache_bytes))},
      {"execution.max_tests",
       {"RIEMANN_MAX_TESTS"},
       "--max-tests",
       "tests[] entries per request",
       uint_setter(RIEMANN_FIELD(execution.max_tests))},
      {"execution.restart_limit",
       {"RIEMANN_RESTART_LIMIT"},
       "--restart-limit",
       "restarts of one child within the window before escalation",
       uint_setter(RIEMANN_FIELD(execution.restart_limit))},
      {"execution.restart_window",
       {"RIEMANN_RESTART_WINDOW"},
       "--restart-window",
       "seconds of the restart-intensity window",
       seconds_setter(RIEMANN_FIELD(execution.restart_window))},
      {"sandbox.state_dir",
       {"RIEMANN_SANDBOX_DIR"},
       "--sandbox-dir",
       "per-slot scratch directory",
       string_setter(RIEMANN_FIELD(sandbox.state_dir))},
      {"sandbox.uid_base",
       {"RIEMANN_UID_BASE"},
       "--uid-base",
       "first sandbox uid",
       uint_setter(RIEMANN_FIELD(sandbox.uid_base))},
      {"sandbox.cgroup_name",
       {"RIEMANN_CGROUP"},
       "--cgroup",
       "our cgroup subtree name",
       string_setter(RIEMANN_FIELD(sandbox.cgroup_name))},
      {"sandbox.program_slice",
       {"RIEMANN_PROGRAM_SLICE"},
       "--program-slice",
       "seconds of a program's scheduler slice (0: the kernel's default)",
       seconds_setter(RIEMANN_FIELD(sandbox.program_slice))},
      {"paths.languages_dir",
       {"RIEMANN_LANGUAGES_DIR"},
       "--languages-dir",
       "directory of language definitions",
       string_setter(RIEMANN_FIELD(paths.languages_dir))},
      {"paths.rules_dir",
       {"RIEMANN_RULES_DIR"},
       "--rules-dir",
       "directory of pattern rules",
       string_setter(RIEMANN_FIELD(paths.rules_dir))},
      {"cluster.node_name",
       {"RIEMANN_NODE_NAME"},
       "--node-name",
       "this node's name",
       string_setter(RIEMANN_FIELD(cluster.node_name))},
      {"cluster.listen",
       {"RIEMANN_CLUSTER_LISTEN"},
       "--cluster-listen",
       "HOST:PORT for node-to-node traffic (enables cluster mode)",
       string_setter(RIEMANN_FIELD(cluster.listen))},
      {"cluster.join",
       {"RIEMANN_CLUSTER_JOIN"},
       "--join",
       "HOST:PORT of a seed node (repeat, or comma-separated)",
       list_setter(RIEMANN_FIELD(cluster.join))},
      {"cluster.secret",
       {"RIEMANN_CLUSTER_SECRET"},
       "--cluster-secret",
       "shared secret every node must prove",
       string_setter(RIEMANN_FIELD(cluster.secret))},
      {"cluster.heartbeat_interval",
       {"RIEMANN_CLUSTER_HEARTBEAT"},
       "--cluster-heartbeat",
       "seconds between heartbeats to peers",
       seconds_setter(RIEMANN_FIELD(cluster.heartbeat_interval))},
      {"cluster.suspect_after",
       {"RIEMANN_CLUSTER_SUSPECT_AFTER"},
       "--cluster-suspect-after",
       "seconds without a heartbeat before a peer is suspect",
       seconds_setter(RIEMANN_FIELD(cluster.suspect_after))},
      {"cluster.down_after",
       {"RIEMANN_CLUSTER_DOWN_AFTER"},
       "--cluster-down-after",
       "seconds without a heartbeat before a peer is down",
       seconds_setter(RIEMANN_FIELD(cluster.down_after))},
      {"cluster.tls_certificate",
       {"RIEMANN_CLUSTER_TLS_CERT"},
       "--cluster-tls-cert",
       "PEM certificate of this node for node-to-node TLS",
       string_setter(RIEMANN_FIELD(cluster.tls_certificate))},
      {"cluster.tls_key",
       {"RIEMANN_CLUSTER_TLS_KEY"},
       "--cluster-tls-key",
       "PEM private key of that certificate",
       string_setter(RIEMANN_FIELD(cluster.tls_key))},
      {"cluster.tls_ca",
       {"RIEMANN_CLUSTER_TLS_CA"},
       "--cluster-tls-ca",
       "PEM CA that every node's certificate must chain to",
       string_setter(RIEMANN_FIELD(cluster.tls_ca))},
      {"log.level",
       {"RIEMANN_LOG_LEVEL", "LOG_LEVEL"},
       "--log-level",
       "debug | info | warn | error",
       string_setter(RIEMANN_FIELD(log.level))},
  };
  return table;
}

#undef RIEMANN_FIELD

std::optional<LoadError> apply(Config& c, const Option& o, const std::string& value,
                               const std::string& source) {
  if (auto err = o.set(c, value)) {
    return LoadError{source + ": invalid value '" + value + "' for " + o.key + ": " + *err};
  }
  return std::nullopt;
}

// Options are scalars; null, arrays and objects are errors (not their serialized text).
std::optional<std::string> json_scalar_text(const json::value& v) {
  if (v.is_string()) return std::string(v.get_string());
  if (v.is_bool()) return v.get_bool() ? "true" : "false";
  if (v.is_number()) return json::serialize(v);
  return std::nullopt;
}

std::optional<LoadError> apply_file(Config& c, const std::string& path) {
  std::ifstream in(path);
  if (!in) return LoadError{"cannot read config file " + path};
  std::stringstream text;
  text << in.rdbuf();
  boost::system::error_code ec;
  auto doc = json::parse(text.str(), ec);
  if (ec || !doc.is_object()) return LoadError{path + ": not a JSON object"};
  for (const auto& [section, fields] : doc.get_object()) {
    if (!fields.is_object())
      return LoadError{path + ": section " + std::string(section) + " is not an object"};
    for (const auto& [field, value] : fields.get_object()) {
      const auto key = std::string(section) + "." + std::string(field);
      const Option* found = nullptr;
      for (const auto& o : options()) {
        if (o.key == key) found = &o;
      }
      if (!found) return LoadError{path + ": unknown option " + key};
      const auto text = json_scalar_text(value);
      if (!text) return LoadError{path + ": " + key + " must be a string, number or boolean"};
      if (auto err = apply(c, *found, *text, path)) return err;
    }
  }
  return std::nullopt;
}

std::optional<LoadError> apply_env(Config& c, const Environment& env) {
  for (const auto& o : options()) {
    // Later names are aliases (the seed's names); the canonical RIEMANN_* name wins.
    for (auto it = o.envs.rbegin(); it != o.envs.rend(); ++it) {
      if (auto e = env.find(*it); e != env.end()) {
        if (auto err = apply(c, o, e->second, "environment " + *it)) return err;
      }
    }
  }
  return std::nullopt;
}

const Option* find_flag(const std::string& flag) {
  for (const auto& o : options()) {
    if (o.flag == flag) return &o;
  }
  return nullptr;
}

std::string default_node_name() {
  char host[256] = {};
  if (gethostname(host, sizeof host - 1) != 0) return "node";
  std::string name;
  for (char ch : std::string(host)) {
    auto c = static_cast<unsigned char>(ch);
    if (std::isalnum(c) || ch == '-') name.push_back(static_cast<char>(std::tolower(c)));
    if (name.size() == kMaxNodeNameLength) break;
  }
  return name.empty() ? "node" : name;
}

bool valid_node_name(const std::string& name) {
  if (name.empty() || name.size() > kMaxNodeNameLength) return false;
  for (char ch : name) {
    auto c = static_cast<unsigned char>(ch);
    if (!std::isalnum(c) && ch != '-') return false;
  }
  return true;
}

}  // namespace

Environment process_environment() {
  Environment env;
  for (char** e = environ; e && *e; ++e) {
    std::string kv(*e);
    auto eq = kv.find('=');
    if (eq != std::string::npos) env.emplace(kv.substr(0, eq), kv.substr(eq + 1));
  }
  return env;
}

bool split_host_port(const std::string& text, std::string& host, unsigned short& port) {
  auto colon = text.rfind(':');
  if (colon == std::string::npos || colon == 0) return false;
  host = text.substr(0, colon);
  if (host.size() > 2 && host.front() == '[' && host.back() == ']') {
    host = host.substr(1, host.size() - 2);
  }
  auto p = parse_uint(std::string_view(text).substr(colon + 1));
  constexpr std::uint64_t kMaxPort = 65535;
  if (!p || *p > kMaxPort) return false;
  port = static_cast<unsigned short>(*p);
  return true;
}

bool is_loopback_host(const std::string& host) {
  if (host == "localhost") return true;
  // Literal addresses only: a name such as "127.attacker.example" may resolve anywhere.
  in_addr v4{};
  if (inet_pton(AF_INET, host.c_str(), &v4) == 1) {
    constexpr std::uint32_t kLoopbackNet = 0x7f000000, kNetMask = 0xff000000;  // 127.0.0.0/8
    return (ntohl(v4.s_addr) & kNetMask) == kLoopbackNet;
  }
  in6_addr v6{};
  if (inet_pton(AF_INET6, host.c_str(), &v6) == 1) return IN6_IS_ADDR_LOOPBACK(&v6);
  return false;
}

std::optional<std::string> validate_cluster(const ClusterConfig& c) {
  std::string host;
  unsigned short port = 0;
  if (c.listen.empty()) {
    if (!c.join.empty()) return "cluster.join: needs cluster.listen (--cluster-listen HOST:PORT)";
    return std::nullopt;
  }
  if (!split_host_port(c.listen, host, port))
    return "cluster.listen: '" + c.listen + "' is not HOST:PORT";
  // Node-to-node traffic runs programs: off loopback, only nodes that prove the secret may talk.
  if (c.secret.empty() && !is_loopback_host(host)) {
    return "cluster.listen: refusing non-loopback address '" + host +
           "' without a cluster secret (--cluster-secret / RIEMANN_CLUSTER_SECRET)";
  }
  for (const auto& seed : c.join) {
    if (!split_host_port(seed, host, port) || port == 0)
      return "cluster.join: '" + seed + "' is not HOST:PORT";
  }
  if (c.heartbeat_interval.count() <= 0) return "cluster.heartbeat_interval: must be > 0";
  const int tls_parts = !c.tls_certificate.empty() + !c.tls_key.empty() + !c.tls_ca.empty();
  if (tls_parts != 0 && tls_parts != 3)
    return "cluster.tls_*: give certificate, key and CA together";
  for (const auto* file : {&c.tls_certificate, &c.tls_key, &c.tls_ca}) {
    if (!file->empty() && ::access(file->c_str(), R_OK) != 0)
      return "cluster.tls_*: cannot read " + *file;
  }
  if (c.suspect_after <= c.heartbeat_interval || c.down_after <= c.suspect_after) {
    return "cluster: need heartbeat_interval < suspect_after < down_after";
  }
  return std::nullopt;
}

Expected<Config, LoadError> validate(Config c) {
  auto fail = [](std::string m) { return unexpected(LoadError{std::move(m)}); };
  std::string host;
  unsigned short port = 0;
  if (!split_host_port(c.server.listen, host, port)) {
    return fail("server.listen: '" + c.server.listen + "' is not HOST:PORT");
  }
  // An execution service without authentication must never face a network.
  if (!c.auth.enabled && !is_loopback_host(host)) {
    return fail("server.listen: refusing non-loopback address '" + host +
                "' with authentication off (--no-auth); listen on 127.0.0.1 or enable auth");
  }
  for (const auto* t : {&c.auth.free, &c.auth.pro, &c.auth.enterprise}) {
    if (t->rate <= 0 || t->burst == 0) return fail("auth: tier rates and bursts must be > 0");
  }
  if (c.webhooks.max_attempts == 0) return fail("webhooks.max_attempts: must be > 0");
  if (c.api.max_batch == 0) return fail("api.max_batch: must be > 0");
  if (c.server.io_threads == 0 || c.server.io_threads > kMaxIoThreads) {
    return fail("server.io_threads: must be 1.." + std::to_string(kMaxIoThreads));
  }
  if (c.execution.workers == 0) {
    c.execution.workers = kWorkersPerCore * std::max(1u, std::thread::hardware_concurrency());
  }
  if (c.execution.workers > kMaxWorkers) return fail("execution.workers: at most 1024");
  if (c.execution.queue_capacity == 0) return fail("execution.queue_capacity: must be > 0");
  if (c.execution.default_timeout > c.execution.max_timeout ||
      c.execution.default_timeout.count() <= 0) {
    return fail("execution.default_timeout: must be > 0 and <= execution.max_timeout");
  }
  if (c.execution.default_memory > c.execution.max_memory || c.execution.default_memory == 0) {
    return fail("execution.default_memory: must be > 0 and <= execution.max_memory");
  }
  if (c.execution.default_output > c.execution.max_output || c.execution.default_output == 0) {
    return fail("execution.default_output: must be > 0 and <= execution.max_output");
  }
  const auto& level = c.execution.default_security_level;
  if (level != "low" && level != "medium" && level != "high") {
    return fail("execution.default_security_level: '" + level + "' is not low, medium or high");
  }
  const double t = c.execution.default_riemann_threshold;
  if (t < 0 || t > kMaxThreshold)
    return fail("execution.default_riemann_threshold: must be 0.0-1.0");
  if (c.execution.restart_limit == 0) return fail("execution.restart_limit: must be > 0");
  const auto& log = c.log.level;
  if (log != "debug" && log != "info" && log != "warn" && log != "error") {
    return fail("log.level: '" + log + "' is not debug, info, warn or error");
  }
  if (c.cluster.node_name.empty()) {
    c.cluster.node_name = default_node_name();
    // Several nodes on one host must not share a name: in cluster mode the port tells them apart.
    std::string cluster_host;
    unsigned short cluster_port = 0;
    if (split_host_port(c.cluster.listen, cluster_host, cluster_port)) {
      const auto suffix = "-" + std::to_string(cluster_port);
      c.cluster.node_name =
          c.cluster.node_name.substr(0, kMaxNodeNameLength - suffix.size()) + suffix;
    }
  }
  if (!valid_node_name(c.cluster.node_name)) {
    return fail("cluster.node_name: letters, digits and '-' only, at most 32");
  }
  if (auto err = validate_cluster(c.cluster)) return fail(*err);
  if (c.paths.languages_dir.empty()) c.paths.languages_dir = RIEMANN_SHARE_DIR "/config/languages";
  if (c.paths.rules_dir.empty()) c.paths.rules_dir = RIEMANN_SHARE_DIR "/patterns/rules";
  if (c.storage.data_dir.empty()) return fail("storage.data_dir: must not be empty");
  if (c.storage.prune_interval.count() <= 0) return fail("storage.prune_interval: must be > 0");
  // uid_base + slot is the sandboxed program's uid: 0 would run slot 0 as root.
  if (c.sandbox.uid_base == 0) return fail("sandbox.uid_base: must be > 0 (slot 0 would be root)");
  if (c.sandbox.program_slice > kMaxProgramSlice ||
      (c.sandbox.program_slice.count() > 0 && c.sandbox.program_slice < kMinProgramSlice)) {
    return fail("sandbox.program_slice: 0 (kernel default) or 0.001 to 0.1 seconds");
  }
  return c;
}

Expected<Loaded, LoadError> load(const std::vector<std::string>& args, const Environment& env) {
  Loaded out;
  // The config file is found first (flag, then environment) so that its layer sits below both.
  std::string file;
  if (auto e = env.find("RIEMANN_CONFIG"); e != env.end()) file = e->second;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--config" && i + 1 < args.size()) file = args[i + 1];
    if (args[i].rfind("--config=", 0) == 0) file = args[i].substr(std::string("--config=").size());
  }
  if (!file.empty()) {
    if (auto err = apply_file(out.config, file)) return unexpected(*err);
  }
  if (auto err = apply_env(out.config, env)) return unexpected(*err);
  for (std::size_t i = 0; i < args.size(); ++i) {
    const auto& a = args[i];
    if (a.rfind("--", 0) != 0) {
      out.positional.push_back(a);
      continue;
    }
    std::string flag = a, value;
    bool inline_value = false;
    if (auto eq = a.find('='); eq != std::string::npos) {
      flag = a.substr(0, eq);
      value = a.substr(eq + 1);
      inline_value = true;
    }
    if (flag == "--config") {
      if (!inline_value) ++i;
      continue;
    }
    const Option* o = find_flag(flag);
    // Boolean switches: "--no-auth" sets auth false; "--allow-network" alone sets it true.
    if (!o && flag.rfind("--no-", 0) == 0 && !inline_value) {
      if (const Option* positive = find_flag("--" + flag.substr(5));
          positive && is_switch(*positive)) {
        if (auto err = apply(out.config, *positive, "false", "flag " + flag))
          return unexpected(*err);
        continue;
      }
    }
    if (o && is_switch(*o) && !inline_value &&
        (i + 1 >= args.size() || !parse_bool(args[i + 1]).has_value())) {
      if (auto err = apply(out.config, *o, "true", "flag " + flag)) return unexpected(*err);
      continue;
    }
    if (!inline_value) {
      if (i + 1 >= args.size()) return unexpected(LoadError{flag + ": missing value"});
      value = args[++i];
    }
    if (!o) return unexpected(LoadError{"unknown option " + flag + " (see --help)"});
    if (auto err = apply(out.config, *o, value, "flag " + flag)) return unexpected(*err);
  }
  auto valid = validate(std::move(out.config));
  if (!valid) return unexpected(valid.error());
  out.config = std::move(*valid);
  return out;
}

std::string options_help() {
  std::ostringstream out;
  out << "  --config FILE  JSON config file (env RIEMANN_CONFIG)\n";
  for (const auto& o : options()) {
    out << "  " << o.flag << " VALUE  " << o.help << " (env " << o.envs.front() << ", file "
        << o.key << ")\n";
  }
  return out.str();
}

}  // namespace riemann::config
