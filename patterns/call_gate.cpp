#include "patterns/call_gate.hpp"

#include <algorithm>
#include <cctype>

namespace riemann::patterns {

namespace {

constexpr std::string_view kCalleeCapture = "@callee";
constexpr std::string_view kMatchCapture = "match";
constexpr std::string_view kCalleeName = "callee";

bool is_space(char c) {
  return std::isspace(static_cast<unsigned char>(c)) != 0;
}

bool is_name_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_' || c == '-' || c == '.';
}

std::size_t skip_spaces(std::string_view s, std::size_t at) {
  while (at < s.size() && is_space(s[at])) ++at;
  return at;
}

// Index one past the bracket that closes the one at `open` ('(' or '['), skipping "strings";
// npos when unbalanced.
std::size_t close_of(std::string_view s, std::size_t open) {
  int depth = 0;
  for (std::size_t i = open; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '"') {
      for (++i; i < s.size() && s[i] != '"'; ++i) {
        if (s[i] == '\\') ++i;
      }
      continue;
    }
    if (c == '(' || c == '[') ++depth;
    if (c == ')' || c == ']') {
      if (--depth == 0) return i + 1;
    }
  }
  return std::string_view::npos;
}

// The capture names ("match") written at `at` and after, up to the first non-capture.
std::vector<std::string_view> captures_at(std::string_view s, std::size_t& at) {
  std::vector<std::string_view> out;
  for (at = skip_spaces(s, at); at < s.size() && s[at] == '@'; at = skip_spaces(s, at)) {
    const std::size_t start = ++at;
    while (at < s.size() && is_name_char(s[at])) ++at;
    out.push_back(s.substr(start, at - start));
  }
  return out;
}

bool has(const std::vector<std::string_view>& names, std::string_view name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

// The root node "(type ...)" at `at` matches the shape: its type, and the callee where it is.
bool root_fits(std::string_view root, const std::vector<std::string_view>& captures,
               const CallShape& shape) {
  if (!root.starts_with("(") || !root.substr(1).starts_with(shape.node)) return false;
  const std::size_t after = 1 + shape.node.size();
  if (after >= root.size() || (!is_space(root[after]) && root[after] != ')')) return false;
  if (shape.callee_field.empty()) return has(captures, kCalleeName);
  const auto field = root.substr(skip_spaces(root, after));
  return field.starts_with(shape.callee_field) && (field.size() == shape.callee_field.size() ||
                                                   !is_name_char(field[shape.callee_field.size()]));
}

}  // namespace

std::vector<CallShape> call_shapes(std::string_view call_template) {
  std::vector<CallShape> out;
  std::size_t at = skip_spaces(call_template, 0);
  std::size_t end = call_template.size();
  if (at < end && call_template[at] == '[') {
    end = close_of(call_template, at);
    if (end == std::string_view::npos) return out;
    ++at;
    --end;
  }
  for (at = skip_spaces(call_template, at); at < end && call_template[at] == '(';
       at = skip_spaces(call_template, at)) {
    const std::size_t close = close_of(call_template, at);
    if (close == std::string_view::npos || close > end) return out;
    const auto node = call_template.substr(at, close - at);
    std::size_t type_end = 1;
    while (type_end < node.size() && is_name_char(node[type_end])) ++type_end;
    CallShape shape{std::string(node.substr(1, type_end - 1)), {}};
    const auto callee = node.find(kCalleeCapture);
    if (callee != std::string_view::npos) {
      const auto field = skip_spaces(node, type_end);
      shape.callee_field = std::string(node.substr(field, callee + kCalleeCapture.size() - field));
    }
    at = close;
    captures_at(call_template, at);  // "@callee" after a node that is its own callee
    out.push_back(std::move(shape));
  }
  return out;
}

bool call_rooted(std::string_view text, const std::vector<CallShape>& shapes) {
  std::size_t at = skip_spaces(text, 0);
  if (at >= text.size() || text[at] != '(') return false;
  const std::size_t inner = skip_spaces(text, at + 1);
  const bool grouped = inner < text.size() && text[inner] == '(';
  std::size_t group_end = text.size();
  if (grouped) {
    group_end = close_of(text, at);
    if (group_end == std::string_view::npos) return false;
    at = inner;
  }
  const std::size_t root_end = close_of(text, at);
  if (root_end == std::string_view::npos || root_end > group_end) return false;
  const auto root = text.substr(at, root_end - at);
  std::size_t rest = root_end;
  const auto captures = captures_at(text, rest);
  if (!has(captures, kMatchCapture)) return false;
  if (grouped) {  // only predicates may follow the root inside the group
    for (rest = skip_spaces(text, rest); rest + 1 < group_end; rest = skip_spaces(text, rest)) {
      if (text.compare(rest, 2, "(#") != 0) return false;
      rest = close_of(text, rest);
      if (rest == std::string_view::npos || rest > group_end) return false;
    }
    rest = group_end;
  }
  if (skip_spaces(text, rest) != text.size()) return false;  // a second pattern follows
  return std::any_of(shapes.begin(), shapes.end(),
                     [&](const CallShape& s) { return root_fits(root, captures, s); });
}

bool CallGate::add(std::uint32_t owner, CompiledQuery query) {
  if (!query.query || query.match_capture == UINT32_MAX || query.callee_capture == UINT32_MAX) {
    return false;
  }
  // The query runs when any of its patterns' gates passes: each pattern needs one.
  std::vector<const Predicate*> gates;
  for (const auto& predicates : query.predicates) {
    const auto gate = std::find_if(predicates.begin(), predicates.end(), [&](const Predicate& p) {
      return p.op == PredicateOp::calls && !p.negated && p.capture == query.callee_capture;
    });
    if (gate == predicates.end()) return false;
    gates.push_back(&*gate);
  }
  const auto index = static_cast<std::uint32_t>(gated_.size());
  for (const auto* gate : gates) {
    for (const auto& name : gate->value_set) names_.add_exact(name, index);
    for (const auto& p : gate->prefixes) names_.add_prefix(p, index);
    for (const auto& s : gate->suffixes) names_.add_suffix(s, index);
  }
  gated_.push_back(Gated{owner, std::move(query)});
  return true;
}

void CallGate::candidates(const CalleeNames& callee, std::vector<std::uint32_t>& out) const {
  const auto start = out.size();
  names_.owners(callee, out);
  std::sort(out.begin() + static_cast<std::ptrdiff_t>(start), out.end());
  out.erase(std::unique(out.begin() + static_cast<std::ptrdiff_t>(start), out.end()), out.end());
}

}  // namespace riemann::patterns
