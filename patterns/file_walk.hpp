// One source file: parsed once, then walked once per purpose with a single combined query whose
// first patterns (the "prelude") bind imports while the rule patterns match. Bindings apply from
// their position on, as in the program itself. nosec comments are found before the walk.
#pragma once

#include <cstdint>
#include <functional>
#include <set>
#include <string_view>

#include "config/expected.hpp"
#include "patterns/call_gate.hpp"
#include "patterns/import_resolver.hpp"
#include "patterns/patterns.hpp"
#include "patterns/query_engine.hpp"
#include "patterns/shorthand.hpp"
#include "patterns/ts_handles.hpp"

namespace riemann::patterns {

struct LanguageRuntime;
struct QuerySet;

// A parse that takes longer than this is abandoned (input_rejected): bounded time per file.
inline constexpr std::uint64_t kParseTimeoutMicros = 5'000'000;
// Owners of the prelude patterns in a combined query (rule owners are indices, far below).
inline constexpr std::uint32_t kImportOwner = UINT32_MAX - 1;

Expected<TreePtr, Error> parse_tree(const LanguageRuntime& rt, std::string_view source,
                                    std::string_view file_name);

struct WalkState {
  ImportMap imports;
  std::set<std::uint32_t> nosec_rows;  // 0-based rows holding a nosec comment
};

// A rule's match: its owner and the node it reports (the @match capture, else the first).
using RuleMatch = std::function<void(std::uint32_t owner, TSNode node)>;

// Runs the set's combined query over the tree once: prelude matches update `state`, rule
// matches go to on_rule; at each call the dispatch meets, the gated queries its callee passes.
// Returns false when a work bound cut the walk short (matches may be missing).
bool walk_file(const LanguageRuntime& rt, const QuerySet& set, TSNode root, std::string_view source,
               WalkState& state, const RuleMatch& on_rule);

// Fills state.nosec_rows before the security walk, so that a finding is known to be suppressed
// when it is found. Comments are only looked at when the source mentions a marker at all.
void find_suppressions(const LanguageRuntime& rt, TSNode root, std::string_view source,
                       WalkState& state);

}  // namespace riemann::patterns
