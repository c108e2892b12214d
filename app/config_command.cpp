// `riemann config check [flags]`: loads and validates the configuration without running
// anything, then prints the effective values. Exit 0 when valid, 2 otherwise.
#include <cstdio>

#include "app/commands.hpp"
#include "config/languages.hpp"
#include "config/loader.hpp"
#include "config/units.hpp"

namespace riemann::app {

int config_command(const Args& raw) {
  constexpr int kValid = 0;
  constexpr int kInvalid = 2;
  if (raw.empty() || raw.front() != "check") {
    std::fprintf(stderr, "usage: riemann config check [options]\n%s",
                 config::options_help().c_str());
    return kInvalid;
  }
  Args args(raw.begin() + 1, raw.end());
  auto loaded = config::load(args, config::process_environment());
  if (!loaded) {
    std::fprintf(stderr, "config invalid: %s\n", loaded.error().message.c_str());
    return kInvalid;
  }
  const auto& c = loaded->config;
  auto languages = config::LanguageRegistry::load(c.paths.languages_dir);
  if (!languages) {
    std::fprintf(stderr, "config invalid: %s\n", languages.error().message.c_str());
    return kInvalid;
  }
  std::printf("config ok\n");
  std::printf("  listen            %s\n", c.server.listen.c_str());
  std::printf("  data_dir          %s\n", c.storage.data_dir.c_str());
  std::printf("  node_name         %s\n", c.cluster.node_name.c_str());
  std::printf("  workers           %u (queue %u)\n", c.execution.workers,
              c.execution.queue_capacity);
  std::printf("  default limits    timeout %.1fs, memory %s, output %s\n",
              static_cast<double>(c.execution.default_timeout.count()) / 1000.0,
              config::format_size(c.execution.default_memory).c_str(),
              config::format_size(c.execution.default_output).c_str());
  for (const auto& l : languages->all()) {
    std::printf("  language %-9s %s\n", l.name.c_str(),
                l.available ? l.version.c_str() : ("unavailable: " + l.unavailable_reason).c_str());
  }
  return kValid;
}

}  // namespace riemann::app
