// The security report: every security rule of the language in one query walk per parsed file,
// then sorting and scoring; EngineImpl::scan.
#include <algorithm>
#include <set>
#include <tuple>

#include "patterns/engine_impl.hpp"
#include "patterns/report_collectors.hpp"
#include "patterns/score.hpp"
#include "patterns/source_text.hpp"

namespace riemann::patterns {

namespace {
// A report never lists more findings than this (a generated file could match thousands).
constexpr std::size_t kMaxIssues = 1000;

struct RowSpan {
  std::uint32_t first;
  std::uint32_t last;
};

bool suppressed_at(const WalkState& state, RowSpan rows) {
  const auto it = state.nosec_rows.lower_bound(rows.first);
  return it != state.nosec_rows.end() && *it <= rows.last;
}

Issue make_issue(const SecurityRule& rule, const SourceFile& file, TSNode node) {
  const TSPoint at = ts_node_start_point(node);
  Issue issue;
  issue.rule_id = rule.id;
  issue.severity = rule.severity;
  issue.confidence = rule.confidence;
  issue.cwe = rule.cwe;
  issue.message = rule.message;
  issue.file = file.name;
  issue.line = static_cast<int>(at.row) + 1;
  issue.column = static_cast<int>(at.column) + 1;
  issue.snippet = line_snippet(file.content, ts_node_start_byte(node));
  return issue;
}

}  // namespace

void collect_issues(const LanguageRuntime& rt, const RuleSet& rules, const SourceFile& file,
                    TSNode root, std::vector<Issue>& out) {
  WalkState state;
  std::set<std::tuple<std::uint32_t, std::uint32_t, std::uint32_t>> seen;  // rule, row, column
  std::vector<std::pair<std::size_t, RowSpan>> spans;  // issue index -> rows it covers
  walk_file(rt, rt.security, rt.security_shorthand, root, file.content, state,
            [&](std::uint32_t owner, const TSQueryMatch& m) {
              if (out.size() >= kMaxIssues) return;
              const TSNode node = report_node(rt.security, m);
              const TSPoint at = ts_node_start_point(node);
              if (!seen.emplace(owner, at.row, at.column).second) return;
              spans.emplace_back(out.size(), RowSpan{at.row, ts_node_end_point(node).row});
              out.push_back(make_issue(rules.security[owner], file, node));
            });
  // nosec comments may follow the finding on its line: suppression is decided after the walk.
  for (const auto& [index, rows] : spans) out[index].suppressed = suppressed_at(state, rows);
}

namespace {

void sort_issues(std::vector<Issue>& issues) {
  std::stable_sort(issues.begin(), issues.end(), [](const Issue& a, const Issue& b) {
    return std::tie(a.file, a.line, a.column, a.rule_id) <
           std::tie(b.file, b.line, b.column, b.rule_id);
  });
}

}  // namespace

void finish_security(SecurityReport& report) {
  sort_issues(report.issues);
  score_security(report);
}

Expected<SecurityReport, Error> EngineImpl::scan(std::string_view language,
                                                 const std::vector<SourceFile>& files) const {
  Examination result;
  if (auto r = examine_files(language, files, true, false, 0, result); !r) {
    return unexpected(r.error());
  }
  return std::move(result.security);
}

Expected<std::set<std::string>, Error> EngineImpl::fired_rule_ids(std::string_view language,
                                                                  const std::string& code) const {
  auto report = scan(language, {SourceFile{"example", code}});
  if (!report) return unexpected(report.error());
  std::set<std::string> ids;
  for (const auto& i : report.value().issues) {
    if (!i.suppressed) ids.insert(i.rule_id);
  }
  return ids;
}

}  // namespace riemann::patterns
