#include "config/units.hpp"

#include <array>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <limits>

namespace riemann::config {
namespace {

struct Unit {
  std::string_view suffix;
  std::uint64_t factor;
};

// Longest suffixes first so that "MIB" is not read as "B".
constexpr std::array<Unit, 10> kUnits{{{"KIB", 1ull << 10},
                                       {"MIB", 1ull << 20},
                                       {"GIB", 1ull << 30},
                                       {"KB", 1ull << 10},
                                       {"MB", 1ull << 20},
                                       {"GB", 1ull << 30},
                                       {"K", 1ull << 10},
                                       {"M", 1ull << 20},
                                       {"G", 1ull << 30},
                                       {"B", 1}}};

std::string upper(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

}  // namespace

std::optional<std::uint64_t> parse_uint(std::string_view text) {
  std::uint64_t value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc{} || end != text.data() + text.size() || text.empty()) return std::nullopt;
  return value;
}

std::optional<double> parse_double(std::string_view text) {
  double value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc{} || end != text.data() + text.size() || text.empty()) return std::nullopt;
  if (!std::isfinite(value)) return std::nullopt;
  return value;
}

std::optional<bool> parse_bool(std::string_view text) {
  auto t = upper(trim(text));
  if (t == "1" || t == "TRUE" || t == "YES" || t == "ON") return true;
  if (t == "0" || t == "FALSE" || t == "NO" || t == "OFF") return false;
  return std::nullopt;
}

std::optional<std::uint64_t> parse_size(std::string_view text) {
  auto t = upper(trim(text));
  std::uint64_t factor = 1;
  std::string_view number = t;
  for (const auto& unit : kUnits) {
    if (number.size() > unit.suffix.size() && number.ends_with(unit.suffix)) {
      factor = unit.factor;
      number.remove_suffix(unit.suffix.size());
      break;
    }
  }
  number = trim(number);
  // Whole numbers are computed exactly: a double would round byte counts above 2^53.
  if (auto whole = parse_uint(number)) {
    if (*whole > std::numeric_limits<std::uint64_t>::max() / factor) return std::nullopt;
    return *whole * factor;
  }
  auto value = parse_double(number);
  if (!value || *value < 0) return std::nullopt;
  const double bytes = *value * static_cast<double>(factor);
  if (bytes >= static_cast<double>(std::numeric_limits<std::uint64_t>::max())) return std::nullopt;
  return static_cast<std::uint64_t>(bytes);
}

std::string format_size(std::uint64_t bytes) {
  constexpr std::array<Unit, 3> kPrint{
      {{"GB", 1ull << 30}, {"MB", 1ull << 20}, {"KB", 1ull << 10}}};
  for (const auto& unit : kPrint) {
    // Just below a unit but rounding up to it ("1024.0KB") prints as 1.0 of that unit.
    const std::uint64_t smaller = unit.factor >> 10;
    const bool rounds_up = smaller > 1 && std::round(static_cast<double>(bytes) * 10 /
                                                     static_cast<double>(smaller)) >= 10240;
    if (bytes < unit.factor && !rounds_up) continue;
    char buf[32];
    if (bytes % unit.factor == 0) {
      std::snprintf(buf, sizeof buf, "%llu%s", static_cast<unsigned long long>(bytes / unit.factor),
                    unit.suffix.data());
    } else {
      std::snprintf(buf, sizeof buf, "%.1f%s",
                    static_cast<double>(bytes) / static_cast<double>(unit.factor),
                    unit.suffix.data());
    }
    return buf;
  }
  return std::to_string(bytes) + "B";
}

}  // namespace riemann::config

#include <chrono>
#include <ctime>

namespace riemann::config {

std::int64_t now_ms() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

std::string format_timestamp(std::int64_t ms) {
  constexpr std::int64_t kMsPerSecond = 1000;
  // Floor division, so that times before the epoch keep a millisecond part in 0..999.
  std::int64_t millis = ms % kMsPerSecond;
  std::int64_t whole = ms / kMsPerSecond;
  if (millis < 0) {
    millis += kMsPerSecond;
    --whole;
  }
  std::time_t seconds = static_cast<std::time_t>(whole);
  std::tm tm{};
  gmtime_r(&seconds, &tm);
  char buf[64];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900,
                tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec,
                static_cast<int>(millis));
  return buf;
}

}  // namespace riemann::config

namespace riemann::config {

std::string to_hex(const unsigned char* data, std::size_t size) {
  static constexpr char kDigits[] = "0123456789abcdef";
  constexpr unsigned kNibbleBits = 4;
  constexpr unsigned kNibbleMask = 0xF;
  std::string out;
  out.reserve(2 * size);
  for (std::size_t i = 0; i < size; ++i) {
    out.push_back(kDigits[data[i] >> kNibbleBits]);
    out.push_back(kDigits[data[i] & kNibbleMask]);
  }
  return out;
}

}  // namespace riemann::config
