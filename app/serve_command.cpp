// `riemann serve`: the HTTP API over the actor tree, in embedded single-node mode.
#include <signal.h>

#include <cstdio>
#include <memory>

#include "actors/runtime.hpp"
#include "app/commands.hpp"
#include "config/loader.hpp"
#include "config/log.hpp"
#include "net/api.hpp"
#include "net/server.hpp"
#include "net/webhook_client.hpp"

namespace riemann::app {
namespace {

constexpr int kExitOk = 0;
constexpr int kExitUsage = 2;
constexpr int kExitStartup = 1;

// Blocks the stop signals in this thread before any other thread exists, so that every thread
// inherits the mask and only sigwait() below receives them.
sigset_t block_stop_signals() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &set, nullptr);
  // A client or a sandboxed program closing a pipe or socket early must not kill the server.
  signal(SIGPIPE, SIG_IGN);
  return set;
}

}  // namespace

int serve_command(const Args& raw) {
  auto loaded = config::load(raw, config::process_environment());
  if (!loaded) {
    std::fprintf(stderr, "riemann serve: %s\n", loaded.error().message.c_str());
    return kExitUsage;
  }
  if (!loaded->positional.empty()) {
    std::fprintf(stderr, "riemann serve: unexpected argument '%s'\n",
                 loaded->positional.front().c_str());
    return kExitUsage;
  }
  const auto& cfg = loaded->config;
  config::set_log_level(cfg.log.level);
  const auto stop_signals = block_stop_signals();

  auto languages = config::LanguageRegistry::load(cfg.paths.languages_dir);
  if (!languages) {
    config::log(config::LogLevel::error, "startup_failed", {{"error", languages.error().message}});
    return kExitStartup;
  }
  for (const auto& l : languages->all()) {
    config::log(l.available ? config::LogLevel::info : config::LogLevel::warn, "language",
                {{"name", l.name},
                 {"version", l.version},
                 {"available", l.available ? "true" : "false"},
                 {"reason", l.unavailable_reason}});
  }
  actors::RuntimeOptions options{
      cfg,
      std::make_shared<config::LanguageRegistry>(std::move(*languages)),
      {},
      [webhooks = cfg.webhooks](const std::string& url, const std::string& event,
                                const std::string& body) {
        return net::post_webhook(url, event, body, webhooks);
      }};
  auto runtime = actors::Runtime::start(std::move(options));
  if (!runtime) {
    config::log(config::LogLevel::error, "startup_failed", {{"error", runtime.error()}});
    return kExitStartup;
  }
  for (const auto& w : (*runtime)->warnings())
    config::log(config::LogLevel::warn, "sandbox_weaker", {{"what", w}});
  if ((*runtime)->recovered_at_start() > 0) {
    config::log(config::LogLevel::warn, "recovered_unfinished",
                {{"executions", std::to_string((*runtime)->recovered_at_start())}});
  }

  net::Api api(**runtime);
  net::HttpServer server(cfg.server, api);
  std::string host;
  unsigned short port = 0;
  config::split_host_port(cfg.server.listen, host, port);
  auto bound = server.start(host, port);
  if (!bound) {
    config::log(config::LogLevel::error, "startup_failed", {{"error", bound.error()}});
    return kExitStartup;
  }
  config::log(config::LogLevel::info, "listening",
              {{"address", host + ":" + std::to_string(*bound)},
               {"node", cfg.cluster.node_name},
               {"data_dir", cfg.storage.data_dir},
               {"workers", std::to_string(cfg.execution.workers)}});
  std::printf("riemann listening on http://%s:%u\n", host.c_str(), static_cast<unsigned>(*bound));
  std::fflush(stdout);

  int sig = 0;
  sigwait(&stop_signals, &sig);
  config::log(config::LogLevel::info, "stopping", {{"signal", std::to_string(sig)}});
  server.stop();
  runtime->reset();
  return kExitOk;
}

}  // namespace riemann::app
