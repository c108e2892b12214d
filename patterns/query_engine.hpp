// Many rules compiled into one tree-sitter query per language (one cursor pass per tree), with
// each pattern mapped back to the rule that owns it and its parsed predicates.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "config/expected.hpp"
#include "patterns/predicates.hpp"
#include "patterns/ts_handles.hpp"

namespace riemann::patterns {

struct QuerySource {
  std::uint32_t owner = 0;  // index of the rule / evidence signal
  std::string text;
  std::string label;      // for error messages: "file: rule id"
  bool optional = false;  // left out (not an error) when it does not compile for the grammar
};

struct CompiledQuery {
  QueryPtr query;
  std::vector<std::uint32_t> owner;                // per pattern
  std::vector<std::vector<Predicate>> predicates;  // per pattern
  std::uint32_t match_capture = UINT32_MAX;        // id of @match, where findings point
  std::uint32_t callee_capture = UINT32_MAX;       // id of @callee (call dispatch)
};

// Compiles all sources as one query; on failure names the first faulty source.
// Compiles all sources into one query. An optional source that does not compile is left out
// and its owner added to `left_out` (found by the error offset: one compile per source left
// out, not one per source); any other source that does not compile fails the whole.
Expected<CompiledQuery, std::string> compile_queries(
    const TSLanguage* language, std::vector<QuerySource> sources,
    std::vector<std::uint32_t>* left_out = nullptr);

// Node a match reports: its @match capture, else its first capture.
TSNode report_node(const CompiledQuery& q, const TSQueryMatch& match);

// Runs the query over `root`, calling on_match(owner, match) for every match whose predicates
// hold; with rooted_only, only for matches whose reported node is `root` itself (the others are
// dropped before their predicates run). Returns false when a work bound was hit (too many
// matches, or too many in progress at once: the result is then partial).
bool run_query(const CompiledQuery& q, TSNode root, const MatchContext& ctx,
               const std::function<void(std::uint32_t, const TSQueryMatch&)>& on_match,
               bool rooted_only = false);

// Quotes a value for use inside a query string literal.
std::string query_string(const std::string& value);

}  // namespace riemann::patterns
