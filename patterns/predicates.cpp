#include "patterns/predicates.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <limits>
#include <memory>
#include <mutex>
#include <unordered_map>

#include "patterns/source_text.hpp"

namespace riemann::patterns {

namespace {

// Callee texts longer than this are not names (e.g. a lambda called in place).
constexpr std::size_t kMaxCalleeBytes = 256;
// How deep #literal? looks for interpolation nodes below a string node.
constexpr int kInterpolationSearchDepth = 2;
constexpr int kMaxConstantExpressionDepth = 64;  // "a" + "b" + ... deeper than this: not folded
constexpr std::string_view kWildcardSuffix = ".*";
constexpr std::string_view kAnyReceiver = "*.";
// #match? reads at most this many bytes of a capture. libstdc++'s std::regex matches by
// recursion, one stack frame per character a repetition consumes: a 200 KB string literal
// overflowed an 8 MiB stack in `[^"']*` (a crash of the whole server). 4 KiB keeps any of our
// patterns far from that and bounds each evaluation's time; what a pattern looks for (a
// token, a header, a literal's first characters) is at a capture's start.
constexpr std::size_t kMaxRegexBytes = 4096;

// Whether `text` compiles, without keeping the automaton (see LazyRegex).
bool valid_regex(const std::string& text) {
  try {
    std::regex probe(text, std::regex::ECMAScript);
    return true;
  } catch (const std::regex_error&) {
    return false;
  }
}

// One LazyRegex per distinct pattern text, so that its automaton, once compiled, serves every
// predicate that uses it (the same regex appears in a rule's query for each string node type and
// in each language's rule, and in every engine a process loads). libstdc++ compiles a regex into
// an automaton of one state per character class repetition, a few hundred bytes each: compiled
// once per predicate, the rule set's regexes took 27 MB of the server's memory. Entries are weak:
// a regex lives as long as some loaded engine uses it.
std::shared_ptr<const LazyRegex> shared_lazy_regex(const std::string& text) {
  static std::mutex lock;
  static std::unordered_map<std::string, std::weak_ptr<const LazyRegex>> known;
  std::lock_guard guard(lock);
  if (auto live = known[text].lock()) return live;
  auto fresh = std::make_shared<const LazyRegex>(text);
  known[text] = fresh;
  return fresh;
}

// #has-ancestor? looks at most this many levels up.
constexpr int kMaxAncestorHops = 64;
// #constant?, #var-value? and #flows-to? look at most at this many nodes of the enclosing
// function or file.
constexpr int kMaxScopeNodes = 20000;
constexpr std::string_view kValueLiteral = "literal";
constexpr std::string_view kValueFormatted = "formatted";
constexpr std::string_view kValueAny = "any";
constexpr std::string_view kValueParameter = "parameter";

struct OpInfo {
  PredicateOp op;
  bool negated;
  bool takes_values;
};

const std::unordered_map<std::string_view, OpInfo>& op_table() {
  static const std::unordered_map<std::string_view, OpInfo> table{
      {"eq?", {PredicateOp::eq, false, true}},
      {"not-eq?", {PredicateOp::eq, true, true}},
      {"any-of?", {PredicateOp::any_of, false, true}},
      {"not-any-of?", {PredicateOp::any_of, true, true}},
      {"match?", {PredicateOp::match, false, true}},
      {"not-match?", {PredicateOp::match, true, true}},
      {"contains?", {PredicateOp::contains, false, true}},
      {"not-contains?", {PredicateOp::contains, true, true}},
      {"calls?", {PredicateOp::calls, false, true}},
      {"not-calls?", {PredicateOp::calls, true, true}},
      {"literal?", {PredicateOp::literal, false, false}},
      {"not-literal?", {PredicateOp::literal, true, false}},
      {"name-any-of?", {PredicateOp::name_any_of, false, true}},
      {"num-prefix?", {PredicateOp::num_prefix, false, true}},
      {"constant?", {PredicateOp::constant, false, false}},
      {"not-constant?", {PredicateOp::constant, true, false}},
      {"enclosing-contains?", {PredicateOp::enclosing_contains, false, true}},
      {"not-enclosing-contains?", {PredicateOp::enclosing_contains, true, true}},
      {"uses?", {PredicateOp::uses, false, true}},
      {"not-uses?", {PredicateOp::uses, true, true}},
      {"min-length?", {PredicateOp::min_length, false, true}},
      {"starts-with?", {PredicateOp::starts_with, false, true}},
      {"not-starts-with?", {PredicateOp::starts_with, true, true}},
      {"has-ancestor?", {PredicateOp::has_ancestor, false, true}},
      {"int-mask?", {PredicateOp::int_mask, false, true}},
      {"not-has-ancestor?", {PredicateOp::has_ancestor, true, true}},
      {"var-value?", {PredicateOp::var_value, false, true}},
      {"not-var-value?", {PredicateOp::var_value, true, true}},
      {"flows-to?", {PredicateOp::flows_to, false, true}},
  };
  return table;
}

// Lower case without white space: what #contains? compares.
std::string folded(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') continue;
    out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  return out;
}

// Value of an integer literal: 0x.. 0o.. 0b.. (any case), C-style leading-0 octal, decimal;
// digit separators (_ and ') and integer suffixes (u, l) are ignored.
std::optional<std::uint64_t> integer_value(std::string_view text) {
  std::string digits;
  for (char c : text) {
    if (c != '_' && c != '\'')
      digits.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  while (!digits.empty() && (digits.back() == 'u' || digits.back() == 'l')) digits.pop_back();
  int base = 10;
  std::size_t skip = 0;
  if (digits.size() > 2 && digits[0] == '0' &&
      (digits[1] == 'x' || digits[1] == 'o' || digits[1] == 'b')) {
    base = digits[1] == 'x' ? 16 : digits[1] == 'o' ? 8 : 2;
    skip = 2;
  } else if (digits.size() > 1 && digits[0] == '0') {
    base = 8;
    skip = 1;
  }
  std::uint64_t value = 0;
  const char* first = digits.data() + skip;
  const char* last = digits.data() + digits.size();
  auto [ptr, ec] = std::from_chars(first, last, value, base);
  if (ec != std::errc{} || ptr != last || first == last) return std::nullopt;
  return value;
}

// Builds one predicate from its steps (first step: operator string; then captures/strings).
Expected<Predicate, std::string> build(const TSQuery* query, const TSQueryPredicateStep* steps,
                                       std::uint32_t count) {
  std::uint32_t len = 0;
  const char* raw_name = ts_query_string_value_for_id(query, steps[0].value_id, &len);
  const std::string name(raw_name, len);
  const auto it = op_table().find(name);
  if (it == op_table().end()) return unexpected("unsupported predicate #" + name);
  Predicate p;
  p.op = it->second.op;
  p.negated = it->second.negated;
  if (count < 2 || steps[1].type != TSQueryPredicateStepTypeCapture) {
    return unexpected("#" + name + " needs a capture as first argument");
  }
  p.capture = steps[1].value_id;
  for (std::uint32_t i = 2; i < count; ++i) {
    if (steps[i].type == TSQueryPredicateStepTypeCapture) {
      if (p.op != PredicateOp::eq && p.op != PredicateOp::uses) {
        return unexpected("#" + name + ": only #eq? and #uses? compare captures");
      }
      p.other_capture = steps[i].value_id;
      continue;
    }
    std::uint32_t vlen = 0;
    const char* value = ts_query_string_value_for_id(query, steps[i].value_id, &vlen);
    p.values.emplace_back(value, vlen);
  }
  if (it->second.takes_values && p.values.empty() && !p.other_capture) {
    return unexpected("#" + name + " needs at least one value");
  }
  if (p.op == PredicateOp::uses && (!p.other_capture || !p.values.empty())) {
    return unexpected("#" + name + " needs two captures");
  }
  if (p.op == PredicateOp::match) {
    if (!valid_regex(p.values.front())) {
      return unexpected("#" + name + ": invalid regex '" + p.values.front() + "'");
    }
    p.regex = shared_lazy_regex(p.values.front());
  }
  if (p.op == PredicateOp::var_value) {
    const auto& kind = p.values.front();
    if (kind != kValueLiteral && kind != kValueFormatted && kind != kValueAny &&
        kind != kValueParameter) {
      return unexpected("#" + name +
                        " takes \"literal\", \"formatted\", \"any\" or \"parameter\", got '" +
                        kind + "'");
    }
    for (std::size_t i = 1; i < p.values.size(); ++i) p.values[i] = folded(p.values[i]);
  }
  if (p.op == PredicateOp::calls || p.op == PredicateOp::flows_to) {
    for (const auto& v : p.values) {
      auto name = parse_call_name(v);
      if (name.kind == CallName::Kind::suffix) p.suffixes.push_back(std::move(name.text));
      if (name.kind == CallName::Kind::prefix) p.prefixes.push_back(std::move(name.text));
      if (name.kind == CallName::Kind::exact) p.value_set.insert(std::move(name.text));
    }
  }
  if (p.op == PredicateOp::any_of) p.value_set.insert(p.values.begin(), p.values.end());
  if (p.op == PredicateOp::contains) {
    for (auto& v : p.values) v = folded(v);
  }
  if (p.op == PredicateOp::enclosing_contains) {
    if (p.values.size() < 2) return unexpected("#" + name + " needs node types and a substring");
    std::string_view types = p.values.front();
    for (std::size_t bar = types.find('|'); !types.empty(); bar = types.find('|')) {
      p.value_set.emplace(types.substr(0, bar));
      types = bar == std::string_view::npos ? std::string_view{} : types.substr(bar + 1);
    }
    p.values.erase(p.values.begin());
    for (auto& v : p.values) v = folded(v);
  }
  if (p.op == PredicateOp::name_any_of) {
    for (auto& v : p.values) p.value_set.insert(normalize_name(v));
  }
  if (p.op == PredicateOp::int_mask) {
    const auto m = integer_value(p.values.front());
    if (!m) return unexpected("#int-mask? needs an integer mask, got '" + p.values.front() + "'");
    p.mask = *m;
  }
  if (p.op == PredicateOp::min_length) {
    const auto& v = p.values.front();
    auto [ptr, ec] = std::from_chars(v.data(), v.data() + v.size(), p.min_length);
    if (ec != std::errc{}) return unexpected(std::string("#min-length? needs a number"));
  }
  return p;
}

bool is_literal(TSNode node, const LanguageSpec& spec, int depth);

// `"a" + "b"` (and deeper chains): an operator applied to constants only is a constant too.
bool is_constant_expression(TSNode node, const LanguageSpec& spec, int depth) {
  const std::string_view type = ts_node_type(node);
  if (depth >= kMaxConstantExpressionDepth ||
      (type != "binary_expression" && type != "binary_operator")) {
    return false;
  }
  const auto n = ts_node_named_child_count(node);
  for (std::uint32_t i = 0; i < n; ++i) {
    const TSNode child = ts_node_named_child(node, i);
    if (!is_literal(child, spec, 0) && !is_constant_expression(child, spec, depth + 1)) {
      return false;
    }
  }
  return n > 0;
}

bool is_literal(TSNode node, const LanguageSpec& spec, int depth) {
  const std::string_view type = ts_node_type(node);
  if (depth == 0 && std::find(spec.literal_types.begin(), spec.literal_types.end(), type) ==
                        spec.literal_types.end()) {
    return is_constant_expression(node, spec, 0);
  }
  if (std::find(spec.interpolation_types.begin(), spec.interpolation_types.end(), type) !=
      spec.interpolation_types.end()) {
    return false;
  }
  if (depth >= kInterpolationSearchDepth) return true;
  const auto n = ts_node_named_child_count(node);
  for (std::uint32_t i = 0; i < n; ++i) {
    if (!is_literal(ts_node_named_child(node, i), spec, depth + 1)) return false;
  }
  return true;
}

bool is_list(TSNode node) {
  const std::string_view type = ts_node_type(node);
  return type == "expression_list" || type == "pattern_list" || type == "tuple_pattern";
}

// The part of binding `node` (its `target_field` = `value_field`) that binds `name`: `x = v` gives
// v; `a, x := 1, v` gives v too. Null when the binding does not bind `name`; `node` itself when it
// binds it to something we cannot split (`a, x := f()`), i.e. to a non-constant.
TSNode bound_value(TSNode node, std::string_view target_field, std::string_view value_field,
                   std::string_view name, std::string_view source) {
  const TSNode none{};
  const TSNode target = ts_node_child_by_field_name(node, target_field.data(),
                                                    static_cast<uint32_t>(target_field.size()));
  const TSNode value = ts_node_child_by_field_name(node, value_field.data(),
                                                   static_cast<uint32_t>(value_field.size()));
  if (ts_node_is_null(target) || ts_node_is_null(value)) return none;
  if (!is_list(target)) {
    if (node_text(target, source) != name) return none;
    // Go `const x = "a"` / `var x = "a"`: the value is a one-element list.
    return is_list(value) && ts_node_named_child_count(value) == 1 ? ts_node_named_child(value, 0)
                                                                   : value;
  }
  const auto count = ts_node_named_child_count(target);
  for (std::uint32_t i = 0; i < count; ++i) {
    if (node_text(ts_node_named_child(target, i), source) != name) continue;
    if (is_list(value) && ts_node_named_child_count(value) == count) {
      return ts_node_named_child(value, i);
    }
    // `x, err := f(...)`: the first result is the call's value.
    if (i == 0 && is_list(value) && ts_node_named_child_count(value) == 1) {
      return ts_node_named_child(value, 0);
    }
    return node;
  }
  return none;
}

// `fmt.Sprintf("a %d", 1)`, `String.format("...")`, `exec.LookPath("go")`: a call of constants
// only to a function whose result depends on its arguments alone (formatting, path building).
bool is_constant_format(TSNode node, const MatchContext& ctx) {
  static constexpr std::string_view kFormatters[] = {"fmt.Sprintf",   "fmt.Sprint", "String.format",
                                                     "exec.LookPath", "path.Join",  "filepath.Join",
                                                     "os.path.join"};
  const std::string_view type = ts_node_type(node);
  if (type != "call_expression" && type != "method_invocation") return false;
  const TSNode args = ts_node_child_by_field_name(node, "arguments", 9);
  if (ts_node_is_null(args)) return false;
  const auto text = node_text(node, ctx.source);
  const auto callee = text.substr(0, ts_node_start_byte(args) - ts_node_start_byte(node));
  if (std::find(std::begin(kFormatters), std::end(kFormatters), callee) == std::end(kFormatters)) {
    return false;
  }
  const auto n = ts_node_named_child_count(args);
  for (std::uint32_t i = 0; i < n; ++i) {
    if (!is_literal(ts_node_named_child(args, i), ctx.spec, 0)) return false;
  }
  return true;
}

// The root of the node's tree, without walking up (ts_node_parent costs O(depth) in 0.20.7).
TSNode root_of(TSNode node) {
  return ts_tree_root_node(node.tree);
}

// Nodes that open a new variable scope (functions, lambdas, closures, the file itself), over our
// grammars.
bool is_scope(std::string_view type) {
  static const std::unordered_set<std::string_view> kScopes{"function_definition",
                                                            "function_declaration",
                                                            "function_item",
                                                            "method_declaration",
                                                            "method_definition",
                                                            "constructor_declaration",
                                                            "arrow_function",
                                                            "function_expression",
                                                            "function",
                                                            "generator_function",
                                                            "generator_function_declaration",
                                                            "lambda",
                                                            "lambda_expression",
                                                            "closure_expression",
                                                            "func_literal",
                                                            "module",
                                                            "program",
                                                            "source_file",
                                                            "translation_unit"};
  return kScopes.count(type) > 0;
}

// The function (or the file) a node belongs to: the scope #constant?, #var-value? and
// #flows-to? read. Looked for kMaxAncestorHops up, then the file. The nodes passed on the way
// up are not scopes, so they share the answer: with a memo, each is walked through once per file.
TSNode enclosing_scope(TSNode node, const MatchContext& ctx) {
  std::array<const void*, kMaxAncestorHops> passed{};
  std::size_t n = 0;
  TSNode scope = root_of(node);
  bool known = false;  // not when the hop bound gave up: a shallower start may still find one
  for (TSNode at = node; n < passed.size(); ++n) {
    if (ctx.scopes != nullptr) {
      if (const auto hit = ctx.scopes->find(at.id); hit != ctx.scopes->end()) {
        scope = hit->second;
        known = true;
        break;
      }
    }
    passed[n] = at.id;
    const TSNode up = ts_node_parent(at);
    if (ts_node_is_null(up) || is_scope(ts_node_type(up))) {
      if (!ts_node_is_null(up)) scope = up;
      known = true;
      ++n;
      break;
    }
    at = up;
  }
  if (ctx.scopes != nullptr && known) {
    for (std::size_t i = 0; i < n; ++i) ctx.scopes->emplace(passed[i], scope);
  }
  return scope;
}

enum class Binding { none, constant, data };

// The bindings of `name` below `scope` (only those starting before `before`): data when one of
// them binds it to a non-constant (or a parameter of that name is declared), constant when all
// bind constants, none when there is none.
Binding scan_bindings(TSNode scope, std::string_view name, std::uint32_t before,
                      const MatchContext& ctx) {
  static constexpr std::pair<std::string_view, std::string_view> kBindings[] = {
      {"name", "value"}, {"left", "right"}, {"pattern", "value"}, {"declarator", "value"}};
  Binding result = Binding::none;
  TSTreeCursor cursor = ts_tree_cursor_new(scope);
  int visited = 0;
  while (true) {
    const TSNode current = ts_tree_cursor_current_node(&cursor);
    if (++visited >= kMaxScopeNodes) {
      result = Binding::data;
      break;
    }
    if (ts_node_start_byte(current) < before) {
      const std::string_view type = ts_node_type(current);
      if (type.find("parameter") != std::string_view::npos) {
        const auto n = ts_node_named_child_count(current);
        for (std::uint32_t i = 0; i < n; ++i) {
          if (node_text(ts_node_named_child(current, i), ctx.source) == name)
            result = Binding::data;
        }
      }
      for (const auto& [target_field, value_field] : kBindings) {
        const TSNode value = bound_value(current, target_field, value_field, name, ctx.source);
        if (ts_node_is_null(value)) continue;
        if (ts_node_start_byte(value) <= before && before < ts_node_end_byte(value)) continue;
        if (ts_node_eq(value, current) ||
            (!is_literal(value, ctx.spec, 0) && !is_constant_format(value, ctx))) {
          result = Binding::data;
        } else if (result == Binding::none) {
          result = Binding::constant;
        }
      }
      if (result == Binding::data) break;
      if (ts_tree_cursor_goto_first_child(&cursor)) continue;
    }
    if (ts_tree_cursor_goto_next_sibling(&cursor)) continue;
    bool up = false;
    while (ts_tree_cursor_goto_parent(&cursor)) {
      if (ts_tree_cursor_goto_next_sibling(&cursor)) {
        up = true;
        break;
      }
    }
    if (!up) break;
  }
  ts_tree_cursor_delete(&cursor);
  return result;
}

// `x` names a variable that every binding gives a constant value: `x = "ls"`,
// `String x = "a" + "b"`, `x := "y"`, `let x = 1`, Go `const x = "y"`. The enclosing function's
// bindings before the use decide; when it has none (and no parameter `x`), every binding of `x`
// in the file does (a package-level constant, or a global also assigned data somewhere).
// Bindings are recognised by their field names, the same in every grammar we carry:
// name/value, left/right, pattern/value, declarator/value.
bool is_local_constant(TSNode node, const MatchContext& ctx) {
  if (std::string_view(ts_node_type(node)) != "identifier") return false;
  const auto name = node_text(node, ctx.source);
  const TSNode scope = enclosing_scope(node, ctx);
  const Binding local = scan_bindings(scope, name, ts_node_start_byte(node), ctx);
  if (local != Binding::none) return local == Binding::constant;
  const TSNode root = root_of(scope);
  if (ts_node_eq(root, scope)) return false;
  return scan_bindings(root, name, ts_node_end_byte(root), ctx) == Binding::constant;
}

// #constant?: a literal, a local constant, or an operator applied to those only
// (`"select " + table` where `table = "users"` in the same function).
bool is_constant(TSNode node, const MatchContext& ctx, int depth) {
  if (is_literal(node, ctx.spec, 0) || is_local_constant(node, ctx) ||
      is_constant_format(node, ctx)) {
    return true;
  }
  const std::string_view type = ts_node_type(node);
  if (depth >= kMaxConstantExpressionDepth ||
      (type != "binary_expression" && type != "binary_operator" &&
       type != "parenthesized_expression")) {
    return false;
  }
  const auto n = ts_node_named_child_count(node);
  for (std::uint32_t i = 0; i < n; ++i) {
    if (!is_constant(ts_node_named_child(node, i), ctx, depth + 1)) return false;
  }
  return n > 0;
}

const CalleeNames& callee_names(TSNode node, std::string_view text, const MatchContext& ctx,
                                CalleeNames& scratch) {
  if (ctx.callees != nullptr) {
    auto [it, fresh] = ctx.callees->try_emplace(node.id);
    if (fresh) {
      it->second.raw = normalize_callee(text);
      it->second.resolved = ctx.imports.resolve(it->second.raw);
    }
    return it->second;
  }
  scratch.raw = normalize_callee(text);
  scratch.resolved = ctx.imports.resolve(scratch.raw);
  return scratch;
}

bool calls_any(const Predicate& p, const CalleeNames& names) {
  if (p.value_set.count(names.raw) || p.value_set.count(names.resolved)) return true;
  for (const auto& prefix : p.prefixes) {
    if (names.raw.starts_with(prefix) || names.resolved.starts_with(prefix)) return true;
  }
  for (const auto& suffix : p.suffixes) {
    if (names.raw.ends_with(suffix) || names.resolved.ends_with(suffix)) return true;
  }
  return false;
}

std::string digits_of(std::string_view number) {
  std::string out;
  for (char c : number) {
    if (c != '_' && c != '\'') out.push_back(c);
  }
  return out;
}

// The callee part of a call node: text before its arguments (Java method_invocation).
std::string_view callee_text(TSNode node, std::string_view source) {
  static constexpr std::string_view kArgs = "arguments";
  static constexpr std::string_view kGetattr = "getattr";
  const TSNode args = ts_node_child_by_field_name(node, kArgs.data(), kArgs.size());
  const auto text = node_text(node, source);
  if (ts_node_is_null(args)) return text;
  const auto len = ts_node_start_byte(args) - ts_node_start_byte(node);
  if (len > text.size()) return text;
  // `getattr(m, 'f')(...)`: the callee is the call getattr(...) itself, m.f once normalized.
  if (text.substr(0, len) == kGetattr) return text;
  return text.substr(0, len);
}

// An evaluation's node budget: kMaxScopeNodes, or what is left of the file's budget.
int take_budget(const MatchContext& ctx) {
  if (ctx.scope_budget == nullptr) return kMaxScopeNodes;
  return static_cast<int>(std::clamp<std::int64_t>(*ctx.scope_budget, 0, kMaxScopeNodes));
}

void charge_budget(const MatchContext& ctx, int taken, int left) {
  if (ctx.scope_budget != nullptr) *ctx.scope_budget -= std::max(0, taken - left);
}

TSNode field(TSNode node, std::string_view name) {
  return ts_node_child_by_field_name(node, name.data(), static_cast<std::uint32_t>(name.size()));
}

// `x = e`, `x += e`, `let x = e`, `x := e`, `def f(x=e)`: the target and value nodes (null when
// not one).
std::pair<TSNode, TSNode> assignment_parts(TSNode node) {
  const std::string_view type = ts_node_type(node);
  if (type.find("assignment") == std::string_view::npos &&
      type.find("declarator") == std::string_view::npos && type != "short_var_declaration" &&
      type != "var_spec" && type != "default_parameter" && type != "typed_default_parameter") {
    return {TSNode{}, TSNode{}};
  }
  TSNode left = field(node, "left");
  TSNode right = field(node, "right");
  if (ts_node_is_null(left)) {
    left = field(node, "name");
    right = field(node, "value");
  }
  if (ts_node_is_null(left) || ts_node_is_null(right)) return {TSNode{}, TSNode{}};
  return {left, right};
}

// Pre-order walk of `root`'s subtree; `visit` returns false to skip a node's children. Stops
// after kMaxScopeNodes nodes or when `visit` sets `stop`.
template <typename Visit>
void walk(TSNode root, int& budget, Visit&& visit) {
  TSTreeCursor cursor = ts_tree_cursor_new(root);
  bool stop = false;
  for (;;) {
    const TSNode node = ts_tree_cursor_current_node(&cursor);
    const bool descend = --budget > 0 && visit(node, stop);
    if (stop || budget <= 0) break;
    if (descend && ts_tree_cursor_goto_first_child(&cursor)) continue;
    bool moved = false;
    while (!moved) {
      if (ts_tree_cursor_goto_next_sibling(&cursor)) {
        moved = true;
      } else if (!ts_tree_cursor_goto_parent(&cursor)) {
        break;
      }
    }
    if (!moved) break;
  }
  ts_tree_cursor_delete(&cursor);
}

bool is_string_type(std::string_view type) {
  return type == "string" || type == "template_string" || type == "interpreted_string_literal" ||
         type == "raw_string_literal" || type == "string_literal" || type == "concatenated_string";
}

// Go `fmt.Sprintf(f, x)` / `fmt.Sprint(a, x)`: formatting with an argument that is not a constant.
bool is_go_sprintf(TSNode fn, TSNode args, const LanguageSpec& spec, std::string_view source) {
  const auto callee = node_text(fn, source);
  if (callee != "fmt.Sprintf" && callee != "fmt.Sprint" && callee != "fmt.Sprintln") return false;
  const auto n = ts_node_named_child_count(args);
  for (std::uint32_t i = callee == "fmt.Sprintf" ? 1 : 0; i < n; ++i) {
    if (!is_literal(ts_node_named_child(args, i), spec, 0)) return true;
  }
  return false;
}

// A string built from data: "..." % x, "..." + x, "...".format(x), f"...{x}", Go
// fmt.Sprintf("...", x).
bool is_formatted_string(TSNode value, const LanguageSpec& spec, std::string_view source) {
  const std::string_view type = ts_node_type(value);
  if (is_literal(value, spec, 0)) return false;
  if (is_string_type(type)) return true;  // a string that is not a constant: interpolation
  if (type == "binary_operator" || type == "binary_expression") {
    const TSNode left = field(value, "left");
    const TSNode right = field(value, "right");
    if (ts_node_is_null(left) || ts_node_is_null(right)) return false;
    const std::string_view rtype = ts_node_type(right);
    if ((rtype == "tuple" || rtype == "parenthesized_expression") &&
        ts_node_named_child_count(right) == 0) {
      return false;  // "..." % ()
    }
    return is_string_type(ts_node_type(left)) || is_formatted_string(left, spec, source);
  }
  if (type == "call" || type == "call_expression") {
    const TSNode fn = field(value, "function");
    const TSNode args = field(value, "arguments");
    if (ts_node_is_null(fn) || ts_node_is_null(args) || ts_node_named_child_count(args) == 0) {
      return false;  // "...".format()
    }
    if (is_go_sprintf(fn, args, spec, source)) return true;
    const TSNode object = field(fn, "object");
    const TSNode attr = field(fn, "attribute");
    return !ts_node_is_null(object) && !ts_node_is_null(attr) &&
           is_string_type(ts_node_type(object)) && node_text(attr, source) == "format";
  }
  return false;
}

// The names assignment `node` binds: `x = v` and `x := v` bind x; `a, x := …` and
// `var a, x = …` bind a and x. Empty when it is no assignment.
std::vector<TSNode> assignment_targets(TSNode node) {
  const auto [left, right] = assignment_parts(node);
  if (ts_node_is_null(left)) return {};
  std::vector<TSNode> targets;
  if (std::string_view(ts_node_type(node)) == "var_spec") {
    // A cursor: ts_node_field_name_for_child is unreliable in tree-sitter 0.20.
    TSTreeCursor cursor = ts_tree_cursor_new(node);
    for (bool more = ts_tree_cursor_goto_first_child(&cursor); more;
         more = ts_tree_cursor_goto_next_sibling(&cursor)) {
      const char* f = ts_tree_cursor_current_field_name(&cursor);
      if (f != nullptr && std::string_view(f) == "name") {
        targets.push_back(ts_tree_cursor_current_node(&cursor));
      }
    }
    ts_tree_cursor_delete(&cursor);
  } else if (is_list(left)) {
    const auto n = ts_node_named_child_count(left);
    for (std::uint32_t i = 0; i < n; ++i) targets.push_back(ts_node_named_child(left, i));
  } else {
    targets.push_back(left);
  }
  return targets;
}

// What assignment `node` binds to `name`: `x = v` and `x := v` give v; `a, x := 1, v`,
// `var a, x = 1, v` give v (by position); `a, x := f()` gives the call. Null when it binds no
// value to `name` (another name, `var x T`).
TSNode assigned_value(TSNode node, std::string_view name, std::string_view source) {
  const auto [left, right] = assignment_parts(node);
  if (ts_node_is_null(left)) return TSNode{};
  if (std::string_view(ts_node_type(node)) != "var_spec" && !is_list(left)) {
    return node_text(left, source) == name ? right : TSNode{};
  }
  const auto targets = assignment_targets(node);
  const std::uint32_t values = is_list(right) ? ts_node_named_child_count(right) : 1;
  for (std::size_t i = 0; i < targets.size(); ++i) {
    if (node_text(targets[i], source) != name) continue;
    if (!is_list(right)) return right;  // `a, b = f()`
    if (values == targets.size()) return ts_node_named_child(right, static_cast<std::uint32_t>(i));
    if (values == 1) return ts_node_named_child(right, 0);
    return TSNode{};
  }
  return TSNode{};
}

// Calls visit(node) for every node of `scope` outside nested functions, in pre-order.
template <typename Visit>
void walk_scope(TSNode scope, int& budget, Visit&& visit) {
  walk(scope, budget, [&](TSNode node, bool& stop) {
    if (!ts_node_eq(node, scope) && is_scope(ts_node_type(node))) return false;
    return visit(node, stop);
  });
}

// The value of the last assignment to `name` in `scope` (not inside nested functions) that ends
// before byte `before`; null when there is none. The linear walk, for contexts with no index.
TSNode last_assignment_walk(TSNode scope, std::string_view name, std::uint32_t before,
                            const MatchContext& ctx, int& budget) {
  TSNode value{};
  walk_scope(scope, budget, [&](TSNode node, bool& stop) {
    if (ts_node_start_byte(node) >= before) {
      stop = true;
      return false;
    }
    if (ts_node_end_byte(node) <= before) {
      const TSNode bound = assigned_value(node, name, ctx.source);
      if (!ts_node_is_null(bound)) value = bound;
    }
    return true;
  });
  return value;
}

// The scope's assignment index, built once per file walk from the file's scope budget; null
// without a memo, or when the budget ran out while building it.
const ScopeAssignments* assignments_of(TSNode scope, const MatchContext& ctx) {
  if (ctx.assignments == nullptr || ctx.scope_budget == nullptr) return nullptr;
  auto [it, fresh] = ctx.assignments->try_emplace(scope.id);
  ScopeAssignments& index = it->second;
  if (!fresh) return index.complete ? &index : nullptr;
  const int taken = static_cast<int>(
      std::clamp<std::int64_t>(*ctx.scope_budget, 0, std::numeric_limits<int>::max()));
  int budget = taken;
  walk_scope(scope, budget, [&](TSNode node, bool&) {
    for (const TSNode target : assignment_targets(node)) {
      index.by_name[node_text(target, ctx.source)].push_back(
          {ts_node_start_byte(node), ts_node_end_byte(node), node});
    }
    return true;
  });
  charge_budget(ctx, taken, budget);
  index.complete = budget > 0;
  return index.complete ? &index : nullptr;
}

// last_assignment_walk's answer from the index: the assignments of `name` in source order
// (pre-order: an enclosing assignment before the ones inside it), the last one that starts and
// ends before `before` and binds a value to the name.
TSNode last_assignment(TSNode scope, std::string_view name, std::uint32_t before,
                       const MatchContext& ctx, int& budget) {
  const ScopeAssignments* index = assignments_of(scope, ctx);
  if (index == nullptr) return last_assignment_walk(scope, name, before, ctx, budget);
  const auto found = index->by_name.find(name);
  if (found == index->by_name.end()) return TSNode{};
  const auto& entries = found->second;
  auto it =
      std::partition_point(entries.begin(), entries.end(),
                           [&](const ScopeAssignments::Entry& e) { return e.start < before; });
  while (it != entries.begin()) {
    --it;
    --budget;
    if (it->end > before) continue;  // the assignment this use sits in
    const TSNode bound = assigned_value(it->node, name, ctx.source);
    if (!ts_node_is_null(bound)) return bound;
  }
  return TSNode{};
}

bool declares_parameter(TSNode scope, std::string_view name, const MatchContext& ctx, int& budget) {
  const TSNode params = field(scope, "parameters");
  if (ts_node_is_null(params)) return false;
  bool declared = false;
  walk(params, budget, [&](TSNode n, bool& stop) {
    if (std::string_view(ts_node_type(n)) == "identifier" && node_text(n, ctx.source) == name) {
      declared = stop = true;
    }
    return true;
  });
  return declared;
}

// `x += "..."` appends to whatever x held: its right side says nothing of x as a whole. Asked
// only where it matters, as ts_node_parent descends from the root.
bool bound_by_append(TSNode value) {
  return std::string_view(ts_node_type(ts_node_parent(value))).find("augmented") !=
         std::string_view::npos;
}

// What `name` holds at byte `before`: its last assignment in `scope`; else whether it is a
// parameter there; else, for a name neither assigned nor a parameter in its function, its last
// assignment in the file.
struct VarBinding {
  TSNode value{};
  bool parameter = false;
};
VarBinding binding_of(std::string_view name, std::uint32_t before, TSNode scope,
                      const MatchContext& ctx, int& budget) {
  VarBinding b{last_assignment(scope, name, before, ctx, budget), false};
  if (!ts_node_is_null(b.value)) return b;
  b.parameter = declares_parameter(scope, name, ctx, budget);
  const TSNode root = ts_tree_root_node(scope.tree);
  if (!b.parameter && !ts_node_eq(root, scope)) {
    b.value = last_assignment(root, name, before, ctx, budget);
  }
  return b;
}

// `b = a` only renames: the value b holds is the one a held there (`q = "..." % x; sql = q`,
// `KEY = "s3cr3t"; key = KEY`). Followed through at most this many renamings. A name bound by
// nothing we see, or by a parameter, stays the answer (a non-constant; "parameter" holds for
// the latter).
constexpr int kMaxAliasHops = 4;

VarBinding follow_aliases(VarBinding b, std::string_view name, const MatchContext& ctx,
                          int& budget) {
  for (int hop = 0;
       hop < kMaxAliasHops && !ts_node_is_null(b.value) &&
       std::string_view(ts_node_type(b.value)) == "identifier" && !bound_by_append(b.value);
       ++hop) {
    const auto alias = node_text(b.value, ctx.source);
    if (alias == name) break;  // x = x
    const VarBinding next =
        binding_of(alias, ts_node_start_byte(b.value), enclosing_scope(b.value, ctx), ctx, budget);
    if (ts_node_is_null(next.value)) {  // unknown, or a parameter: the rename is the answer
      b.parameter = next.parameter;
      break;
    }
    b = next;
    name = alias;
  }
  return b;
}

// #var-value?: the value the identifier holds, per binding_of, through renamings.
bool var_value_is(TSNode id, const Predicate& p, const MatchContext& ctx) {
  const auto name = node_text(id, ctx.source);
  const int taken = take_budget(ctx);
  int budget = taken;
  const VarBinding direct =
      binding_of(name, ts_node_start_byte(id), enclosing_scope(id, ctx), ctx, budget);
  const VarBinding b = follow_aliases(direct, name, ctx, budget);
  charge_budget(ctx, taken, budget);
  if (budget <= 0) return false;
  const auto& kind = p.values.front();
  if (kind == kValueParameter) return b.parameter;
  const TSNode value = b.value;
  if (ts_node_is_null(value)) return false;
  const bool holds = kind == kValueAny ? true
                     : kind == kValueLiteral
                         ? !bound_by_append(value) && is_literal(value, ctx.spec, 0)
                         : is_formatted_string(value, ctx.spec, ctx.source);
  if (!holds || p.values.size() == 1) return holds;
  const auto low = folded(node_text(value, ctx.source));
  return std::any_of(p.values.begin() + 1, p.values.end(),
                     [&](const std::string& v) { return low.find(v) != std::string::npos; });
}

// A call with arguments: `call`, `call_expression`, and Java's method and constructor calls.
bool is_call(TSNode node) {
  const std::string_view type = ts_node_type(node);
  return (type.find("call") != std::string_view::npos || type == "method_invocation" ||
          type == "object_creation_expression") &&
         !ts_node_is_null(field(node, "arguments"));
}

// Calls that pass their argument's data on unchanged in substance: formatting, joining,
// conversion to text. Any other call is opaque to #flows-to? (it may validate or transform).
bool is_transparent_call(TSNode call, std::string_view source) {
  static constexpr std::string_view kWhole[] = {
      "str", "bytes", "unicode", "compile", "String", "fmt.Sprintf", "fmt.Sprint", "fmt.Sprintln"};
  static constexpr std::string_view kSuffixes[] = {".format", "join",   ".encode", ".decode",
                                                   ".strip",  ".lower", ".upper",  ".replace"};
  const auto callee = callee_text(call, source);
  return std::any_of(std::begin(kWhole), std::end(kWhole),
                     [&](std::string_view w) { return callee == w; }) ||
         std::any_of(std::begin(kSuffixes), std::end(kSuffixes),
                     [&](std::string_view x) { return callee.ends_with(x); });
}

// Calls whose name says they check or neutralise their argument.
bool is_sanitizer_call(TSNode call, std::string_view source) {
  static constexpr std::string_view kWords[] = {"safe",   "valid", "allowed", "sanitiz",
                                                "escape", "clean", "quote",   "secure_filename"};
  const auto callee = folded(callee_text(call, source));
  return std::any_of(std::begin(kWords), std::end(kWords),
                     [&](std::string_view w) { return callee.find(w) != std::string::npos; });
}

// Whether one of the names occurs in `node`, directly or through transparent calls.
bool mentions(TSNode node, const std::vector<std::string_view>& names, std::string_view source,
              int& budget) {
  bool found = false;
  walk(node, budget, [&](TSNode n, bool& stop) {
    if (is_call(n) && !is_transparent_call(n, source)) return false;
    if (std::string_view(ts_node_type(n)) == "identifier" &&
        std::find(names.begin(), names.end(), node_text(n, source)) != names.end()) {
      found = stop = true;
    }
    return true;
  });
  return found;
}

// #flows-to?: the variable assigned at `id` reaches an argument of one of the calls later in
// its function, directly or through further assignments (`q = "..." % v; run(q)`).
bool flows_to(TSNode id, const Predicate& p, const MatchContext& ctx) {
  std::vector<std::string_view> tainted{node_text(id, ctx.source)};
  TSNode statement = id;
  TSNode up = ts_node_parent(id);
  for (int hop = 0; hop < kMaxAncestorHops && !ts_node_is_null(up) && !is_scope(ts_node_type(up));
       ++hop, up = ts_node_parent(up)) {
    if (!ts_node_is_null(assignment_parts(up).first)) {
      statement = up;
      break;
    }
  }
  const auto from = ts_node_end_byte(statement);
  const TSNode scope = enclosing_scope(id, ctx);
  // Resolved without the memo: the walk has not yet bound imports that follow this point.
  const MatchContext fresh{ctx.source, ctx.spec, ctx.imports, nullptr};
  bool reached = false;
  const int taken = take_budget(ctx);
  int budget = taken;
  walk(scope, budget, [&](TSNode node, bool& stop) {
    if (ts_node_end_byte(node) <= from) return false;
    if (!ts_node_eq(node, scope) && is_scope(ts_node_type(node))) return false;
    if (ts_node_start_byte(node) < from) return true;
    auto [left, right] = assignment_parts(node);
    // Go `q := v` / `q = v`: one-element lists on both sides.
    if (!ts_node_is_null(left) && is_list(left) && is_list(right) &&
        ts_node_named_child_count(left) == 1 && ts_node_named_child_count(right) == 1) {
      left = ts_node_named_child(left, 0);
      right = ts_node_named_child(right, 0);
    }
    if (!ts_node_is_null(left) && std::string_view(ts_node_type(left)) == "identifier") {
      const auto target = node_text(left, ctx.source);
      const bool from_tainted = mentions(right, tainted, ctx.source, budget);
      const auto it = std::find(tainted.begin(), tainted.end(), target);
      if (from_tainted && it == tainted.end()) tainted.push_back(target);
      if (!from_tainted && it != tainted.end() &&
          std::string_view(ts_node_type(node)).find("augmented") == std::string_view::npos) {
        tainted.erase(it);
      }
    }
    if (is_call(node)) {
      const TSNode args = field(node, "arguments");
      CalleeNames scratch;
      const CalleeNames* names = resolve_callee(node, fresh, scratch);
      const bool sink = names != nullptr && calls_any(p, *names);
      const bool checks = is_sanitizer_call(node, ctx.source);
      if ((sink || checks) && mentions(args, tainted, ctx.source, budget)) {
        reached = sink;
        stop = true;  // a sink reached, or the value was checked first
      }
    }
    return true;
  });
  charge_budget(ctx, taken, budget);
  return reached;
}
}  // namespace

const CalleeNames* resolve_callee(TSNode node, const MatchContext& ctx, CalleeNames& scratch) {
  const auto callee = callee_text(node, ctx.source);
  if (callee.size() > kMaxCalleeBytes) return nullptr;
  return &callee_names(node, callee, ctx, scratch);
}

namespace {

bool is_word_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_';
}

// `name` occurs in `text` as a whole token (no identifier character on either side, not a member
// after `.`, `->` or `::`, not inside a "string") somewhere other than as the target of a plain
// assignment (`name = ...`, not `name == ...`) or of `&name` (an out-parameter).
bool uses_token(std::string_view text, std::string_view name) {
  if (name.empty()) return false;
  const bool word_start = is_word_char(name.front());
  const bool word_end = is_word_char(name.back());
  bool in_string = false;
  for (std::size_t at = 0; at < text.size(); ++at) {
    const char c = text[at];
    if (in_string) {
      if (c == '\\') {
        ++at;
      } else if (c == '"') {
        in_string = false;
      }
      continue;
    }
    if (c == '\'' && text.compare(at, 3, "'\"'") == 0) {  // the character literal '"'
      at += 2;
      continue;
    }
    if (c == '"') {
      in_string = true;
      continue;
    }
    if (text.compare(at, name.size(), name) != 0) continue;
    const auto end = at + name.size();
    if (word_start && at > 0) {
      const char before = text[at - 1];
      if (is_word_char(before) || before == '.') continue;
      // &name passed on: an out-parameter that reassigns it (&&name is a logical and)
      if (before == '&' && (at < 2 || text[at - 2] != '&')) continue;
      if (at > 1 &&
          ((before == '>' && text[at - 2] == '-') || (before == ':' && text[at - 2] == ':'))) {
        continue;
      }
    }
    if (word_end && end < text.size() && is_word_char(text[end])) continue;
    auto next = end;
    while (next < text.size() && (text[next] == ' ' || text[next] == '\t')) ++next;
    const bool assigned = next < text.size() && text[next] == '=' &&
                          (next + 1 == text.size() || text[next + 1] != '=');
    if (!assigned) return true;
  }
  return false;
}

// The text of another capture of the same match, if it was captured.
std::optional<std::string_view> capture_text(std::uint32_t index, const TSQueryMatch& match,
                                             std::string_view source) {
  for (std::uint16_t i = 0; i < match.capture_count; ++i) {
    if (match.captures[i].index == index) return node_text(match.captures[i].node, source);
  }
  return std::nullopt;
}

bool holds_for(const Predicate& p, TSNode node, const TSQueryMatch& match,
               const MatchContext& ctx) {
  const auto text = node_text(node, ctx.source);
  switch (p.op) {
    case PredicateOp::eq: {
      if (p.other_capture) {
        for (std::uint16_t i = 0; i < match.capture_count; ++i) {
          if (match.captures[i].index == *p.other_capture) {
            return text == node_text(match.captures[i].node, ctx.source);
          }
        }
        return true;
      }
      return text == p.values.front();
    }
    case PredicateOp::any_of:
      return p.value_set.count(std::string(text)) > 0;
    case PredicateOp::match: {
      const auto head = text.substr(0, kMaxRegexBytes);  // see kMaxRegexBytes
      const std::regex* re = p.regex->get();
      return re != nullptr && std::regex_search(head.begin(), head.end(), *re);
    }
    case PredicateOp::contains: {
      const auto low = folded(text);
      return std::any_of(p.values.begin(), p.values.end(),
                         [&](const std::string& v) { return low.find(v) != std::string::npos; });
    }
    case PredicateOp::calls: {
      CalleeNames scratch;
      const CalleeNames* names = resolve_callee(node, ctx, scratch);
      return names != nullptr && calls_any(p, *names);
    }
    case PredicateOp::literal:
      return is_literal(node, ctx.spec, 0);
    case PredicateOp::enclosing_contains: {
      TSNode scope = root_of(node);  // the file, unless a node of the types is near enough
      TSNode up = ts_node_parent(node);
      for (int hop = 0; hop < kMaxAncestorHops && !ts_node_is_null(up); ++hop) {
        if (p.value_set.count(ts_node_type(up)) > 0) {
          scope = up;
          break;
        }
        up = ts_node_parent(up);
      }
      const auto low = folded(node_text(scope, ctx.source));
      return std::any_of(p.values.begin(), p.values.end(),
                         [&](const std::string& v) { return low.find(v) != std::string::npos; });
    }
    case PredicateOp::constant:
      return is_constant(node, ctx, 0);
    case PredicateOp::name_any_of:
      return p.value_set.count(normalize_name(text)) > 0;
    case PredicateOp::num_prefix: {
      const auto d = digits_of(text);
      return std::any_of(p.values.begin(), p.values.end(),
                         [&](const std::string& v) { return d.starts_with(v); });
    }
    case PredicateOp::min_length:
      return strip_quotes(text).size() >= p.min_length;
    case PredicateOp::has_ancestor: {
      TSNode up = ts_node_parent(node);
      for (int hop = 0; hop < kMaxAncestorHops && !ts_node_is_null(up); ++hop) {
        const std::string_view type = ts_node_type(up);
        if (std::find(p.values.begin(), p.values.end(), type) != p.values.end()) return true;
        up = ts_node_parent(up);
      }
      return false;
    }
    case PredicateOp::int_mask: {
      const auto v = integer_value(text);
      return v && (*v & p.mask) != 0;
    }
    case PredicateOp::var_value:
      return var_value_is(node, p, ctx);
    case PredicateOp::flows_to:
      return flows_to(node, p, ctx);
    case PredicateOp::starts_with:
      return std::any_of(p.values.begin(), p.values.end(),
                         [&](const std::string& v) { return text.starts_with(v); });
    case PredicateOp::uses: {
      const auto other = capture_text(*p.other_capture, match, ctx.source);
      return other && uses_token(text, *other);
    }
  }
  return false;
}

}  // namespace

std::string normalize_name(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  for (char c : name) {
    if (c != '_') out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  return out;
}

CallName parse_call_name(std::string_view name) {
  if (name.size() > kAnyReceiver.size() && name.front() == kAnyReceiver.front()) {
    return {CallName::Kind::suffix, std::string(name.substr(1))};
  }
  if (name.size() > kWildcardSuffix.size() && name.ends_with(kWildcardSuffix)) {
    return {CallName::Kind::prefix, std::string(name.substr(0, name.size() - 1))};
  }
  return {CallName::Kind::exact, std::string(name)};
}

Expected<std::vector<Predicate>, std::string> parse_predicates(const TSQuery* query,
                                                               std::uint32_t pattern) {
  std::uint32_t step_count = 0;
  const auto* steps = ts_query_predicates_for_pattern(query, pattern, &step_count);
  std::vector<Predicate> out;
  std::uint32_t begin = 0;
  for (std::uint32_t i = 0; i < step_count; ++i) {
    if (steps[i].type != TSQueryPredicateStepTypeDone) continue;
    auto p = build(query, steps + begin, i - begin);
    if (!p) return unexpected(p.error());
    out.push_back(std::move(p.value()));
    begin = i + 1;
  }
  return out;
}

bool predicates_hold(const std::vector<Predicate>& predicates, const TSQueryMatch& match,
                     const MatchContext& ctx) {
  for (const auto& p : predicates) {
    for (std::uint16_t i = 0; i < match.capture_count; ++i) {
      if (match.captures[i].index != p.capture) continue;
      if (holds_for(p, match.captures[i].node, match, ctx) == p.negated) return false;
    }
  }
  return true;
}

const std::regex* LazyRegex::get() const {
  std::call_once(once_, [this] {
    try {
      compiled_ =
          std::make_unique<const std::regex>(text_, std::regex::ECMAScript | std::regex::optimize);
    } catch (const std::regex_error&) {
      compiled_.reset();  // loading refuses such a pattern (valid_regex); never matches
    }
  });
  return compiled_.get();
}

bool LazyRegex::compiled() const {
  // Read only after get() returned on this thread or in a test with no other thread.
  return compiled_ != nullptr;
}

}  // namespace riemann::patterns
