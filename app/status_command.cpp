// `riemann status [--url URL] [--api-key KEY]`: a terminal view of the cluster for operators,
// from GET /v1/cluster of any node: every node with its state, load, restarts and failovers.
#include <boost/json.hpp>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "app/commands.hpp"
#include "net/http_get.hpp"

namespace riemann::app {
namespace {

namespace json = boost::json;

constexpr int kExitOk = 0;
constexpr int kExitUnreachable = 1;
constexpr int kExitUsage = 2;
constexpr int kHttpOk = 200;
constexpr auto kTimeout = std::chrono::seconds(10);
constexpr const char* kDefaultUrl = "http://127.0.0.1:8080";

std::string env_or(const char* name, const std::string& fallback) {
  const char* v = std::getenv(name);
  return v && *v ? v : fallback;
}

std::uint64_t sum_of(const json::array& supervisors, const char* field) {
  std::uint64_t n = 0;
  for (const auto& s : supervisors) n += json::value_to<std::uint64_t>(s.at(field));
  return n;
}

void print_view(const json::object& data) {
  const auto& counts = data.at("counts").as_object();
  const auto& nodes = data.at("nodes").as_array();
  std::printf("cluster: %zu node(s): %lld up, %lld suspect, %lld down\n\n", nodes.size(),
              static_cast<long long>(counts.at("up").as_int64()),
              static_cast<long long>(counts.at("suspect").as_int64()),
              static_cast<long long>(counts.at("down").as_int64()));
  std::printf("%-20s %-8s %-22s %7s %9s %5s %8s %8s %10s %9s  %s\n", "NODE", "STATE", "ADDRESS",
              "WORKERS", "IN-FLIGHT", "FREE", "RESTARTS", "MAILBOX", "DISPATCHED", "FAILOVERS",
              "LANGUAGES");
  for (const auto& v : nodes) {
    const auto& n = v.as_object();
    const auto& cap = n.at("capacity").as_object();
    const auto& sup = n.at("supervisors").as_array();
    std::string name = json::value_to<std::string>(n.at("name"));
    if (n.at("self").as_bool()) name += " *";
    std::string languages;
    for (const auto& l : n.at("languages").as_array()) {
      if (!languages.empty()) languages += ',';
      languages += json::value_to<std::string>(l);
    }
    std::printf(
        "%-20s %-8s %-22s %7llu %9lld %5lld %8llu %8llu %10llu %9llu  %s\n", name.c_str(),
        json::value_to<std::string>(n.at("state")).c_str(),
        json::value_to<std::string>(n.at("address")).c_str(),
        static_cast<unsigned long long>(json::value_to<std::uint64_t>(cap.at("workers"))),
        static_cast<long long>(json::value_to<std::int64_t>(cap.at("in_flight"))),
        static_cast<long long>(json::value_to<std::int64_t>(cap.at("free"))),
        static_cast<unsigned long long>(sum_of(sup, "restarts")),
        static_cast<unsigned long long>(sum_of(sup, "mailbox_depth")),
        static_cast<unsigned long long>(json::value_to<std::uint64_t>(n.at("remote_dispatches"))),
        static_cast<unsigned long long>(json::value_to<std::uint64_t>(n.at("failovers"))),
        languages.c_str());
  }
  std::printf("\n* the node that answered; states are as that node sees them\n");
}

}  // namespace

int status_command(const Args& raw) {
  Args args = raw;
  auto url = take_flag(args, "--url");
  auto key = take_flag(args, "--api-key");
  if (!args.empty()) {
    std::fprintf(stderr, "riemann status: unexpected argument '%s'\n", args.front().c_str());
    return kExitUsage;
  }
  if (url.empty()) url = env_or("RIEMANN_URL", kDefaultUrl);
  if (key.empty()) key = env_or("RIEMANN_API_KEY", "");
  while (!url.empty() && url.back() == '/') url.pop_back();
  auto res = net::http_get(url + "/v1/cluster", key, kTimeout);
  if (!res) {
    std::fprintf(stderr, "riemann status: %s\n", res.error().c_str());
    return kExitUnreachable;
  }
  boost::system::error_code ec;
  auto doc = json::parse(res->body, ec);
  if (ec || res->status != kHttpOk || !doc.is_object() || !doc.as_object().contains("data")) {
    std::fprintf(stderr, "riemann status: %s answered %u: %s\n", url.c_str(), res->status,
                 res->body.c_str());
    return kExitUnreachable;
  }
  try {
    print_view(doc.at("data").as_object());
  } catch (const std::exception& e) {
    std::fprintf(stderr, "riemann status: unexpected answer from %s: %s\n", url.c_str(), e.what());
    return kExitUnreachable;
  }
  return kExitOk;
}

}  // namespace riemann::app
