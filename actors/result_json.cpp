#include "actors/result_json.hpp"

#include <boost/json.hpp>
#include <cmath>

#include "config/units.hpp"
#include "storage/database.hpp"

namespace riemann::actors {
namespace {

namespace json = boost::json;

constexpr double kPercent = 100.0;
constexpr double kRoundTo = 1e6;    // times are reported to the microsecond
constexpr double kMsRoundTo = 1e3;  // ... also when given in milliseconds

double round_us(double seconds) {
  return std::round(seconds * kRoundTo) / kRoundTo;
}

json::object scan_json(const security_scan& s) {
  json::array issues;
  for (const auto& i : s.issues) {
    issues.push_back(json::object{{"rule_id", i.rule_id},
                                  {"severity", i.severity},
                                  {"confidence", i.confidence},
                                  {"cwe", i.cwe},
                                  {"message", i.message},
                                  {"file", i.file},
                                  {"line", i.line},
                                  {"column", i.column},
                                  {"snippet", sanitize_utf8(i.snippet)},
                                  {"suppressed", i.suppressed}});
  }
  json::array events;
  for (const auto& e : s.runtime_events) {
    events.push_back(
        json::object{{"syscall", e.syscall}, {"action", e.action}, {"count", e.count}});
  }
  return json::object{{"score", s.score},
                      {"level", s.level},
                      {"complete", s.complete},
                      {"issues", std::move(issues)},
                      {"runtime_events", std::move(events)}};
}

json::object riemann_json(const riemann_analysis& r) {
  json::array matched;
  for (const auto& p : r.patterns_matched) matched.push_back(json::string(p));
  // pattern -> confidence, for every pattern with any evidence (as `riemann scan` prints it).
  json::object patterns;
  for (const auto& p : r.patterns) patterns[p.pattern] = p.confidence;
  json::array evidence;
  for (const auto& e : r.evidence) {
    evidence.push_back(json::object{{"pattern", e.pattern}, {"line", e.line}, {"why", e.why}});
  }
  return json::object{{"score", r.score},
                      {"confidence", r.confidence},
                      {"patterns_matched", std::move(matched)},
                      {"patterns", std::move(patterns)},
                      {"evidence", std::move(evidence)}};
}

json::object usage_json(const run_outcome& run) {
  const double cpu_share = run.wall_time_s > 0 ? run.cpu_time_s / run.wall_time_s * kPercent : 0;
  char cpu[32];
  std::snprintf(cpu, sizeof cpu, "%.0f%%", cpu_share);
  return json::object{{"cpu", cpu},
                      {"cpu_time", round_us(run.cpu_time_s)},
                      {"memory", config::format_size(run.memory_bytes)},
                      {"memory_bytes", run.memory_bytes},
                      // Bytes over the box's own loopback: nothing ever leaves the box (no IP
                      // sockets with network=false; a private loopback only with network=true).
                      {"network", config::format_size(run.network_bytes)},
                      {"network_bytes", run.network_bytes}};
}

json::object timings_json(const engine_timings& t) {
  const auto ms = [](double v) { return std::round(v * kMsRoundTo) / kMsRoundTo; };
  return json::object{{"analysis_ms", ms(t.analysis_ms)},
                      {"analysis_wait_ms", ms(t.analysis_wait_ms)},
                      {"run_ms", ms(t.run_ms)},
                      {"total_ms", ms(t.total_ms)}};
}

json::array tests_json(const std::vector<test_outcome>& tests) {
  json::array out;
  for (const auto& t : tests) {
    out.push_back(json::object{
        {"status", t.status},
        {"verdict", t.verdict.empty() ? json::value(nullptr) : json::value(t.verdict)},
        {"output", sanitize_utf8(t.output)},
        {"stderr", sanitize_utf8(t.error_output)},
        {"exit_code", t.has_exit_code ? json::value(t.exit_code) : json::value(nullptr)},
        {"signal", t.signal != 0 ? json::value(t.signal) : json::value(nullptr)},
        {"execution_time", round_us(t.cpu_time_s)},
        {"wall_time", round_us(t.wall_time_s)},
        {"memory", config::format_size(t.memory_bytes)},
        {"memory_bytes", t.memory_bytes},
        {"truncated", t.truncated}});
  }
  return out;
}

}  // namespace

bool is_terminal(const std::string& status) {
  return storage::is_terminal_status(status);
}

std::string sanitize_utf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  constexpr std::string_view kReplacement = "\xEF\xBF\xBD";
  std::size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    std::size_t len = c < 0x80           ? 1
                      : (c >> 5) == 0x6  ? 2
                      : (c >> 4) == 0xE  ? 3
                      : (c >> 3) == 0x1E ? 4
                                         : 0;
    bool ok = len > 0 && i + len <= s.size();
    for (std::size_t k = 1; ok && k < len; ++k) {
      ok = (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80;
    }
    if (ok && len > 1) {
      // Reject overlong encodings, surrogates and code points beyond U+10FFFF.
      std::uint32_t cp = c & (0x7F >> len);
      for (std::size_t k = 1; k < len; ++k)
        cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
      constexpr std::uint32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
      ok = cp >= kMin[len] && cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF);
    }
    if (ok) {
      out.append(s.substr(i, len));
      i += len;
    } else {
      out.append(kReplacement);
      ++i;
    }
  }
  return out;
}

