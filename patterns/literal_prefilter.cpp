#include "patterns/literal_prefilter.hpp"

#include <algorithm>
#include <cctype>
#include <tuple>

namespace riemann::patterns {
namespace {

constexpr unsigned char kFirstNonAscii = 0x80;  // UTF-8 bytes of identifiers
constexpr unsigned kByteBits = 8;

// Identifier characters of every language we carry ('$' of JavaScript; non-ASCII bytes are
// parts of Unicode identifiers). A needle next to one is part of a longer name.
bool identifier_char(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '$' || c >= kFirstNonAscii;
}

bool identifier(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
    return identifier_char(static_cast<unsigned char>(c));
  });
}

// The identifier a call name ends in: "os.system" -> system, "require('cp').exec" -> exec,
// "*.exec" -> exec (parse_call_name); empty for a prefix or a name that does not end in one.
std::string_view last_identifier(const CallName& name) {
  if (name.kind == CallName::Kind::prefix) return {};
  const std::string_view text = name.text;
  std::size_t start = text.size();
  while (start > 0 && identifier_char(static_cast<unsigned char>(text[start - 1]))) --start;
  return text.substr(start);
}

std::uint16_t pair_at(std::string_view text, std::size_t at) {
  return static_cast<std::uint16_t>((static_cast<unsigned char>(text[at]) << kByteBits) |
                                    static_cast<unsigned char>(text[at + 1]));
}

// The needle at text[at], on word boundaries if it asks for them.
bool exact_at(const Needle& n, std::string_view text, std::size_t at) {
  if (text.compare(at, n.text.size(), n.text) != 0) return false;
  if (!n.whole_word) return true;
  const std::size_t end = at + n.text.size();
  const bool open_before = at == 0 || !identifier_char(static_cast<unsigned char>(text[at - 1]));
  const bool open_after =
      end == text.size() || !identifier_char(static_cast<unsigned char>(text[end]));
  return open_before && open_after;
}

// White space #contains? ignores (predicates.cpp, folded()).
bool folded_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// The folded needle from text[at] on, ignoring case and white space between its characters.
bool folded_at(const Needle& n, std::string_view text, std::size_t at) {
  std::size_t i = at;
  for (const char want : n.text) {
    while (i < text.size() && i > at && folded_space(text[i])) ++i;
    if (i >= text.size()) return false;
    if (std::tolower(static_cast<unsigned char>(text[i])) != static_cast<unsigned char>(want)) {
      return false;
    }
    ++i;
  }
  return true;
}

bool always_captured(const TSQuery* query, std::uint32_t pattern, std::uint32_t capture) {
  const TSQuantifier q = ts_query_capture_quantifier_for_id(query, pattern, capture);
  return q == TSQuantifierOne || q == TSQuantifierOneOrMore;
}

// The literals a predicate needs in the source to hold; nullopt for the others.
std::optional<std::vector<Needle>> predicate_needles(const Predicate& p) {
  if (p.negated || p.other_capture) return std::nullopt;
  switch (p.op) {
    case PredicateOp::eq:
    case PredicateOp::any_of:
    case PredicateOp::starts_with: {
      std::vector<Needle> out;
      for (const auto& v : p.values) out.push_back(Needle{v, false});
      return out;
    }
    case PredicateOp::contains: {  // values are folded at load (parse_predicates)
      std::vector<Needle> out;
      for (const auto& v : p.values) out.push_back(Needle{v, false, true});
      return out;
    }
    case PredicateOp::calls:
      return call_name_needles(p.values);
    default:
      return std::nullopt;
  }
}

std::size_t shortest(const std::vector<Needle>& needles) {
  std::size_t n = SIZE_MAX;
  for (const auto& x : needles) n = std::min(n, x.text.size());
  return n;
}

}  // namespace

std::optional<std::vector<Needle>> call_name_needles(const std::vector<std::string>& names) {
  std::vector<Needle> out;
  for (const auto& name : names) {
    const CallName parsed = parse_call_name(name);
    const auto word = last_identifier(parsed);
    if (!identifier(word)) return std::nullopt;
    out.push_back(Needle{std::string(word), true});
  }
  return out;
}

std::optional<std::vector<Needle>> pattern_needles(const TSQuery* query, std::uint32_t pattern,
                                                   const std::vector<Predicate>& predicates) {
  std::optional<std::vector<Needle>> best;
  for (const auto& p : predicates) {
    if (!always_captured(query, pattern, p.capture)) continue;
    auto needles = predicate_needles(p);
    if (!needles || needles->empty()) continue;
    if (!best || shortest(*needles) > shortest(*best)) best = std::move(needles);
  }
  return best;
}

void LiteralPrefilter::add(const std::vector<Needle>& needles) {
  for (const auto& n : needles) {
    if (n.text.empty()) {
      always_ = true;  // an empty literal occurs everywhere
    } else if (n.folded) {
      const auto first = static_cast<unsigned char>(n.text[0]);
      fold_first_.set(first);
      fold_first_.set(static_cast<unsigned char>(std::toupper(first)));
      folded_.push_back(n);
    } else {
      if (n.text.size() == 1) single_.set(static_cast<unsigned char>(n.text[0]));
      if (n.text.size() > 1) pairs_.set(pair_at(n.text, 0));
      exact_.push_back(n);
    }
  }
  std::sort(exact_.begin(), exact_.end(), [](const Needle& a, const Needle& b) {
    return std::tuple(a.text.size() > 1, a.text.size() > 1 ? pair_at(a.text, 0) : 0, a.text,
                      a.whole_word) < std::tuple(b.text.size() > 1,
                                                 b.text.size() > 1 ? pair_at(b.text, 0) : 0, b.text,
                                                 b.whole_word);
  });
  exact_.erase(std::unique(exact_.begin(), exact_.end()), exact_.end());
  std::sort(folded_.begin(), folded_.end());
  folded_.erase(std::unique(folded_.begin(), folded_.end()), folded_.end());
}

bool LiteralPrefilter::may_match(std::string_view text) const {
  if (always_) return true;
  const auto first_pair =
      std::find_if(exact_.begin(), exact_.end(), [](const Needle& n) { return n.text.size() > 1; });
  for (std::size_t at = 0; at < text.size(); ++at) {
    const auto c = static_cast<unsigned char>(text[at]);
    if (single_.test(c)) {
      for (auto it = exact_.begin(); it != first_pair; ++it) {
        if (exact_at(*it, text, at)) return true;
      }
    }
    if (fold_first_.test(c)) {
      for (const auto& n : folded_) {
        if (folded_at(n, text, at)) return true;
      }
    }
    if (at + 1 >= text.size()) continue;
    const auto pair = pair_at(text, at);
    if (!pairs_.test(pair)) continue;
    auto it =
        std::lower_bound(first_pair, exact_.end(), pair,
                         [](const Needle& n, std::uint16_t p) { return pair_at(n.text, 0) < p; });
    for (; it != exact_.end() && pair_at(it->text, 0) == pair; ++it) {
      if (exact_at(*it, text, at)) return true;
    }
  }
  return false;
}

}  // namespace riemann::patterns
