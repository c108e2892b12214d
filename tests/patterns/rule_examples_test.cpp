// Every rule and evidence signal carries inline examples (Semgrep's ruleid:/ok: idea): each
// `match` snippet must make it fire and each `no_match` snippet must not.
#include <catch2/catch.hpp>

#include "tests/patterns/test_engine.hpp"

using riemann::patterns::test::engine;

TEST_CASE("every security rule fires on its match examples and not on its no_match examples",
          "[patterns][rules]") {
  const auto& rules = engine().rules().security;
  REQUIRE(rules.size() >= 40);
  for (const auto& rule : rules) {
    const auto& langs = rule.examples.languages.empty() ? rule.languages : rule.examples.languages;
    for (const auto& lang : langs) {
      for (const auto& code : rule.examples.match) {
        INFO(rule.id << " [" << lang << "] must match:\n" << code);
        auto fired = engine().fired_rule_ids(lang, code);
        REQUIRE(fired.has_value());
        CHECK(fired.value().count(rule.id) == 1);
      }
      for (const auto& code : rule.examples.no_match) {
        INFO(rule.id << " [" << lang << "] must not match:\n" << code);
        auto fired = engine().fired_rule_ids(lang, code);
        REQUIRE(fired.has_value());
        CHECK(fired.value().count(rule.id) == 0);
      }
    }
  }
}

TEST_CASE("every evidence signal fires on its match examples and not on its no_match examples",
          "[patterns][rules]") {
  const auto& signals = engine().rules().evidence;
  REQUIRE(!signals.empty());
  for (const auto& s : signals) {
    const auto& langs = s.examples.languages.empty() ? s.languages : s.examples.languages;
    for (const auto& lang : langs) {
      for (const auto& code : s.examples.match) {
        INFO(s.id << " [" << lang << "] must match:\n" << code);
        auto fired = engine().fired_evidence_ids(lang, code);
        REQUIRE(fired.has_value());
        CHECK(fired.value().count(s.id) == 1);
      }
      for (const auto& code : s.examples.no_match) {
        INFO(s.id << " [" << lang << "] must not match:\n" << code);
        auto fired = engine().fired_evidence_ids(lang, code);
        REQUIRE(fired.has_value());
        CHECK(fired.value().count(s.id) == 0);
      }
    }
  }
}