std::string result_to_json(const execution_result& r) {
  json::object data{
      {"execution_id", r.id},
      {"status", r.status},
      {"language", r.language},
      {"output", sanitize_utf8(r.run.output)},
      {"stderr", sanitize_utf8(r.run.error_output)},
      {"compile_output", sanitize_utf8(r.run.compile_output)},
      {"exit_code", r.run.has_exit_code ? json::value(r.run.exit_code) : json::value(nullptr)},
      {"signal", r.run.signal != 0 ? json::value(r.run.signal) : json::value(nullptr)},
      {"execution_time", round_us(r.run.cpu_time_s)},
      {"wall_time", round_us(r.run.wall_time_s)},
      {"truncated", r.run.truncated},
      {"security_scan", scan_json(r.security)},
      {"riemann_analysis", riemann_json(r.riemann)},
      {"resource_usage", usage_json(r.run)},
      {"node", r.run.node},
      {"created_at", config::format_timestamp(r.created_at_ms)},
      {"completed_at", config::format_timestamp(r.completed_at_ms)},
      {"timings", timings_json(r.timings)},
  };
  if (r.run.compiled) {
    data["compile"] =
        json::object{{"cached", r.run.compile_cached}, {"time", round_us(r.run.compile_time_s)}};
  }
  if (!r.run.tests.empty()) data["tests"] = tests_json(r.run.tests);
  if (!r.error.empty()) data["error"] = r.error;
  return json::serialize(data);
}

std::string pending_to_json(const stored_execution& e) {
  return json::serialize(json::object{{"execution_id", e.id},
                                      {"status", e.status},
                                      {"language", e.language},
                                      {"node", e.node},
                                      {"created_at", config::format_timestamp(e.created_at_ms)}});
}

std::string request_to_json(const execution_request& q) {
  json::array files;
  for (const auto& f : q.files) {
    files.push_back(json::object{{"name", sanitize_utf8(f.name)}, {"bytes", f.content.size()}});
  }
  json::array args;
  for (const auto& a : q.args) args.push_back(json::string(sanitize_utf8(a)));
  return json::serialize(json::object{{"language", q.language},
                                      {"version", q.version},
                                      {"files", std::move(files)},
                                      {"stdin_bytes", q.stdin_data.size()},
                                      {"args", std::move(args)},
                                      {"tests", q.tests.size()},
                                      {"timeout_ms", q.timeout_ms},
                                      {"memory_bytes", q.memory_bytes},
                                      {"max_output_bytes", q.max_output_bytes},
                                      {"security_level", q.security_level},
                                      {"riemann_threshold", q.riemann_threshold},
                                      {"network", q.network},
                                      {"wait", q.wait},
                                      {"request_id", q.request_id}});
}

}  // namespace riemann::actors
