#include "net/handlers.hpp"

#include <algorithm>
#include <map>

#include <boost/json.hpp>

#include "actors/result_json.hpp"
#include "config/units.hpp"

namespace riemann::net {
namespace {

namespace json = boost::json;

constexpr unsigned kOk = 200;
constexpr unsigned kAccepted = 202;
constexpr unsigned kUnavailable = 503;
constexpr std::int64_t kSecondsPerMinute = 60;
constexpr std::int64_t kSecondsPerHour = 3600;
constexpr std::int64_t kSecondsPerDay = 86400;

json::object figures_json(const actors::supervisor_figures& f) {
  return json::object{{"name", f.name},
                      {"children", f.children},
                      {"children_alive", f.children_alive},
                      {"restarts", f.restarts},
                      {"escalations", f.escalations},
                      {"mailbox_depth", f.mailbox_depth},
                      {"in_flight", f.in_flight},
                      {"queued", f.queued}};
}

bool engine_degraded(const HealthInput& in) {
  for (const auto& f : in.supervisors) {
    if (f.children_alive < f.children) return true;
  }
  return false;
}

std::string health_status(const HealthInput& in) {
  if (!in.root_alive || !in.total_executions) return "unhealthy";
  // The node never claims more than its components: a degraded sandbox degrades it too.
  if (engine_degraded(in) || !in.sandbox_warnings.empty()) return "degraded";
  return "healthy";
}

}  // namespace

HttpResponse envelope(unsigned status, const std::string& data_json, const ResponseMeta& meta) {
  json::object metadata{{"timestamp", config::format_timestamp(config::now_ms())},
                        {"version", RIEMANN_VERSION},
                        {"request_id", meta.request_id},
                        {"node", meta.node}};
  HttpResponse r;
  r.status = status;
  r.body.reserve(data_json.size() + 160);
  r.body.append("{\"success\":true,\"data\":").append(data_json).append(",\"metadata\":");
  r.body.append(json::serialize(metadata)).append("}");
  return r;
}

HttpResponse render_result(const actors::execution_result& result, const ResponseMeta& meta) {
  return envelope(kOk, actors::result_to_json(result), meta);
}

HttpResponse render_stored(const actors::stored_execution& e, const ResponseMeta& meta) {
  if (actors::is_terminal(e.status) && !e.result_json.empty()) {
    return envelope(kOk, e.result_json, meta);
  }
  return envelope(kOk, actors::pending_to_json(e), meta);
}

HttpResponse render_accepted(const std::string& id, const ResponseMeta& meta) {
  return envelope(kAccepted,
                  json::serialize(json::object{{"execution_id", id}, {"status", "queued"}}), meta);
}

std::string format_uptime(std::int64_t s) {
  const auto days = s / kSecondsPerDay;
  const auto hours = s % kSecondsPerDay / kSecondsPerHour;
  const auto minutes = s % kSecondsPerHour / kSecondsPerMinute;
  std::string out;
  if (days > 0) out += std::to_string(days) + "d ";
  if (days > 0 || hours > 0) out += std::to_string(hours) + "h ";
  out += std::to_string(minutes) + "m";
  return out;
}

HttpResponse render_health(const HealthInput& in) {
  const auto status = health_status(in);
  json::object components{
      {"api", "healthy"},
      {"database", in.total_executions ? "healthy" : "unhealthy"},
      {"execution_engine", !in.root_alive        ? "unhealthy"
                           : engine_degraded(in) ? "degraded"
                                                 : "healthy"},
      {"sandbox", in.sandbox_warnings.empty() ? "healthy" : "degraded"},
  };
  json::array warnings;
  for (const auto& w : in.sandbox_warnings) warnings.push_back(json::string(w));
  json::array supervisors;
  for (const auto& f : in.supervisors) supervisors.push_back(figures_json(f));
  json::object body{
      {"status", status},
      {"components", std::move(components)},
      {"metrics",
       {{"uptime", format_uptime(in.uptime_seconds)},
        {"uptime_seconds", in.uptime_seconds},
        {"active_executions", in.active_executions},
        {"total_executions", in.total_executions.value_or(0)}}},
      {"supervisors", std::move(supervisors)},
      {"warnings", std::move(warnings)},
  };
  HttpResponse r;
  r.status = status == "unhealthy" ? kUnavailable : kOk;
  r.body = json::serialize(body);
  return r;
}

HttpResponse render_metrics_text(std::string exposition) {
  HttpResponse r;
  r.content_type = "text/plain; version=0.0.4; charset=utf-8";
  r.body = std::move(exposition);
  return r;
}

HttpResponse render_metrics_json(const HealthInput& in, const ResponseMeta& meta) {
  json::array supervisors;
  for (const auto& f : in.supervisors) supervisors.push_back(figures_json(f));
  json::object data{
      {"execution_metrics",
       {{"total_executions", in.total_executions.value_or(0)},
        {"active_executions", in.active_executions}}},
      {"supervisors", std::move(supervisors)},
      {"uptime_seconds", in.uptime_seconds},
  };
  return envelope(kOk, json::serialize(data), meta);
}

HttpResponse render_languages(const config::LanguageRegistry& languages, const ResponseMeta& meta,
                              const std::vector<actors::node_status>& nodes) {
  auto nodes_running = [&nodes](const std::string& language) {
    json::array names;
    for (const auto& n : nodes) {
      if (n.state == "up" &&
          std::find(n.languages.begin(), n.languages.end(), language) != n.languages.end()) {
        names.push_back(json::string(n.name));
      }
    }
    return names;
  };
  json::array list;
  std::vector<std::string> listed;
  for (const auto& l : languages.all()) {
    if (!l.available) continue;
    json::array aliases;
    for (const auto& a : l.aliases) aliases.push_back(json::string(a));
    json::object entry{{"name", l.name},
                       {"version", l.version},
                       {"aliases", std::move(aliases)},
                       {"compiled", !l.compile.empty()},
                       {"source_file", l.source_file}};
    if (!nodes.empty()) entry["nodes"] = nodes_running(l.name);
    list.push_back(std::move(entry));
    listed.push_back(l.name);
  }
  for (const auto& n : nodes) {
    for (const auto& name : n.languages) {
      if (n.state != "up" || std::find(listed.begin(), listed.end(), name) != listed.end())
        continue;
      listed.push_back(name);
      list.push_back(json::object{{"name", name}, {"nodes", nodes_running(name)}});
    }
  }
  return envelope(kOk, json::serialize(json::object{{"languages", std::move(list)}}), meta);
}

HttpResponse render_cluster(const std::vector<actors::node_status>& nodes,
                            const ResponseMeta& meta) {
  json::array list;
  std::map<std::string, std::int64_t> states{{"up", 0}, {"suspect", 0}, {"down", 0}};
  for (const auto& n : nodes) {
    ++states[n.state];
    json::array languages;
    for (const auto& l : n.languages) languages.push_back(json::string(l));
    json::array supervisors;
    for (const auto& f : n.figures) supervisors.push_back(figures_json(f));
    const auto free_slots =
        std::max<std::int64_t>(0, static_cast<std::int64_t>(n.workers) - n.load);
    list.push_back(json::object{
        {"name", n.name},
        {"address", n.address},
        {"state", n.state},
        {"self", n.local},
        {"capacity", {{"workers", n.workers}, {"in_flight", n.load}, {"free", free_slots}}},
        {"languages", std::move(languages)},
        {"supervisors", std::move(supervisors)},
        {"remote_dispatches", n.remote_dispatches},
        {"failovers", n.failovers}});
  }
  json::object counts;
  for (const auto& [state, n] : states) counts[state] = n;
  return envelope(
      kOk, json::serialize(json::object{{"nodes", std::move(list)}, {"counts", std::move(counts)}}),
      meta);
}

}  // namespace riemann::net
