// Turning one parsed file into report entries: issues for the security report (scanner.cpp),
// evidence for the Riemann report (riemann.cpp). examine.cpp parses each file once and drives
// both, so scan(), analyze() and examine() give the same reports.
#pragma once

#include <tree_sitter/api.h>

#include <cstdint>
#include <map>
#include <string_view>
#include <vector>

#include "patterns/patterns.hpp"
#include "patterns/rule.hpp"

namespace riemann::patterns {

struct LanguageRuntime;
struct QuerySet;

// Runs a security query set (the language's whole one, or its critical rules) over the file's
// tree; appends findings (deduplicated, nosec applied,
// at most 1000 in `out`, the most severe kept) to `out`. False when a work bound cut the scan
// short (SecurityReport::complete).
bool collect_issues(const LanguageRuntime& rt, const QuerySet& set, const RuleSet& rules,
                    const SourceFile& file, TSNode root, std::vector<Issue>& out);
// Sorts the issues and computes score and level.
void finish_security(SecurityReport& report);

// Evidence lines kept so far per signal, across the files of one submission.
using SignalCounts = std::map<std::uint32_t, std::size_t>;

// Runs the evidence query over the file's tree; appends evidence (bounded per signal and in
// total) to `out`.
void collect_evidence(const LanguageRuntime& rt, const RuleSet& rules, TSNode root,
                      std::string_view source, SignalCounts& per_signal,
                      std::vector<Evidence>& out);

}  // namespace riemann::patterns
