#include "patterns/query_engine.hpp"

#include <algorithm>
#include <array>
#include <cstring>

namespace riemann::patterns {

namespace {
// Bounds on the work one query run may do (hostile inputs: deep nesting, huge files).
// In-progress matches: every enclosing node keeps the patterns that started at it alive, so code
// nested thousands deep costs (depth x patterns) per node; ordinary code stays far below this
// (4096 and 256 gave identical findings on ~4 300 peer and corpus files). 4096 made a 55 KB
// file of 5 000 nested calls take 3.6 s of walk, 1024 takes 1.0 s.
constexpr std::uint32_t kInProgressMatchLimit = 1024;
// A rooted run (one call-gated query on one call) only wants matches that start at its root,
// yet every nested call starts states too: in calls nested thousands deep each node would carry
// up to the full limit. Ordinary calls need a few dozen at most.
constexpr std::uint32_t kRootedInProgressMatchLimit = 128;
// Matches one run may yield: this many, or one per kSourceBytesPerMatch bytes of a larger file
// (a generated 3 MB Python file needs ~0.2 matches per byte; hostile input stays linear).
constexpr std::size_t kMinMatchesPerRun = 500000;
constexpr std::size_t kSourceBytesPerMatch = 2;
constexpr std::size_t kErrorContextBytes = 40;
constexpr std::string_view kMatchCapture = "match";
constexpr std::string_view kCalleeCapture = "callee";
// run_query inside run_query: the combined walk, and a call-gated query run from it.
constexpr std::size_t kMaxNesting = 2;

const char* error_name(TSQueryError e) {
  switch (e) {
    case TSQueryErrorSyntax:
      return "syntax error";
    case TSQueryErrorNodeType:
      return "unknown node type";
    case TSQueryErrorField:
      return "unknown field";
    case TSQueryErrorCapture:
      return "unknown capture";
    case TSQueryErrorStructure:
      return "impossible structure";
    case TSQueryErrorLanguage:
      return "language mismatch";
    default:
      return "error";
  }
}

Expected<QueryPtr, std::string> new_query(const TSLanguage* language, const std::string& text) {
  std::uint32_t offset = 0;
  TSQueryError error = TSQueryErrorNone;
  QueryPtr q(ts_query_new(language, text.data(), static_cast<std::uint32_t>(text.size()), &offset,
                          &error));
  if (!q) {
    const auto at = std::min<std::size_t>(offset, text.size());
    return unexpected(std::string(error_name(error)) + " at offset " + std::to_string(offset) +
                      " near '" + text.substr(at, kErrorContextBytes) + "'");
  }
  return q;
}

// Names the first source that does not compile on its own (only called after a failure).
std::string locate_error(const TSLanguage* language, const std::vector<QuerySource>& sources,
                         const std::string& combined_error) {
  for (const auto& s : sources) {
    auto single = new_query(language, s.text);
    if (!single) return s.label + ": " + single.error();
  }
  return "combined query: " + combined_error;
}

// Index of the source whose text holds byte `offset` of the combined query.
std::size_t source_at(const std::vector<std::uint32_t>& starts, std::uint32_t offset) {
  const auto it = std::upper_bound(starts.begin(), starts.end(), offset);
  return static_cast<std::size_t>(it - starts.begin()) - 1;
}

}  // namespace

Expected<CompiledQuery, std::string> compile_queries(const TSLanguage* language,
                                                     std::vector<QuerySource> sources,
                                                     std::vector<std::uint32_t>* left_out) {
  CompiledQuery out;
  std::vector<std::uint32_t> starts;
  for (;;) {
    if (sources.empty()) return out;
    std::string combined;
    starts.clear();
    for (const auto& s : sources) {
      starts.push_back(static_cast<std::uint32_t>(combined.size()));
      combined += s.text;
      combined += '\n';
    }
    std::uint32_t offset = 0;
    TSQueryError error = TSQueryErrorNone;
    out.query.reset(ts_query_new(language, combined.data(),
                                 static_cast<std::uint32_t>(combined.size()), &offset, &error));
    if (out.query) break;
    const auto failed = source_at(
        starts, std::min<std::uint32_t>(offset, static_cast<std::uint32_t>(combined.size())));
    if (!sources[failed].optional || left_out == nullptr) {
      return unexpected(locate_error(language, sources, error_name(error)));
    }
    left_out->push_back(sources[failed].owner);
    sources.erase(sources.begin() + static_cast<std::ptrdiff_t>(failed));
  }
  const auto count = ts_query_pattern_count(out.query.get());
  for (std::uint32_t i = 0; i < count; ++i) {
    const auto& src =
        sources[source_at(starts, ts_query_start_byte_for_pattern(out.query.get(), i))];
    out.owner.push_back(src.owner);
    auto preds = parse_predicates(out.query.get(), i);
    if (!preds) return unexpected(src.label + ": " + preds.error());
    out.predicates.push_back(std::move(preds.value()));
  }
  const auto captures = ts_query_capture_count(out.query.get());
  for (std::uint32_t i = 0; i < captures; ++i) {
    std::uint32_t len = 0;
    const char* name = ts_query_capture_name_for_id(out.query.get(), i, &len);
    const std::string_view capture(name, len);
    if (capture == kMatchCapture) out.match_capture = i;
    if (capture == kCalleeCapture) out.callee_capture = i;
  }
  return out;
}

TSNode report_node(const CompiledQuery& q, const TSQueryMatch& match) {
  for (std::uint16_t i = 0; i < match.capture_count; ++i) {
    if (match.captures[i].index == q.match_capture) return match.captures[i].node;
  }
  return match.captures[0].node;
}

bool run_query(const CompiledQuery& q, TSNode root, const MatchContext& ctx,
               const std::function<void(std::uint32_t, const TSQueryMatch&)>& on_match,
               bool rooted_only) {
  if (!q.query) return true;
  // Cursors per thread, reused: one per nesting level (a call-gated query runs from inside the
  // combined query's walk).
  thread_local std::array<QueryCursorPtr, kMaxNesting> cursors;
  thread_local std::size_t depth = 0;
  if (depth >= kMaxNesting) return false;
  auto& cursor = cursors[depth];
  if (!cursor) cursor.reset(ts_query_cursor_new());
  ++depth;
  struct Leave {
    std::size_t& depth;
    ~Leave() { --depth; }
  } leave{depth};
  ts_query_cursor_set_match_limit(
      cursor.get(), rooted_only ? kRootedInProgressMatchLimit : kInProgressMatchLimit);
  ts_query_cursor_exec(cursor.get(), q.query.get(), root);
  TSQueryMatch match;
  std::size_t seen = 0;
  const std::size_t max_matches =
      std::max(kMinMatchesPerRun, ctx.source.size() / kSourceBytesPerMatch);
  while (ts_query_cursor_next_match(cursor.get(), &match)) {
    if (++seen > max_matches) return false;
    if (match.capture_count == 0) continue;
    if (rooted_only && !ts_node_eq(report_node(q, match), root)) continue;
    if (!predicates_hold(q.predicates[match.pattern_index], match, ctx)) continue;
    on_match(q.owner[match.pattern_index], match);
  }
  // Past the in-progress limit the cursor dropped the oldest partial matches.
  return !ts_query_cursor_did_exceed_match_limit(cursor.get());
}

std::string query_string(const std::string& value) {
  std::string out = "\"";
  for (char c : value) {
    if (c == '"' || c == '\\') out.push_back('\\');
    out.push_back(c);
  }
  out.push_back('"');
  return out;
}

}  // namespace riemann::patterns
