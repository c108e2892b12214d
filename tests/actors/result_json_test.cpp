#include "actors/result_json.hpp"

#include <boost/json.hpp>
#include <catch2/catch.hpp>

using namespace riemann::actors;
namespace json = boost::json;

TEST_CASE("the result document has the SPEC 5.1 shape") {
  execution_result r;
  r.id = "exec_n_1";
  r.status = "completed";
  r.language = "python";
  r.run.output = "hi\n";
  r.run.has_exit_code = true;
  r.run.exit_code = 0;
  r.run.cpu_time_s = 0.02;
  r.run.wall_time_s = 0.04;
  r.run.memory_bytes = 12 << 20;
  r.security.issues.push_back(
      security_issue{"py.exec", "high", "high", "CWE-95", "m", "main.py", 3, 1, "exec(x)", false});
  r.riemann.patterns_matched = {"zeta_function"};
  r.timings = engine_timings{2.41849, 10.5, 0.0004, 11.2};
  auto doc = json::parse(result_to_json(r)).as_object();
  CHECK(doc.at("execution_id") == "exec_n_1");
  CHECK(doc.at("status") == "completed");
  CHECK(doc.at("output") == "hi\n");
  CHECK(doc.at("exit_code") == 0);
  CHECK(doc.at("signal").is_null());
  CHECK(doc.at("truncated") == false);
  CHECK(doc.at("resource_usage").at("memory") == "12MB");
  CHECK(doc.at("resource_usage").at("cpu") == "50%");
  CHECK(doc.at("security_scan").at("issues").as_array().size() == 1);
  CHECK(doc.at("security_scan").at("issues").at(0).at("cwe") == "CWE-95");
  CHECK(doc.at("riemann_analysis").at("patterns_matched").at(0) == "zeta_function");
  CHECK_FALSE(doc.contains("error"));
  const auto& t = doc.at("timings").as_object();  // milliseconds, to the microsecond
  CHECK(t.at("analysis_ms").as_double() == Approx(2.418));
  CHECK(t.at("analysis_wait_ms").as_double() == 0);
  CHECK(t.at("run_ms").as_double() == Approx(10.5));
  CHECK(t.at("total_ms").as_double() == Approx(11.2));
}

TEST_CASE("a signal, not an exit code, for a killed program") {
  execution_result r;
  r.status = "signaled";
  r.run.signal = 11;
  auto doc = json::parse(result_to_json(r)).as_object();
  CHECK(doc.at("exit_code").is_null());
  CHECK(doc.at("signal") == 11);
}

TEST_CASE("invalid UTF-8 in program output never breaks the JSON") {
  CHECK(sanitize_utf8("ok") == "ok");
  CHECK(sanitize_utf8("caf\xC3\xA9") == "caf\xC3\xA9");
  CHECK(sanitize_utf8("\xFF") == "\xEF\xBF\xBD");
  CHECK(sanitize_utf8("\xC0\xAF") == "\xEF\xBF\xBD\xEF\xBF\xBD");                  // overlong '/'
  CHECK(sanitize_utf8("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // surrogate
  CHECK(sanitize_utf8("\xE2\x82") == "\xEF\xBF\xBD\xEF\xBF\xBD");                  // truncated
  execution_result r;
  r.run.output = std::string("bin\x00\xFE\xFF", 6);
  CHECK_NOTHROW(json::parse(result_to_json(r)));
}

TEST_CASE("terminal statuses") {
  CHECK(is_terminal("completed"));
  CHECK(is_terminal("internal_error"));
  CHECK_FALSE(is_terminal("queued"));
  CHECK_FALSE(is_terminal("running"));
}
