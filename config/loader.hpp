// Loads the Config once: defaults < JSON file < environment < flags, then validates it.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "config/config.hpp"
#include "config/expected.hpp"

namespace riemann::config {

struct LoadError {
  std::string message;  // names the option, the bad value and what is allowed
};

// The environment as a map, so tests do not depend on the real one.
using Environment = std::map<std::string, std::string>;
Environment process_environment();

struct Loaded {
  Config config;
  std::vector<std::string> positional;  // arguments that are not flags (e.g. FILE of `run`)
};

// `args`: command-line arguments after the sub-command. Unknown flags are errors.
Expected<Loaded, LoadError> load(const std::vector<std::string>& args, const Environment& env);

// Checks the whole struct and fills derived defaults (workers, node name, paths).
Expected<Config, LoadError> validate(Config config);

// One line per option: flag, environment variable, file key, default, help.
std::string options_help();

// True for 127.0.0.0/8, ::1 and "localhost".
bool is_loopback_host(const std::string& host);

// Splits "HOST:PORT" (and "[v6]:PORT"); false when malformed.
bool split_host_port(const std::string& text, std::string& host, unsigned short& port);

}  // namespace riemann::config
