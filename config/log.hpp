// Structured logs: one JSON object per line on stderr, with a timestamp, a level, an event name
// and fields (SPEC §11). Thread-safe; lines below the configured level are dropped cheaply.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

namespace riemann::config {

enum class LogLevel { debug, info, warn, error };

void set_log_level(std::string_view level);  // "debug" | "info" | "warn" | "error"
bool log_enabled(LogLevel level);

using LogField = std::pair<std::string_view, std::string>;
void log(LogLevel level, std::string_view event, std::initializer_list<LogField> fields = {});

}  // namespace riemann::config
