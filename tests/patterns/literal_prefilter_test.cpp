// patterns/literal_prefilter: the literals a pattern needs, and the one-pass search for them.
// A prefilter that says "no" where a rule matches would let a critical call through the gate of
// security_level high; gate_test.cpp checks that against the whole corpus, this file the parts.
#include "patterns/literal_prefilter.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "patterns/grammars.hpp"
#include "patterns/query_engine.hpp"
#include "tests/patterns/test_engine.hpp"

using namespace riemann::patterns;

namespace {

LiteralPrefilter filter_of(std::vector<Needle> needles) {
  LiteralPrefilter f;
  f.add(needles);
  return f;
}

// The needles of the first pattern of a Python query.
std::optional<std::vector<Needle>> needles_of(const std::string& query) {
  auto q = compile_queries(grammar_for("python"), {QuerySource{0, query, "test"}});
  REQUIRE(q.has_value());
  return pattern_needles(q.value().query.get(), 0, q.value().predicates[0]);
}

std::vector<std::string> texts(const std::vector<Needle>& needles) {
  std::vector<std::string> out;
  for (const auto& n : needles) out.push_back(n.text);
  return out;
}

}  // namespace

TEST_CASE("exact needles are found anywhere, whole-word ones only as a whole name",
          "[patterns][prefilter]") {
  const auto f = filter_of({{"/dev/tcp/", false}, {"system", true}, {"|", false}});
  CHECK(f.may_match("exec 3<>/dev/tcp/host/80"));
  CHECK(f.may_match("os.system(x)"));
  CHECK(f.may_match("system"));
  CHECK(f.may_match("getattr(os, 'system')"));
  CHECK(f.may_match("a | b"));
  CHECK_FALSE(f.may_match("filesystem = subsystem_id + $system2"));
  CHECK_FALSE(f.may_match("systems"));
  CHECK_FALSE(f.may_match("sÿsystem"));  // a non-ASCII byte continues the identifier
  CHECK_FALSE(f.may_match(""));
  CHECK_FALSE(f.may_match("s"));
}

TEST_CASE("folded needles ignore case and white space, as #contains? does",
          "[patterns][prefilter]") {
  const auto f = filter_of({{"fork(", false, true}});
  CHECK(f.may_match("while (1) { FORK (); }"));
  CHECK(f.may_match("f o r k\n("));
  CHECK_FALSE(f.may_match("forks()"));
  CHECK_FALSE(f.may_match(" fork"));
}

TEST_CASE("an empty needle matches every text", "[patterns][prefilter]") {
  CHECK(filter_of({{"", false}}).may_match(""));
}

TEST_CASE("call names give the identifier they end in", "[patterns][prefilter]") {
  auto n = call_name_needles({"os.system", "require('child_process').exec", "*.loads", "*::new",
                              "std::system", "os/exec.Command", "eval"});
  REQUIRE(n.has_value());
  CHECK(texts(*n) ==
        std::vector<std::string>{"system", "exec", "loads", "new", "system", "Command", "eval"});
  for (const auto& x : *n) CHECK(x.whole_word);
  CHECK_FALSE(call_name_needles({"os.system", "subprocess.*"}).has_value());  // a prefix
  CHECK_FALSE(call_name_needles({"f()"}).has_value());
}

TEST_CASE("a pattern's needles come from a predicate it cannot match without",
          "[patterns][prefilter]") {
  auto eq = needles_of(R"(((identifier) @n (#eq? @n "eval")))");
  REQUIRE(eq.has_value());
  CHECK(texts(*eq) == std::vector<std::string>{"eval"});

  // Of two such predicates, the one whose shortest literal is longest.
  auto two = needles_of(
      R"(((call function: (_) @c arguments: (_) @a) @m (#calls? @c "os.system" "eval")
          (#contains? @a "input(")))");
  REQUIRE(two.has_value());
  CHECK(texts(*two) == std::vector<std::string>{"input("});

  // None: negated, capture against capture, a prefix, an optional capture, a regex.
  CHECK_FALSE(needles_of(R"(((identifier) @n (#not-eq? @n "eval")))").has_value());
  CHECK_FALSE(needles_of(R"(((call function: (identifier) @a arguments: (argument_list
      (identifier) @b)) (#eq? @a @b)))")
                  .has_value());
  CHECK_FALSE(needles_of(R"(((call function: (_) @c) (#calls? @c "subprocess.*")))").has_value());
  CHECK_FALSE(needles_of(R"(((call function: (_) @f arguments: (argument_list (identifier)? @x))
                    (#eq? @x "secret")))")
                  .has_value());
  CHECK_FALSE(needles_of(R"(((identifier) @n (#match? @n "^ev")))").has_value());
}

TEST_CASE("every language's critical rules have a prefilter", "[patterns][prefilter]") {
  // A critical rule whose patterns name no literal turns the prefilter off for its language
  // (the gate then parses every file): name one in the rule, e.g. (#contains? @match "|").
  for (const char* lang :
       {"python", "javascript", "typescript", "java", "go", "c", "cpp", "rust", "bash"}) {
    INFO(lang);
    const auto* rt = riemann::patterns::test::engine().runtime(lang);
    REQUIRE(rt != nullptr);
    REQUIRE(rt->critical_prefilter.has_value());
    CHECK(rt->critical_prefilter->size() > 0);
  }
}
