// net/api_error: SPEC §5.3 error documents and the engine-error -> HTTP mapping.
#include "net/api_error.hpp"

#include <boost/json.hpp>
#include <catch2/catch.hpp>
#include <regex>
#include <string>

using namespace riemann::net;
using riemann::actors::errc;
namespace json = boost::json;

namespace {

json::object body_of(const HttpResponse& r) {
  boost::system::error_code ec;
  auto v = json::parse(r.body, ec);
  INFO(r.body);
  REQUIRE_FALSE(ec);
  REQUIRE(v.is_object());
  return v.as_object();
}

std::string header(const HttpResponse& r, const std::string& name) {
  for (const auto& [k, v] : r.headers) {
    std::string lower = k;
    for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (lower == name) return v;
  }
  return {};
}

}  // namespace

TEST_CASE("validation_error is a 400 VALIDATION_ERROR naming the field", "[api_error]") {
  auto e = validation_error("options.timeout", "options.timeout must be positive");
  CHECK(e.status == 400);
  CHECK(e.code == "VALIDATION_ERROR");
  CHECK(e.message == "options.timeout must be positive");
  REQUIRE(e.details.contains("field"));
  CHECK(e.details.at("field") == "options.timeout");
  CHECK(e.retry_after_s == 0);
}

TEST_CASE("error_response has the SPEC §5.3 shape", "[api_error]") {
  auto e = validation_error("language", "language is required");
  e.details["allowed_values"] = json::array{"python", "bash"};
  const auto r = error_response(e, "req_0123456789abcdef");
  CHECK(r.status == 400);
  CHECK(r.content_type == "application/json");
  CHECK(header(r, "retry-after").empty());
  const auto b = body_of(r);
  CHECK(b.at("success") == false);
  const auto& err = b.at("error").as_object();
  CHECK(err.at("code") == "VALIDATION_ERROR");
  CHECK(err.at("message") == "language is required");
  CHECK(err.at("details").at("field") == "language");
  CHECK(err.at("details").at("allowed_values") == json::array{"python", "bash"});
  const auto& meta = b.at("metadata").as_object();
  CHECK(meta.at("request_id") == "req_0123456789abcdef");
  const std::string ts(meta.at("timestamp").as_string());
  CHECK(std::regex_match(ts, std::regex(R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$)")));
  CHECK_FALSE(b.contains("data"));
}

TEST_CASE("error_response escapes hostile text", "[api_error]") {
  auto e = validation_error("files[0].name", "bad \"name\"\n\t\\ </script> \x01");
  e.details["value"] = std::string("a\0b\"", 4);
  const auto b = body_of(error_response(e, "req_x"));
  CHECK(b.at("error").at("message") == "bad \"name\"\n\t\\ </script> \x01");
  CHECK(b.at("error").at("details").at("value") == json::string(std::string("a\0b\"", 4)));
}

TEST_CASE("engine errors map to the documented statuses", "[api_error]") {
  SECTION("not_found -> 404 NOT_FOUND") {
    auto e = from_engine(errc::not_found, "no execution with id exec_n_1");
    CHECK(e.status == 404);
    CHECK(e.code == "NOT_FOUND");
    CHECK(e.retry_after_s == 0);
  }
  SECTION("queue_full -> 503 SERVICE_UNAVAILABLE with Retry-After") {
    auto e = from_engine(errc::queue_full, "queue full (64)");
    CHECK(e.status == 503);
    CHECK(e.code == "SERVICE_UNAVAILABLE");
    CHECK(e.retry_after_s > 0);
    const auto r = error_response(e, "req_1");
    CHECK(r.status == 503);
    const auto retry = header(r, "retry-after");
    REQUIRE_FALSE(retry.empty());
    CHECK(std::stoul(retry) == e.retry_after_s);
    CHECK(body_of(r).at("error").at("code") == "SERVICE_UNAVAILABLE");
  }
  SECTION("shutting_down -> 503 with Retry-After") {
    auto e = from_engine(errc::shutting_down, "stopping");
    CHECK(e.status == 503);
    CHECK(e.code == "SERVICE_UNAVAILABLE");
    CHECK(e.retry_after_s > 0);
    CHECK_FALSE(header(error_response(e, "req_1"), "retry-after").empty());
  }
  SECTION("unknown_language -> 400 VALIDATION_ERROR naming the language field") {
    auto e = from_engine(errc::unknown_language, "language cobol is not available on any node");
    CHECK(e.status == 400);
    CHECK(e.code == "VALIDATION_ERROR");
    REQUIRE(e.details.contains("field"));
    CHECK(e.details.at("field") == "language");
  }
  SECTION("invalid_request -> 400 VALIDATION_ERROR naming a field") {
    auto e = from_engine(errc::invalid_request, "no files");
    CHECK(e.status == 400);
    CHECK(e.code == "VALIDATION_ERROR");
    CHECK(e.details.contains("field"));
  }
}

TEST_CASE("internal failures are 500 INTERNAL_ERROR and never leak the message", "[api_error]") {
  const std::string secret = "/var/lib/riemann/riemann.db: disk I/O error at 0xdeadbeef";
  for (auto code : {errc::worker_crashed, errc::sandbox_failure, errc::storage_failure,
                    errc::analysis_failure, static_cast<errc>(200)}) {
    INFO("errc " << static_cast<int>(code));
    auto e = from_engine(code, secret);
    CHECK(e.status == 500);
    CHECK(e.code == "INTERNAL_ERROR");
    CHECK_FALSE(e.message.empty());
    CHECK(e.retry_after_s == 0);
    const auto r = error_response(e, "req_2");
    CHECK(r.status == 500);
    CHECK(r.body.find("disk I/O") == std::string::npos);
    CHECK(r.body.find("/var/lib") == std::string::npos);
    CHECK(r.body.find("deadbeef") == std::string::npos);
  }
}
