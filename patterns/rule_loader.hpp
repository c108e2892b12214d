// Reads the rule directory: languages/*.json, security/*.json, riemann/patterns.json and
// riemann/*.json (evidence). Fails on the first invalid file, naming it and the reason.
#pragma once

#include <string>
#include <vector>

#include "config/expected.hpp"
#include "patterns/language_spec.hpp"
#include "patterns/patterns.hpp"
#include "patterns/rule.hpp"

namespace riemann::patterns {

struct RuleDirectory {
  std::vector<LanguageSpec> languages;
  RuleSet rules;
};

Expected<RuleDirectory, Error> load_rule_directory(const std::string& rules_dir);

}  // namespace riemann::patterns
