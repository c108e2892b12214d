#include "patterns/shorthand.hpp"

namespace riemann::patterns {

namespace {
constexpr std::string_view kWildcardSuffix = ".*";
constexpr char kAnyReceiver = '*';

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
    has_calls_ = true;
    if (c.size() > 2 && c.front() == kAnyReceiver) {
      call_suffix_.emplace_back(c.substr(1), owner);
    } else if (c.size() > kWildcardSuffix.size() && c.ends_with(kWildcardSuffix)) {
      call_prefix_.emplace_back(c.substr(0, c.size() - 1), owner);
    } else {
      call_exact_[c].push_back(owner);
    }
  }
  for (const auto& n : m.names) names_[normalize_name(n)].push_back(owner);
  for (const auto& n : m.numbers) numbers_.emplace_back(n, owner);
}

void ShorthandIndex::owners_for_call(const CalleeNames& callee,
                                     std::vector<std::uint32_t>& out) const {
  append(call_exact_, callee.raw, out);
  if (callee.resolved != callee.raw) append(call_exact_, callee.resolved, out);
  for (const auto& [prefix, owner] : call_prefix_) {
    if (callee.raw.starts_with(prefix) || callee.resolved.starts_with(prefix)) out.push_back(owner);
  }
  for (const auto& [suffix, owner] : call_suffix_) {
    if (callee.raw.ends_with(suffix) || callee.resolved.ends_with(suffix)) out.push_back(owner);
  }
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
