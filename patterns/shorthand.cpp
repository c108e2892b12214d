#include "patterns/shorthand.hpp"

namespace riemann::patterns {

namespace {

void append(const std::unordered_map<std::string, std::vector<std::uint32_t>>& map,
            const std::string& key, std::vector<std::uint32_t>& out) {
  const auto it = map.find(key);
  if (it != map.end()) out.insert(out.end(), it->second.begin(), it->second.end());
}

std::string digits_of(std::string_view number) {
  std::string out;
  for (char c : number) {
    if (c != '_' && c != '\'') out.push_back(c);
  }
  return out;
}
}  // namespace

void ShorthandIndex::add(std::uint32_t owner, const Matcher& m) {
  for (const auto& c : m.calls) {
    auto name = parse_call_name(c);
    if (name.kind == CallName::Kind::suffix) calls_.add_suffix(std::move(name.text), owner);
    if (name.kind == CallName::Kind::prefix) calls_.add_prefix(std::move(name.text), owner);
    if (name.kind == CallName::Kind::exact) calls_.add_exact(name.text, owner);
  }
  for (const auto& n : m.names) names_[normalize_name(n)].push_back(owner);
  for (const auto& n : m.numbers) numbers_.emplace_back(n, owner);
}

void CallNameIndex::owners(const CalleeNames& callee, std::vector<std::uint32_t>& out) const {
  append(exact_, callee.raw, out);
  if (callee.resolved != callee.raw) append(exact_, callee.resolved, out);
  for (const auto& [prefix, owner] : prefix_) {
    if (callee.raw.starts_with(prefix) || callee.resolved.starts_with(prefix)) out.push_back(owner);
  }
  for (const auto& [suffix, owner] : suffix_) {
    if (callee.raw.ends_with(suffix) || callee.resolved.ends_with(suffix)) out.push_back(owner);
  }
}

void ShorthandIndex::owners_for_call(const CalleeNames& callee,
                                     std::vector<std::uint32_t>& out) const {
  calls_.owners(callee, out);
}

void ShorthandIndex::owners_for_name(std::string_view identifier,
                                     std::vector<std::uint32_t>& out) const {
  append(names_, normalize_name(identifier), out);
}

void ShorthandIndex::owners_for_number(std::string_view literal,
                                       std::vector<std::uint32_t>& out) const {
  const auto digits = digits_of(literal);
  for (const auto& [prefix, owner] : numbers_) {
    if (digits.starts_with(prefix)) out.push_back(owner);
  }
}

}  // namespace riemann::patterns
