// The one configuration struct of riemann (house style rule 5).
//
// Every field has a default and a comment. It is loaded once, in this order, each layer
// overriding the one before: defaults < JSON file (--config / RIEMANN_CONFIG) < environment
// (RIEMANN_*, and the seed's RIEMANN_THRESHOLD, SECURITY_LEVEL, LOG_LEVEL, MAX_EXECUTION_TIME)
// < command-line flags. Then validate() checks it as a whole; nothing reads the environment later.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

namespace riemann::config {

using std::chrono::milliseconds;

inline constexpr std::uint64_t KiB = 1024;
inline constexpr std::uint64_t MiB = 1024 * KiB;
inline constexpr std::uint64_t GiB = 1024 * MiB;

struct ServerConfig {
  std::string listen = "127.0.0.1:8080";    // HOST:PORT of the HTTP API
  unsigned io_threads = 1;                  // asio threads; executions never run on them
  std::uint64_t max_body_bytes = 10 * MiB;  // larger request bodies get 413
  milliseconds read_timeout{30'000};        // whole request (headers + body) must arrive in this
  milliseconds idle_timeout{60'000};        // keep-alive connection closed after this idle time
  milliseconds request_slack{10'000};       // added to an execution's own limits for the reply
};

struct StorageConfig {
  std::string data_dir = "./data";           // SQLite file (riemann.db) and other state live here
  unsigned retention_days = 30;              // executions older than this are deleted
  std::uint64_t retention_rows = 1'000'000;  // at most this many executions are kept
  milliseconds prune_interval{3'600'000};    // retention is applied at start-up and this often
};

struct ExecutionConfig {
  unsigned workers = 0;                      // concurrent sandboxed runs; 0 = 2 per core
  unsigned queue_capacity = 64;              // accepted-but-waiting executions; beyond: 503
  milliseconds default_timeout{10'000};      // wall-clock limit when the request gives none
  milliseconds max_timeout{60'000};          // largest `options.timeout` a request may ask
  std::uint64_t default_memory = 256 * MiB;  // memory limit when the request gives none
  std::uint64_t max_memory = 2 * GiB;        // largest `options.memory_limit`
  std::uint64_t default_output = 1 * MiB;    // per-stream output cap when none is given
  std::uint64_t max_output = 16 * MiB;       // largest `options.max_output`
  std::uint64_t max_code_bytes = 4 * MiB;    // decoded source size (all files) a request may send
  std::uint64_t max_stdin_bytes = 4 * MiB;   // decoded stdin size
  unsigned max_files = 64;                   // files[] entries per request
  unsigned max_args = 64;                    // args[] entries per request
  std::string default_security_level = "medium";  // low | medium | high
  double default_riemann_threshold = 0.7;  // patterns below this confidence are not "matched"
  bool allow_network = false;              // may a request ask for `network: true`?
  std::uint64_t compile_cache_bytes = 512 * MiB;  // compile cache bound on disk (LRU beyond)
  unsigned max_tests = 64;                        // tests[] entries per request
  unsigned restart_limit = 5;           // a supervisor restarts a child at most this often...
  milliseconds restart_window{10'000};  // ...within this window, then escalates
};

// Requests per second (token refill), burst (bucket size), and per calendar month (0 = none).
struct TierLimits {
  double rate = 5;
  unsigned burst = 10;
  std::uint64_t monthly = 10'000;
};

struct AuthConfig {
  bool enabled = true;             // API keys required on /v1 (--no-auth: loopback only)
  bool open_health = true;         // GET /health answers without a key
  bool open_metrics = true;        // GET /metrics answers without a key
  TierLimits free{5, 10, 10'000};  // SPEC §5.4
  TierLimits pro{50, 100, 100'000};
  TierLimits enterprise{500, 1'000, 0};  // "from config": generous, no monthly cap
};

struct WebhookConfig {
  std::string secret;                   // HMAC-SHA256 key for X-Riemann-Signature
  std::string allow_private;            // comma-separated hosts/IPs allowed though private
  std::string alert_url;                // where system.alert events go ("" = nowhere)
  unsigned max_attempts = 8;            // deliveries give up after this many tries
  milliseconds initial_backoff{1'000};  // doubles after every failed attempt
  milliseconds max_backoff{300'000};    // ... up to this
  milliseconds timeout{5'000};          // connect + send + receive of one attempt
};

struct ApiConfig {
  unsigned max_batch = 32;                 // items in POST /v1/execute/batch
  std::uint64_t ws_max_message = 1 * MiB;  // largest WebSocket message a client may send
};

struct SandboxConfig {
  std::string state_dir = "/run/riemann";  // per-slot scratch; emptied at start-up
  std::uint32_t uid_base = 60000;          // slot i runs as uid/gid uid_base + i
  std::string cgroup_name = "riemann";     // our own subtree under each cgroup controller
  // The programs' scheduler slice (EEVDF custom slice, Linux >= 6.12; 0 = the kernel's default,
  // 1.4 ms here). With two slots per core, programs share a core; a longer slice means fewer
  // switches between them and fewer cache refills: +2-5 % executions/s at 8 clients. Longer
  // still is not faster and lengthens the tail under saturation (p99 64 ms at 0, ~125 ms at 5,
  // 236-326 ms at 20: docs/PERFORMANCE.md). Fairness over time is unchanged.
  milliseconds program_slice{5};
};

struct PathsConfig {
  std::string languages_dir;  // language definitions (*.json); default: share dir
  std::string rules_dir;      // pattern and rule files; default: share dir
};

struct ClusterConfig {
  std::string node_name;                   // this node's name in ids and metadata; default host
  std::string listen;                      // HOST:PORT for node-to-node traffic; "" = single node
  std::vector<std::string> join;           // HOST:PORT of seed nodes to join at start-up
  std::string secret;                      // shared cluster secret; required off loopback
  milliseconds heartbeat_interval{1'000};  // status sent to every peer this often
  milliseconds suspect_after{3'000};       // no heartbeat for this long: suspect
  milliseconds down_after{8'000};          // no heartbeat for this long: down (dispatch stops)
  milliseconds rejoin_interval{2'000};     // a down or unreached peer is redialled this often
  std::string tls_certificate;             // PEM certificate of this node (signed by tls_ca)
  std::string tls_key;                     // its PEM private key
  std::string tls_ca;                      // PEM CA every peer's certificate must chain to;
                                           // all three set: node-to-node traffic is mutual TLS
};

struct LogConfig {
  std::string level = "info";  // debug | info | warn | error
};

struct Config {
  ServerConfig server;
  AuthConfig auth;
  WebhookConfig webhooks;
  ApiConfig api;
  StorageConfig storage;
  ExecutionConfig execution;
  SandboxConfig sandbox;
  PathsConfig paths;
  ClusterConfig cluster;
  LogConfig log;
};

}  // namespace riemann::config
