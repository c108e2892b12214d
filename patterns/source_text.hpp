// Byte-level helpers over submitted source: input bounds, node text, bounded UTF-8-safe snippets.
#pragma once

#include <tree_sitter/api.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "config/expected.hpp"
#include "patterns/patterns.hpp"

namespace riemann::patterns {

// Largest submission (all files together) the engine analyses; larger is input_rejected.
inline constexpr std::size_t kMaxSubmissionBytes = 4 * 1024 * 1024;
// Snippets are cut to this many bytes (a minified 10 MB line must not flood the report).
inline constexpr std::size_t kMaxSnippetBytes = 160;

// Rejects oversize or binary (NUL-containing) submissions with Errc::input_rejected.
Expected<Unit, Error> check_submission(const std::vector<SourceFile>& files);

// The source bytes a node spans (empty if out of range).
std::string_view node_text(TSNode node, std::string_view source);

// The source line holding byte `offset`, trimmed, cut to kMaxSnippetBytes, valid UTF-8.
std::string line_snippet(std::string_view source, std::size_t offset);

// Copies `text` replacing every invalid UTF-8 sequence by '?'.
std::string sanitize_utf8(std::string_view text);

}  // namespace riemann::patterns
