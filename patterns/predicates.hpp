// Text predicates of our rule language. The tree-sitter C API returns matches without
// evaluating predicates; we parse them once at load time and apply them per match.
//
//   #eq? #not-eq?             @a "text" | @a @b
//   #any-of? #not-any-of?     @a "x" "y" ...
//   #match? #not-match?       @a "ECMAScript regex"   (use sparingly: slow)
//   #contains? #not-contains? @a "sub" ...            (ignoring case and white space; any of)
//   #calls? #not-calls?       @callee "os.system" "subprocess.*"  (import-aware, see ImportMap)
//   #literal? #not-literal?   @a                      (a constant: no interpolation)
//   #name-any-of?             @a "isprime" ...        (lower case, '_' ignored)
//   #num-prefix?              @a "14.1347" ...        (numeric literal starts with)
//   #min-length?              @a "8"                  (string content length, quotes excluded)
//   #starts-with? #not-starts-with? @a "/tmp/" ...
//   #has-ancestor?            @a "for_statement" ...  (some enclosing node has one of the types)
// In #calls?, "a.*" matches any name below a, "*.m" / "*::f" any receiver's method m / path's f.
#pragma once

#include <tree_sitter/api.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <regex>
#include <string>
#include <string_view>
#include <vector>

#include "patterns/import_resolver.hpp"
#include "patterns/language_spec.hpp"

namespace riemann::patterns {

enum class PredicateOp : std::uint8_t {
  eq,
  any_of,
  match,
  contains,
  calls,
  literal,
  name_any_of,
  num_prefix,
  min_length,
  starts_with,
  has_ancestor,
};

struct Predicate {
  PredicateOp op = PredicateOp::eq;
  bool negated = false;
  std::uint32_t capture = 0;
  std::optional<std::uint32_t> other_capture;  // #eq? @a @b
  std::vector<std::string> values;
  std::shared_ptr<const std::regex> regex;
  std::size_t min_length = 0;
};

// Parses the predicates of one pattern; the error names the unsupported/invalid predicate.
Expected<std::vector<Predicate>, std::string> parse_predicates(const TSQuery* query,
                                                               std::uint32_t pattern);

struct MatchContext {
  std::string_view source;
  const LanguageSpec& spec;
  const ImportMap& imports;
};

bool predicates_hold(const std::vector<Predicate>& predicates, const TSQueryMatch& match,
                     const MatchContext& ctx);

// Lower case with '_' removed: isPrime, is_prime, IS_PRIME -> isprime.
std::string normalize_name(std::string_view name);

}  // namespace riemann::patterns
