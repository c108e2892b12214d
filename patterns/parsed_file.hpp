// One source file parsed once: its tree, its import bindings and its nosec-suppressed lines.
#pragma once

#include <set>
#include <string_view>

#include "config/expected.hpp"
#include "patterns/import_resolver.hpp"
#include "patterns/patterns.hpp"
#include "patterns/query_engine.hpp"
#include "patterns/ts_handles.hpp"

namespace riemann::patterns {

struct LanguageRuntime;

// A parse that takes longer than this is abandoned (input_rejected): bounded time per file.
inline constexpr std::uint64_t kParseTimeoutMicros = 5'000'000;

struct ParsedFile {
  TreePtr tree;
  ImportMap imports;
  std::set<std::uint32_t> nosec_rows;  // 0-based rows holding a nosec comment
  TSNode root() const { return ts_tree_root_node(tree.get()); }
};

Expected<ParsedFile, Error> parse_file(const LanguageRuntime& rt, std::string_view source,
                                       std::string_view file_name);

}  // namespace riemann::patterns
