// Text predicates of our rule language. The tree-sitter C API returns matches without
// evaluating predicates; we parse them once at load time and apply them per match.
//
//   #eq? #not-eq?             @a "text" | @a @b
//   #any-of? #not-any-of?     @a "x" "y" ...
//   #match? #not-match?       @a "ECMAScript regex"   (use sparingly: slow)
//   #contains? #not-contains? @a "sub" ...            (ignoring case and white space; any of)
//   #calls? #not-calls?       @callee "os.system" "subprocess.*"  (import-aware, see ImportMap)
//   #literal? #not-literal?   @a                      (a constant: no interpolation)
//   #enclosing-contains? #not-enclosing-contains? @a "type|type" "sub" ...
//                                                     (the nearest enclosing node of one of the
//                                                      types, else the file, contains a substring)
//   #constant? #not-constant? @a                      (a literal, or a local variable that the
//                                                      enclosing function only assigns literals)
//   #name-any-of?             @a "isprime" ...        (lower case, '_' ignored)
//   #num-prefix?              @a "14.1347" ...        (numeric literal starts with)
//   #min-length?              @a "8"                  (string content length, quotes excluded)
//   #starts-with? #not-starts-with? @a "/tmp/" ...
//   #has-ancestor?            @a "for_statement" ...  (some enclosing node has one of the types)
//   #int-mask?                @a "0o002"              (integer literal & mask != 0; 0o/0x/0b/0NNN)
//   #uses? #not-uses?         @a @b                   (@b's text is a whole token in @a, other
//                                                      than in `@b = ...`, `&@b`, "strings")
//   #var-value? #not-var-value? @id "literal"|"formatted"|"any" ["sub" ...]  (the identifier's
//                             last assignment before it in its function/file: a constant / a
//                             string built from data / anything; whose text contains one of the
//                             substrings); "parameter": a parameter of its function, not
//                             reassigned; through renamings `b = a` (up to 4)
//   #flows-to?                @id "os.system" ...     (the variable assigned at @id reaches an
//                             argument of such a call later in its function, through assignments)
// In #calls?, "a.*" matches any name below a, "*.m" / "*::f" any receiver's method m / path's f.
#pragma once

#include <tree_sitter/api.h>

#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <regex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "patterns/import_resolver.hpp"
#include "patterns/language_spec.hpp"

namespace riemann::patterns {

enum class PredicateOp : std::uint8_t {
  eq,
  any_of,
  match,
  contains,
  constant,
  enclosing_contains,
  calls,
  literal,
  name_any_of,
  num_prefix,
  min_length,
  starts_with,
  has_ancestor,
  int_mask,
  var_value,
  flows_to,
  uses,
};

// A #match? pattern: checked when its rule loads, compiled at its first use. libstdc++ builds a
// large automaton per regex (a bounded repetition `x{0,200}` is 200 states), and most of a rule
// set's regexes serve languages a given server may never be sent: compiled up front they were
// 4 MB of an idle server's memory. Thread-safe; one per distinct text (shared_lazy_regex).
class LazyRegex {
 public:
  explicit LazyRegex(std::string text) : text_(std::move(text)) {}
  // The automaton, compiled on the first call; null only for a pattern that did not compile,
  // which loading already refuses.
  const std::regex* get() const;
  bool compiled() const;

 private:
  std::string text_;
  mutable std::once_flag once_;
  mutable std::unique_ptr<const std::regex> compiled_;
};

struct Predicate {
  PredicateOp op = PredicateOp::eq;
  bool negated = false;
  std::uint32_t capture = 0;
  std::optional<std::uint32_t> other_capture;  // #eq? @a @b, #uses? @a @b
  std::vector<std::string> values;
  std::unordered_set<std::string> value_set;  // exact values, for O(1) membership
  std::vector<std::string> prefixes;          // #calls? "a.*" (kept with the dot)
  std::vector<std::string> suffixes;          // #calls? "*.m" / "*::f" (kept with the separator)
  std::shared_ptr<const LazyRegex> regex;
  std::size_t min_length = 0;
  std::uint64_t mask = 0;
};

// A name of #calls? and of the `calls` shorthand: "a.b" exact; "a.*" any name below a (text kept
// with its dot); "*.m" / "*::f" any receiver's method m / path's f (text kept with the separator).
struct CallName {
  enum class Kind : std::uint8_t { exact, prefix, suffix };
  Kind kind = Kind::exact;
  std::string text;
};
CallName parse_call_name(std::string_view name);

// Parses the predicates of one pattern; the error names the unsupported/invalid predicate.
Expected<std::vector<Predicate>, std::string> parse_predicates(const TSQuery* query,
                                                               std::uint32_t pattern);

// A call node's callee as written and as resolved through the imports, computed once per node
// although many rule patterns match the same call.
struct CalleeNames {
  std::string raw;
  std::string resolved;
};
using CalleeCache = std::unordered_map<const void*, CalleeNames>;
// A node's enclosing scope (function or file), by node id: every predicate that reads a scope
// asks again for the same nodes, and each step up costs a descent from the root in 0.20.7.
using ScopeCache = std::unordered_map<const void*, TSNode>;
// A scope's assignments (not those inside nested functions), by target name, in source order:
// #var-value? asks for "the last binding of x before here" once per evaluation, and walking
// the scope each time made a large module quadratic. Built on the first question per scope.
struct ScopeAssignments {
  struct Entry {
    std::uint32_t start = 0;
    std::uint32_t end = 0;
    TSNode node{};
  };
  std::unordered_map<std::string_view, std::vector<Entry>> by_name;
  bool complete = false;  // the file's scope budget ran out while building it
};
using AssignmentCache = std::unordered_map<const void*, ScopeAssignments>;

struct MatchContext {
  std::string_view source;
  const LanguageSpec& spec;
  const ImportMap& imports;
  CalleeCache* callees = nullptr;  // optional memo for #calls?
  // Nodes #var-value? / #flows-to? may still visit in this file (shared by all their
  // evaluations, so that a huge file stays linear); nullptr: each evaluation alone is bounded.
  std::int64_t* scope_budget = nullptr;
  ScopeCache* scopes = nullptr;            // optional memo for enclosing scopes
  AssignmentCache* assignments = nullptr;  // optional index for #var-value?
};

bool predicates_hold(const std::vector<Predicate>& predicates, const TSQueryMatch& match,
                     const MatchContext& ctx);

// The callee of a call node (or the callee node itself), as written and resolved; nullptr when
// it is too long to be a name. Memoised in ctx.callees when given, else built in `scratch`.
const CalleeNames* resolve_callee(TSNode node, const MatchContext& ctx, CalleeNames& scratch);

// Lower case with '_' removed: isPrime, is_prime, IS_PRIME -> isprime.
std::string normalize_name(std::string_view name);

}  // namespace riemann::patterns
