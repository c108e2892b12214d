// patterns/predicates.cpp: how predicates are compiled and evaluated.
#include <tree_sitter/api.h>

#include <catch2/catch.hpp>
#include <cstdint>
#include <memory>
#include <string>

#include "patterns/grammars.hpp"
#include "patterns/predicates.hpp"

using namespace riemann::patterns;

namespace {

struct QueryDeleter {
  void operator()(TSQuery* q) const { ts_query_delete(q); }
};

std::unique_ptr<TSQuery, QueryDeleter> python_query(const std::string& text) {
  std::uint32_t error_offset = 0;
  TSQueryError error = TSQueryErrorNone;
  TSQuery* q = ts_query_new(grammar_for("python"), text.data(),
                            static_cast<std::uint32_t>(text.size()), &error_offset, &error);
  REQUIRE(q != nullptr);
  return std::unique_ptr<TSQuery, QueryDeleter>(q);
}

}  // namespace

TEST_CASE("patterns with the same regex share one compiled automaton", "[patterns][predicates]") {
  // libstdc++ builds a large automaton per std::regex; compiled per predicate, the rule set's
  // regexes took 27 MB of the server's memory.
  auto q = python_query(
      R"(((identifier) @x (#match? @x "^ab+c[0-9]{8}$")) ((string) @y (#match? @y "^ab+c[0-9]{8}$")))");
  auto first = parse_predicates(q.get(), 0);
  auto second = parse_predicates(q.get(), 1);
  REQUIRE(first.has_value());
  REQUIRE(second.has_value());
  REQUIRE(first.value().size() == 1);
  REQUIRE(second.value().size() == 1);
  REQUIRE(first.value().front().regex != nullptr);
  CHECK(first.value().front().regex.get() == second.value().front().regex.get());
}

TEST_CASE("a regex is compiled at its first use, not when its rule loads",
          "[patterns][predicates]") {
  // Most regexes serve languages a server may never be sent; their automata are large.
  auto q = python_query(R"(((identifier) @x (#match? @x "^lazy_[a-z]{0,40}_regex$")))");
  auto parsed = parse_predicates(q.get(), 0);
  REQUIRE(parsed.has_value());
  const auto& regex = parsed.value().front().regex;
  REQUIRE(regex != nullptr);
  CHECK_FALSE(regex->compiled());
  const std::regex* first = regex->get();
  REQUIRE(first != nullptr);
  CHECK(regex->compiled());
  CHECK(regex->get() == first);
  CHECK(std::regex_search("lazy_abc_regex", *first));
}

TEST_CASE("an invalid regex is a load error, not a crash", "[patterns][predicates]") {
  auto q = python_query(R"(((identifier) @x (#match? @x "a(b")))");
  auto parsed = parse_predicates(q.get(), 0);
  REQUIRE_FALSE(parsed.has_value());
  CHECK(parsed.error().find("invalid regex") != std::string::npos);
}
