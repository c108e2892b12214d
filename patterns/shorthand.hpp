// The shorthand matchers (`calls`, `names`, `numbers`) of all rules of one language and purpose,
// answered by one query pattern each plus hash lookups, instead of one query pattern per rule:
// the query cursor's cost grows with the number of patterns that start at a node.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "patterns/predicates.hpp"
#include "patterns/rule.hpp"

namespace riemann::patterns {

// Owners of the dispatch patterns in a combined query.
inline constexpr std::uint32_t kCallDispatch = UINT32_MAX - 3;
inline constexpr std::uint32_t kNameDispatch = UINT32_MAX - 4;
inline constexpr std::uint32_t kNumberDispatch = UINT32_MAX - 5;

// Owners by qualified callee name: exact names, prefixes ("a." of "a.*") and suffixes (".m" of
// "*.m"), each compared with the callee as written and as resolved through the imports.
class CallNameIndex {
 public:
  void add_exact(const std::string& name, std::uint32_t owner) { exact_[name].push_back(owner); }
  void add_prefix(std::string prefix, std::uint32_t owner) {
    prefix_.emplace_back(std::move(prefix), owner);
  }
  void add_suffix(std::string suffix, std::uint32_t owner) {
    suffix_.emplace_back(std::move(suffix), owner);
  }
  bool empty() const { return exact_.empty() && prefix_.empty() && suffix_.empty(); }

  // Appends the owners the callee matches; may append an owner more than once.
  void owners(const CalleeNames& callee, std::vector<std::uint32_t>& out) const;

 private:
  std::unordered_map<std::string, std::vector<std::uint32_t>> exact_;
  std::vector<std::pair<std::string, std::uint32_t>> prefix_;
  std::vector<std::pair<std::string, std::uint32_t>> suffix_;
};

class ShorthandIndex {
 public:
  void add(std::uint32_t owner, const Matcher& m);

  bool has_calls() const { return !calls_.empty(); }
  bool has_names() const { return !names_.empty(); }
  bool has_numbers() const { return !numbers_.empty(); }

  // Appends the owners whose shorthand matches; may append an owner more than once.
  void owners_for_call(const CalleeNames& callee, std::vector<std::uint32_t>& out) const;
  void owners_for_name(std::string_view identifier, std::vector<std::uint32_t>& out) const;
  void owners_for_number(std::string_view literal, std::vector<std::uint32_t>& out) const;

 private:
  using Owners = std::vector<std::uint32_t>;
  CallNameIndex calls_;
  std::unordered_map<std::string, Owners> names_;               // normalize_name()d
  std::vector<std::pair<std::string, std::uint32_t>> numbers_;  // literal prefixes
};

}  // namespace riemann::patterns
