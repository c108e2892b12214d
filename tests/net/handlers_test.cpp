// net/handlers: pure renderers of the success envelope, health, metrics and languages.
#include "net/handlers.hpp"

#include <boost/json.hpp>
#include <catch2/catch.hpp>
#include <regex>
#include <string>

using namespace riemann::net;
namespace json = boost::json;
namespace actors = riemann::actors;

namespace {

const ResponseMeta kMeta{"req_00000000000000aa", "node-1"};

json::object body_of(const HttpResponse& r) {
  boost::system::error_code ec;
  auto v = json::parse(r.body, ec);
  INFO(r.body);
  REQUIRE_FALSE(ec);
  REQUIRE(v.is_object());
  return v.as_object();
}

// SPEC §5.1: {"success": true, "data": ..., "metadata": {timestamp, version, request_id, node}}
json::object check_envelope(const HttpResponse& r, unsigned status) {
  CHECK(r.status == status);
  CHECK(r.content_type == "application/json");
  auto b = body_of(r);
  CHECK(b.size() == 3);
  CHECK(b.at("success") == true);
  REQUIRE(b.contains("data"));
  const auto& meta = b.at("metadata").as_object();
  CHECK(meta.at("request_id") == json::string(kMeta.request_id));
  CHECK(meta.at("node") == json::string(kMeta.node));
  CHECK(meta.at("version") == RIEMANN_VERSION);
  const std::string ts(meta.at("timestamp").as_string());
  CHECK(std::regex_match(ts, std::regex(R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$)")));
  return b;
}

actors::supervisor_figures figures(std::string name, std::uint32_t children, std::uint32_t alive) {
  actors::supervisor_figures f;
  f.name = std::move(name);
  f.children = children;
  f.children_alive = alive;
  return f;
}

HealthInput healthy_input() {
  HealthInput in;
  in.root_alive = true;
  in.total_executions = 42;
  in.supervisors = {figures("root", 3, 3), figures("execution", 4, 4)};
  in.active_executions = 2;
  in.uptime_seconds = 3 * 3600 + 5 * 60;
  return in;
}

}  // namespace

TEST_CASE("envelope wraps data and metadata", "[handlers]") {
  const auto b = check_envelope(envelope(200, R"({"answer":42,"nested":{"a":[1,2]}})", kMeta), 200);
  CHECK(b.at("data") == json::parse(R"({"answer":42,"nested":{"a":[1,2]}})"));
  check_envelope(envelope(202, "[]", kMeta), 202);
}

TEST_CASE("envelope keeps hostile metadata valid JSON", "[handlers]") {
  const ResponseMeta meta{"req_\"quoted\"\n", "node\\1"};
  const auto b = body_of(envelope(200, "{}", meta));
  CHECK(b.at("metadata").at("request_id") == "req_\"quoted\"\n");
  CHECK(b.at("metadata").at("node") == "node\\1");
}

TEST_CASE("render_accepted: 202 with the id and status queued", "[handlers]") {
  const auto b = check_envelope(render_accepted("exec_node-1_0000000000001deadbeef", kMeta), 202);
  CHECK(b.at("data").at("execution_id") == "exec_node-1_0000000000001deadbeef");
  CHECK(b.at("data").at("status") == "queued");
}

TEST_CASE("render_result: 200 with the SPEC §5.1 data object", "[handlers]") {
  actors::execution_result r;
  r.id = "exec_node-1_0000000000001deadbeef";
  r.status = "runtime_error";
  r.language = "python";
  r.run.status = "runtime_error";
  r.run.output = "partial\n";
  r.run.error_output = "Traceback\n";
  r.run.has_exit_code = true;
  r.run.exit_code = 1;
  const auto b = check_envelope(render_result(r, kMeta), 200);
  const auto& d = b.at("data").as_object();
  CHECK(d.at("execution_id") == json::string(r.id));
  CHECK(d.at("status") == "runtime_error");
  CHECK(d.at("output") == "partial\n");
  CHECK(d.at("stderr") == "Traceback\n");
  CHECK(d.at("exit_code") == 1);
  CHECK(d.at("signal").is_null());
  for (const char* key : {"compile_output", "execution_time", "wall_time", "truncated",
                          "security_scan", "riemann_analysis", "resource_usage"}) {
    INFO(key);
    CHECK(d.contains(key));
  }
}

TEST_CASE("render_stored: finished executions are served as stored", "[handlers]") {
  actors::stored_execution e;
  e.id = "exec_n_1";
  e.status = "completed";
  e.language = "python";
  e.node = "n";
  e.result_json = R"({"execution_id":"exec_n_1","status":"completed","output":"hi\n"})";
  const auto b = check_envelope(render_stored(e, kMeta), 200);
  CHECK(b.at("data") == json::parse(e.result_json));
}

TEST_CASE("render_stored: unfinished executions get a pending document", "[handlers]") {
  for (const char* status : {"queued", "running"}) {
    INFO(status);
    actors::stored_execution e;
    e.id = "exec_n_2";
    e.status = status;
    e.language = "bash";
    e.node = "n";
    e.created_at_ms = 1'795'660'858'123;
    const auto b = check_envelope(render_stored(e, kMeta), 200);
    const auto& d = b.at("data").as_object();
    CHECK(d.at("execution_id") == "exec_n_2");
    CHECK(d.at("status") == status);
  }
  // A terminal row whose document is missing must still render as valid JSON.
  actors::stored_execution broken;
  broken.id = "exec_n_3";
  broken.status = "internal_error";
  const auto b = check_envelope(render_stored(broken, kMeta), 200);
  CHECK(b.at("data").at("status") == "internal_error");
}

TEST_CASE("health: healthy", "[handlers]") {
  const auto r = render_health(healthy_input());
  CHECK(r.status == 200);
  const auto b = body_of(r);
  CHECK(b.at("status") == "healthy");
  const auto& c = b.at("components").as_object();
  for (const auto& [name, value] : c) {
    INFO(name);
    CHECK(value == "healthy");
  }
  CHECK(c.contains("database"));
  CHECK(c.contains("execution_engine"));
  CHECK(c.contains("sandbox"));
  const auto& m = b.at("metrics").as_object();
  CHECK(m.at("uptime") == "3h 5m");
  CHECK(m.at("active_executions") == 2);
  CHECK(m.at("total_executions") == 42);
}

TEST_CASE("health: a supervisor missing children is degraded (still 200)", "[handlers]") {
  auto in = healthy_input();
  in.supervisors.push_back(figures("workers", 4, 3));
  const auto r = render_health(in);
  CHECK(r.status == 200);
  const auto b = body_of(r);
  CHECK(b.at("status") == "degraded");
  CHECK(b.at("components").at("execution_engine") == "degraded");
}

TEST_CASE("health: a degraded sandbox makes the node degraded", "[handlers]") {
  auto in = healthy_input();
  in.sandbox_warnings = {"rootless: no cgroup delegation, memory limits via rlimit only"};
  const auto r = render_health(in);
  CHECK(r.status == 200);
  const auto b = body_of(r);
  CHECK(b.at("components").at("sandbox") == "degraded");
  // The overall status never claims more than its components do.
  CHECK(b.at("status") == "degraded");
  CHECK(b.at("components").at("execution_engine") == "healthy");
  CHECK(b.at("warnings").as_array().size() == 1);
}

TEST_CASE("health: a dead engine or database is unhealthy, 503", "[handlers]") {
  SECTION("root supervisor gone") {
    auto in = healthy_input();
    in.root_alive = false;
    const auto r = render_health(in);
    CHECK(r.status == 503);
    const auto b = body_of(r);
    CHECK(b.at("status") == "unhealthy");
    CHECK(b.at("components").at("execution_engine") == "unhealthy");
  }
  SECTION("database did not answer") {
    auto in = healthy_input();
    in.total_executions.reset();
    const auto r = render_health(in);
    CHECK(r.status == 503);
    const auto b = body_of(r);
    CHECK(b.at("status") == "unhealthy");
    CHECK(b.at("components").at("database") == "unhealthy");
  }
  SECTION("unhealthy wins over degraded") {
    auto in = healthy_input();
    in.root_alive = false;
    in.supervisors.push_back(figures("workers", 4, 0));
    in.sandbox_warnings = {"w"};
    const auto r = render_health(in);
    CHECK(r.status == 503);
    CHECK(body_of(r).at("status") == "unhealthy");
  }
}

TEST_CASE("format_uptime reads like the seed's \"5d 3h 45m\"", "[handlers]") {
  CHECK(format_uptime(0) == "0m");
  CHECK(format_uptime(59) == "0m");
  CHECK(format_uptime(60) == "1m");
  CHECK(format_uptime(3599) == "59m");
  CHECK(format_uptime(3600) == "1h 0m");
  CHECK(format_uptime(3661) == "1h 1m");
  CHECK(format_uptime(86399) == "23h 59m");
  CHECK(format_uptime(86400) == "1d 0h 0m");
  CHECK(format_uptime(5 * 86400 + 3 * 3600 + 45 * 60 + 59) == "5d 3h 45m");
  CHECK(format_uptime(400 * 86400) == "400d 0h 0m");
}

TEST_CASE("metrics renderers", "[handlers]") {
  const auto text = render_metrics_text("# HELP x y\nx 1\n");
  CHECK(text.status == 200);
  CHECK(text.body == "# HELP x y\nx 1\n");
  CHECK_THAT(text.content_type, Catch::StartsWith("text/plain"));
  CHECK_THAT(text.content_type, Catch::Contains("version=0.0.4"));

  auto in = healthy_input();
  const auto b = check_envelope(render_metrics_json(in, kMeta), 200);
  CHECK(b.at("data").at("execution_metrics").at("total_executions") == 42);
  CHECK(b.at("data").at("execution_metrics").at("active_executions") == 2);
  CHECK(b.at("data").at("supervisors").as_array().size() == 2);
}

TEST_CASE("render_languages lists only runnable languages", "[handlers]") {
  riemann::config::LanguageRegistry reg;
  riemann::config::Language py;
  py.name = "python";
  py.aliases = {"py", "python3"};
  py.source_file = "main.py";
  py.version = "3.11.2";
  py.available = true;
  reg.add(py);
  riemann::config::Language c;
  c.name = "c";
  c.source_file = "main.c";
  c.compile = {"/usr/bin/gcc", "{file}"};
  c.version = "12.2.0";
  c.available = true;
  reg.add(c);
  riemann::config::Language ghost;
  ghost.name = "ghost";
  ghost.source_file = "main.g";
  ghost.available = false;
  reg.add(ghost);

  const auto b = check_envelope(render_languages(reg, kMeta), 200);
  const auto& list = b.at("data").at("languages").as_array();
  REQUIRE(list.size() == 2);
  CHECK(list[0].at("name") == "python");
  CHECK(list[0].at("version") == "3.11.2");
  CHECK(list[0].at("aliases") == json::array{"py", "python3"});
  CHECK(list[0].at("compiled") == false);
  CHECK(list[1].at("name") == "c");
  CHECK(list[1].at("compiled") == true);
  for (const auto& l : list) CHECK(l.at("name") != "ghost");
}
