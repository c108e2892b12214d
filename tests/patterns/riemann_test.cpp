// Riemann analysis through the public interface: evidence, threshold, output refinement.
#include <catch2/catch.hpp>

#include <algorithm>

#include "patterns/patterns.hpp"
#include "tests/patterns/test_engine.hpp"

using namespace riemann::patterns;
using riemann::patterns::test::rules_dir;

namespace {
constexpr double kThreshold = 0.7;

std::shared_ptr<const Engine> load_engine() {
  auto e = Engine::load(rules_dir());
  REQUIRE(e.has_value());
  return e.value();
}

bool matched(const RiemannReport& r, const std::string& p) {
  return std::find(r.patterns_matched.begin(), r.patterns_matched.end(), p) !=
         r.patterns_matched.end();
}

double confidence_of(const RiemannReport& r, const std::string& p) {
  for (const auto& s : r.patterns) {
    if (s.pattern == p) return s.confidence;
  }
  return 0;
}
}  // namespace

TEST_CASE("a sieve and a zeta call are matched with line evidence", "[patterns][riemann]") {
  auto e = load_engine();
  const std::string code =
      "import mpmath\n"
      "def sieve(n):\n"
      "    is_p = [True] * (n + 1)\n"
      "    for i in range(2, n + 1):\n"
      "        if is_p[i]:\n"
      "            for j in range(i * i, n + 1, i):\n"
      "                is_p[j] = False\n"
      "    return [i for i in range(2, n + 1) if is_p[i]]\n"
      "print(mpmath.zeta(2))\n";
  auto r = e->analyze("python", {SourceFile{"m.py", code}}, kThreshold);
  REQUIRE(r.has_value());
  CHECK(matched(r.value(), "prime_pattern"));
  CHECK(matched(r.value(), "zeta_function"));
  CHECK(r.value().score > 0.8);
  CHECK(r.value().confidence >= kThreshold);
  const auto& ev = r.value().evidence;
  CHECK(std::any_of(ev.begin(), ev.end(), [](const Evidence& x) {
    return x.pattern == "prime_pattern" && x.line == 6 && !x.why.empty();
  }));
  CHECK(std::any_of(ev.begin(), ev.end(),
                    [](const Evidence& x) { return x.pattern == "zeta_function" && x.line == 9; }));
}

TEST_CASE("non-math code matches no pattern", "[patterns][riemann]") {
  auto e = load_engine();
  const std::string code =
      "def handler(request):\n"
      "    names = sorted(request.args.get('names', '').split(','))\n"
      "    return {'names': [n.strip().title() for n in names if n]}\n";
  auto r = e->analyze("python", {SourceFile{"h.py", code}}, kThreshold);
  REQUIRE(r.has_value());
  CHECK(r.value().patterns_matched.empty());
  CHECK(r.value().score < 0.2);
}

TEST_CASE("the threshold decides what is listed as matched", "[patterns][riemann]") {
  auto e = load_engine();
  const std::string code = "def is_prime(n):\n    return n > 1\n";
  auto high = e->analyze("python", {SourceFile{"p.py", code}}, kThreshold);
  auto low = e->analyze("python", {SourceFile{"p.py", code}}, 0.3);
  REQUIRE(high.has_value());
  REQUIRE(low.has_value());
  CHECK_FALSE(matched(high.value(), "prime_pattern"));
  CHECK(matched(low.value(), "prime_pattern"));
  CHECK(confidence_of(high.value(), "prime_pattern") ==
        Approx(confidence_of(low.value(), "prime_pattern")));
}

TEST_CASE("program output raises confidence: zeta zeros, primes, zeta(2)", "[patterns][riemann]") {
  auto e = load_engine();
  const std::string code = "def is_prime(n):\n    return n > 1\n";
  auto r = e->analyze("python", {SourceFile{"p.py", code}}, kThreshold);
  REQUIRE(r.has_value());
  const double before = confidence_of(r.value(), "prime_pattern");
  auto refined = e->refine_with_output(r.value(), "2 3 5 7 11 13 17 19 23 29\n", kThreshold);
  CHECK(confidence_of(refined, "prime_pattern") > before);
  CHECK(matched(refined, "prime_pattern"));
  CHECK(std::any_of(refined.evidence.begin(), refined.evidence.end(),
                    [](const Evidence& x) { return x.line == 0; }));

  auto zeros = e->refine_with_output(RiemannReport{},
                                     "rho = 0.5 + 14.134725141734695j\n"
                                     "rho2: 21.022039638771555\n",
                                     kThreshold);
  CHECK(matched(zeros, "zeta_zeros"));
  auto basel = e->refine_with_output(RiemannReport{}, "zeta(2) = 1.6449340668482264\n", 0.5);
  CHECK(matched(basel, "zeta_function"));
  auto noise = e->refine_with_output(RiemannReport{}, "sorted: 4 8 15 16 23 42\n", 0.1);
  CHECK(noise.patterns_matched.empty());
}
