#include "config/log.hpp"

#include <atomic>
#include <boost/json.hpp>
#include <cstdio>
#include <mutex>

#include "config/units.hpp"

namespace riemann::config {
namespace {

std::atomic<int> g_level{static_cast<int>(LogLevel::info)};
std::mutex g_write;

const char* name(LogLevel l) {
  switch (l) {
    case LogLevel::debug:
      return "debug";
    case LogLevel::info:
      return "info";
    case LogLevel::warn:
      return "warn";
    case LogLevel::error:
      return "error";
  }
  return "info";
}

}  // namespace

void set_log_level(std::string_view level) {
  LogLevel l = LogLevel::info;
  if (level == "debug") l = LogLevel::debug;
  if (level == "warn") l = LogLevel::warn;
  if (level == "error") l = LogLevel::error;
  g_level.store(static_cast<int>(l), std::memory_order_relaxed);
}

bool log_enabled(LogLevel level) {
  return static_cast<int>(level) >= g_level.load(std::memory_order_relaxed);
}

void log(LogLevel level, std::string_view event, std::initializer_list<LogField> fields) {
  if (!log_enabled(level)) return;
  boost::json::object line{
      {"ts", format_timestamp(now_ms())}, {"level", name(level)}, {"event", event}};
  for (const auto& [key, value] : fields) line[key] = value;
  auto text = boost::json::serialize(line);
  text.push_back('\n');
  std::lock_guard lock(g_write);
  std::fwrite(text.data(), 1, text.size(), stderr);
}

}  // namespace riemann::config
