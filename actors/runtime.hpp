// The actor tree of one node, behind a small callback API: this is all net/ and the CLI see of
// CAF. Each call is non-blocking: it spawns a one-shot actor that does request(...).then(...)
// against the root supervisor, and the reply callback runs on a CAF thread (net/ posts it back
// to its own io strand). Nothing here knows about HTTP.
#pragma once

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "actors/errors.hpp"
#include "actors/messages.hpp"
#include "actors/metrics.hpp"
#include "actors/runner.hpp"
#include "actors/stream_registry.hpp"
#include "actors/webhook_dispatcher.hpp"
#include "config/config.hpp"
#include "config/expected.hpp"
#include "config/languages.hpp"
#include "storage/database.hpp"

namespace riemann::actors {

struct EngineError {
  errc code;
  std::string message;
};

template <class T>
using Reply = std::function<void(Expected<T, EngineError>)>;

struct RuntimeOptions {
  config::Config config;
  std::shared_ptr<const config::LanguageRegistry> languages;
  Runner runner;  // empty: the sandbox runner (production); tests may inject their own
  WebhookSender webhook_sender;  // net/webhook_client in production; empty: no delivery
};

class Runtime {
 public:
  // Creates the sandbox, loads the rules, opens the database, starts the tree, and ends any
  // execution a previous crash left unfinished. Errors are start-up failures, said plainly.
  static Expected<std::unique_ptr<Runtime>, std::string> start(RuntimeOptions options);
  ~Runtime();  // stops the tree; waits for running programs to end (bounded by their limits)
  Runtime(const Runtime&) = delete;
  Runtime& operator=(const Runtime&) = delete;

  void execute(execution_request request, std::chrono::milliseconds timeout,
               Reply<execution_result> reply);
  void fetch(std::string id, Reply<stored_execution> reply);
  void figures(Reply<std::vector<supervisor_figures>> reply);
  void count(Reply<std::uint64_t> reply);
  // Every node this one knows (itself first), with state, capacity, languages and figures.
  void cluster(Reply<std::vector<node_status>> reply);

  // Live output: listener gets "started", "stdout" and "stderr" events of execution `id` while
  // it runs on this node. Register before execute(), remove after the reply.
  StreamRegistry& streams() { return *streams_; }

  // Blocking forms for the CLI and tests (never call them on an io thread).
  Expected<execution_result, EngineError> execute_sync(execution_request request,
                                                       std::chrono::milliseconds timeout);

  // API keys: a cached, read-only lookup (its own SQLite connection) and usage counting.
  Expected<std::optional<storage::ApiKey>, std::string> lookup_key(const std::string& key_hash);
  std::uint64_t usage(const std::string& key_id, const std::string& month);
  void record_usage(const std::string& key_id, const std::string& month);

  // Admission control: at most workers + queue_capacity executions in the engine at once.
  // try_admit() false means "503, retry later"; every admitted execution calls release().
  bool try_admit();
  void release();
  std::int64_t admitted() const { return admitted_.load(); }

  Metrics& metrics() { return *metrics_; }
  const config::Config& config() const { return options_.config; }
  const config::LanguageRegistry& languages() const { return *options_.languages; }
  // What a request may ask for: this node's languages, plus in cluster mode those only other
  // nodes that are up can run (listed as available, without a local definition if unknown here).
  std::shared_ptr<const config::LanguageRegistry> runnable_languages() const;
  std::vector<std::string> warnings() const { return warnings_; }
  bool root_alive() const;
  std::uint64_t recovered_at_start() const { return recovered_; }

  struct Impl;
  class Passkey {  // only start() constructs a Runtime
    friend class Runtime;
    Passkey() = default;
  };
  Runtime(Passkey, RuntimeOptions options, std::shared_ptr<Metrics> metrics);

 private:
  RuntimeOptions options_;
  std::shared_ptr<Metrics> metrics_;
  std::shared_ptr<StreamRegistry> streams_ = std::make_shared<StreamRegistry>();
  std::vector<std::string> warnings_;
  std::uint64_t recovered_ = 0;
  std::atomic<std::int64_t> admitted_{0};
  mutable std::mutex runnable_mutex_;
  std::shared_ptr<const config::LanguageRegistry> runnable_;  // null: the local registry
  std::unique_ptr<Impl> impl_;
};

EngineError to_engine_error(const caf::error& err);

}  // namespace riemann::actors
