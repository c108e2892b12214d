// cluster/execution_id: ids that name their home node (SPEC §10), and request ids.
#include "cluster/execution_id.hpp"

#include <catch2/catch.hpp>
#include <chrono>
#include <regex>
#include <set>
#include <string>
#include <thread>
#include <vector>

using namespace riemann::cluster;

namespace {

std::int64_t now_ms() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

}  // namespace

TEST_CASE("execution ids have the documented form", "[execution_id]") {
  const auto before = now_ms();
  const auto id = make_execution_id("node-1");
  const auto after = now_ms();
  const std::regex form(R"(^exec_node-1_([0-9a-f]{13})([0-9a-f]{8})$)");
  std::smatch m;
  REQUIRE(std::regex_match(id, m, form));
  // The first 13 hex digits are the creation time in milliseconds.
  const auto ms = static_cast<std::int64_t>(std::stoull(m[1].str(), nullptr, 16));
  CHECK(ms >= before);
  CHECK(ms <= after);
}

TEST_CASE("execution ids name their home node", "[execution_id]") {
  for (const char* node :
       {"node-1", "a", "riemann-eu-west-3", "n0", "abcdefghijklmnopqrstuvwxyz012345"}) {
    INFO(node);
    CHECK(home_node(make_execution_id(node)) == node);
  }
}

TEST_CASE("execution ids are unique and sort by creation time", "[execution_id]") {
  std::set<std::string> ids;
  for (int i = 0; i < 10'000; ++i) ids.insert(make_execution_id("n"));
  CHECK(ids.size() == 10'000);
  const auto first = make_execution_id("n");
  std::this_thread::sleep_for(std::chrono::milliseconds(3));
  const auto second = make_execution_id("n");
  CHECK(first < second);
}

TEST_CASE("home_node rejects ids that are not ours", "[execution_id]") {
  const std::string tail =
      "18c3f2a1b2c3d"
      "0badf00d";  // 13 + 8 hex digits
  CHECK(home_node("exec_node-1_" + tail) == "node-1");
  const std::vector<std::string> bad_ids{
      std::string(""), std::string("exec_"), std::string("exec__") + tail, "exec_node-1",
      "exec_node-1_", "job_node-1_" + tail, "EXEC_node-1_" + tail, "req_0123456789abcdef",
      "node-1_" + tail,
      // the tail must be exactly 21 lowercase hex digits
      std::string("exec_node-1_xyz"), "exec_node-1_" + tail + "0", "exec_node-1_" + tail.substr(1),
      "exec_node-1_18C3F2A1B2C3D0BADF00D",
      // node names are letters, digits and '-': nothing that could name a path or a second field
      "exec_../../etc_" + tail, "exec_a/b_" + tail, "exec_a_b_" + tail, "exec_no de_" + tail,
      std::string("exec_a\0b_", 9) + tail};
  for (const auto& bad : bad_ids) {
    INFO("id: '" << bad << "'");
    CHECK_FALSE(home_node(bad).has_value());
  }
}

TEST_CASE("request ids are req_ plus 16 hex digits, and valid", "[execution_id]") {
  const std::regex form(R"(^req_[0-9a-f]{16}$)");
  std::set<std::string> seen;
  for (int i = 0; i < 1000; ++i) {
    const auto id = make_request_id();
    REQUIRE(std::regex_match(id, form));
    CHECK(is_valid_request_id(id));
    seen.insert(id);
  }
  CHECK(seen.size() == 1000);
}

TEST_CASE("client request ids: kept when well-formed, refused otherwise", "[execution_id]") {
  for (const char* ok :
       {"abc", "A-Z_0.9", "0", "req_0123456789abcdef", "550e8400-e29b-41d4-a716-446655440000"}) {
    INFO(ok);
    CHECK(is_valid_request_id(ok));
  }
  CHECK(is_valid_request_id(std::string(128, 'a')));
  CHECK_FALSE(is_valid_request_id(std::string(129, 'a')));
  // Anything that could split a header or a log line, or inject markup, is refused.
  const std::vector<std::string> bad_ids{
      std::string(""),     std::string("a b"),     std::string("a\r\nX-Evil: 1"),
      std::string("a\nb"), std::string("a\0b", 3), std::string("<script>"),
      std::string("a\"b"), std::string("a/b"),     std::string("é"),
      std::string("a;b"),  std::string("a\tb")};
  for (const auto& bad : bad_ids) {
    INFO("id: '" << bad << "'");
    CHECK_FALSE(is_valid_request_id(bad));
  }
}
