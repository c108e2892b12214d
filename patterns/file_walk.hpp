// One source file: parsed once, then walked once per purpose with a single combined query whose
// first patterns (the "prelude") bind imports and find nosec comments while the rule patterns
// match. Bindings apply from their position on, as in the program itself.
#pragma once

#include <cstdint>
#include <functional>
#include <set>
#include <string_view>

#include "config/expected.hpp"
#include "patterns/import_resolver.hpp"
#include "patterns/patterns.hpp"
#include "patterns/query_engine.hpp"
#include "patterns/shorthand.hpp"
#include "patterns/ts_handles.hpp"

namespace riemann::patterns {

struct LanguageRuntime;

// A parse that takes longer than this is abandoned (input_rejected): bounded time per file.
inline constexpr std::uint64_t kParseTimeoutMicros = 5'000'000;
// Owners of the prelude patterns in a combined query (rule owners are indices, far below).
inline constexpr std::uint32_t kImportOwner = UINT32_MAX - 1;
inline constexpr std::uint32_t kCommentOwner = UINT32_MAX - 2;

Expected<TreePtr, Error> parse_tree(const LanguageRuntime& rt, std::string_view source,
                                    std::string_view file_name);

struct WalkState {
  ImportMap imports;
  std::set<std::uint32_t> nosec_rows;  // 0-based rows holding a nosec comment
};

using RuleMatch = std::function<void(std::uint32_t owner, const TSQueryMatch&)>;

// Runs `query` over the tree once: prelude matches update `state`, rule matches go to on_rule.
void walk_file(const LanguageRuntime& rt, const CompiledQuery& query,
               const ShorthandIndex& shorthand, TSNode root, std::string_view source,
               WalkState& state, const RuleMatch& on_rule);

}  // namespace riemann::patterns
