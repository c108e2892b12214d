// Rules and evidence signals as loaded from the data files under rules/ (docs/PATTERNS.md).
#pragma once

#include <string>
#include <vector>

namespace riemann::patterns {

// Inline examples carried by every rule: the rule must fire on each `match` snippet and must
// stay silent on each `no_match` snippet (checked by tests/patterns/rule_examples_test.cpp).
struct Examples {
  std::vector<std::string> match;
  std::vector<std::string> no_match;
  std::vector<std::string> languages;  // languages the snippets are written in; empty = all
};

// The structural part shared by security rules and math evidence: a tree-sitter query (with
// our predicates) and/or shorthands that expand to the language's templates.
struct Matcher {
  std::vector<std::string> queries;  // raw tree-sitter queries
  std::vector<std::string> calls;    // qualified callee names (import-aware), "a.*" = prefix
  std::vector<std::string> names;    // identifiers, compared normalised (case, '_' ignored)
  std::vector<std::string> numbers;  // numeric literal prefixes ("14.1347")
};

struct SecurityRule {
  std::string id;
  std::vector<std::string> languages;
  std::string severity;    // low | medium | high | critical
  std::string confidence;  // low | medium | high
  std::string cwe;
  std::string message;
  Matcher matcher;
  Examples examples;
  std::string source_file;
};

struct EvidenceSignal {
  std::string id;
  std::string pattern;  // "prime_pattern"
  std::vector<std::string> languages;
  double weight = 0;  // 0..1
  std::string why;
  Matcher matcher;
  Examples examples;
  std::string source_file;
};

struct MathPattern {
  std::string name;
  double relevance = 0;  // 0..1: how directly it bears on the Riemann hypothesis
  std::string description;
};

struct RuleSet {
  std::vector<SecurityRule> security;
  std::vector<EvidenceSignal> evidence;
  std::vector<MathPattern> math_patterns;
};

}  // namespace riemann::patterns
