// Engine::examine (patterns/examine.cpp): one parse per file, the same two reports as scan() and
// analyze() give separately.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "patterns/patterns.hpp"
#include "tests/patterns/test_engine.hpp"

using namespace riemann::patterns;
using riemann::patterns::test::engine;

namespace {
constexpr double kThreshold = 0.7;

void require_same(const SecurityReport& a, const SecurityReport& b) {
  REQUIRE(a.issues.size() == b.issues.size());
  for (std::size_t i = 0; i < a.issues.size(); ++i) {
    CHECK(a.issues[i].rule_id == b.issues[i].rule_id);
    CHECK(a.issues[i].file == b.issues[i].file);
    CHECK(a.issues[i].line == b.issues[i].line);
    CHECK(a.issues[i].column == b.issues[i].column);
    CHECK(a.issues[i].suppressed == b.issues[i].suppressed);
  }
  CHECK(a.score == Approx(b.score));
  CHECK(a.level == b.level);
}

void require_same(const RiemannReport& a, const RiemannReport& b) {
  REQUIRE(a.evidence.size() == b.evidence.size());
  for (std::size_t i = 0; i < a.evidence.size(); ++i) {
    CHECK(a.evidence[i].why == b.evidence[i].why);
    CHECK(a.evidence[i].line == b.evidence[i].line);
  }
  CHECK(a.patterns_matched == b.patterns_matched);
  CHECK(a.score == Approx(b.score));
  CHECK(a.confidence == Approx(b.confidence));
}
}  // namespace

TEST_CASE("examine gives the reports of scan and analyze for a multi-file submission",
          "[patterns][examine]") {
  const std::vector<SourceFile> files{
      {"main.py",
       "from os import system as s\nimport pickle\n"
       "def is_prime(n):\n    d = 2\n    while d * d <= n:\n        if n % d == 0:\n"
       "            return False\n        d += 1\n    return True\n"
       "s(x)\nobj = pickle.loads(data)  # nosec\n"},
      {"zeta.py", "import mpmath\nprint(mpmath.zeta(complex(0.5, 14.1347)))\n"},
  };
  auto both = engine().examine("python", files, kThreshold);
  auto security = engine().scan("python", files);
  auto riemann = engine().analyze("python", files, kThreshold);
  REQUIRE(both.has_value());
  REQUIRE(security.has_value());
  REQUIRE(riemann.has_value());
  CHECK_FALSE(both.value().security.issues.empty());
  CHECK_FALSE(both.value().riemann.evidence.empty());
  require_same(both.value().security, security.value());
  require_same(both.value().riemann, riemann.value());
}

TEST_CASE("examine fails as scan does: unknown language, binary input", "[patterns][examine]") {
  auto unknown = engine().examine("cobol", {SourceFile{"a.cob", "x"}}, kThreshold);
  REQUIRE_FALSE(unknown.has_value());
  CHECK(unknown.error().code == Errc::unsupported_language);
  const std::string blob("a\0b", 3);
  auto binary = engine().examine("python", {SourceFile{"blob.py", blob}}, kThreshold);
  REQUIRE_FALSE(binary.has_value());
  CHECK(binary.error().code == Errc::input_rejected);
}
