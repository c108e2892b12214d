// Per-language facts the engine needs beyond the grammar, loaded from rules/languages/<lang>.json:
// query templates used to expand rule shorthands, the import and comment queries, and which
// node types are literals.
#pragma once

#include <string>
#include <vector>

#include "config/expected.hpp"
#include "patterns/patterns.hpp"

namespace riemann::patterns {

// How `import a.b.c` (no alias, no member) binds a local name.
enum class ImportBinding : std::uint8_t { first_segment, last_segment };

struct LanguageSpec {
  std::string name;                  // canonical: "python"
  std::vector<std::string> aliases;  // "py", "python3"
  std::string call_template;         // captures @callee and @match
  std::string identifier_template;   // captures @match
  std::string number_template;       // captures @match
  std::string comment_query;         // captures @comment
  std::string import_query;          // captures @module, optional @member / @alias
  ImportBinding import_binding = ImportBinding::first_segment;
  char module_separator = '.';         // splits module paths: '/' for Go, ':' for Rust
  std::string member_separator = ".";  // joins module and member: "::" for Rust, C++
  std::vector<std::string> literal_types;
  std::vector<std::string> interpolation_types;
  // A dialect ("typescript" extends "javascript"): every rule and evidence signal of the base
  // language applies too, except raw queries that do not compile for this grammar (skipped).
  std::string extends;
};

// Reads one language file; the error names the file and the missing/invalid field.
Expected<LanguageSpec, Error> load_language_spec(const std::string& path);

}  // namespace riemann::patterns
