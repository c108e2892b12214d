// Deciding from the text alone that no pattern of a rule set can match a file, without parsing.
//
// A match requires every predicate on a capture that the pattern always captures (quantifier one
// or one-or-more; a predicate on an absent capture holds vacuously, see predicates_hold). Some of
// those predicates can only hold when the source contains one of a few literals:
//   #eq? / #any-of? @c "v" ...   the capture's text is v, so v occurs in the source;
//   #starts-with? @c "p" ...     p occurs;
//   #contains? @c "s" ...        s occurs, ignoring case and white space (as #contains? reads);
//   #calls? @callee "a.b.f" "*.m" and the `calls` shorthand: the callee, as written or through
//                                the imports, ends in f (or m), an identifier the source spells
//                                out (at the call, in an import, or in a getattr/require string),
//                                so f occurs as a whole word. A prefix "a.*" names no such word.
// Each pattern contributes the literals of one such predicate (the one whose shortest literal is
// longest: fewest false alarms). If any pattern of the set has none, there is no prefilter. When
// a file contains none of the literals, no pattern can match it and the walk can be skipped: the
// walk's result (no findings) is known. Engine::gate uses this for the critical rules, so that a
// program without a single critical call name waits for no parse at security_level high.
#pragma once

#include <tree_sitter/api.h>

#include <bitset>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "patterns/predicates.hpp"

namespace riemann::patterns {

struct Needle {
  std::string text;
  bool whole_word = false;  // not preceded or followed by an identifier character
  bool folded = false;      // text is lower case; matched ignoring case and white space
  bool operator==(const Needle&) const = default;
  auto operator<=>(const Needle&) const = default;
};

// The literals one of which every match of `pattern` contains; nullopt when none is known.
std::optional<std::vector<Needle>> pattern_needles(const TSQuery* query, std::uint32_t pattern,
                                                   const std::vector<Predicate>& predicates);

// The whole-word needles of call names ("os.system" -> system, "*.exec" -> exec); nullopt
// when a name is a prefix ("subprocess.*") or ends in something other than an identifier.
std::optional<std::vector<Needle>> call_name_needles(const std::vector<std::string>& names);

class LiteralPrefilter {
 public:
  void add(const std::vector<Needle>& needles);
  // False only when the text contains none of the needles: then nothing can match it.
  bool may_match(std::string_view text) const;
  std::size_t size() const { return exact_.size() + folded_.size() + (always_ ? 1 : 0); }

 private:
  static constexpr std::size_t kPairs = 1U << 16;  // every two-byte prefix
  static constexpr std::size_t kBytes = 256;

  std::vector<Needle> exact_;       // sorted by their first two bytes (one-byte needles first)
  std::vector<Needle> folded_;      // Needle::folded
  std::bitset<kPairs> pairs_;       // first two bytes of an exact needle
  std::bitset<kBytes> single_;      // one-byte exact needles
  std::bitset<kBytes> fold_first_;  // first byte of a folded needle, either case
  bool always_ = false;             // an empty needle: every text may match
};

}  // namespace riemann::patterns
