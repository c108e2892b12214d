// The security report: every security rule of the language in one query walk per parsed file,
// then sorting and scoring; EngineImpl::scan.
#include <algorithm>
#include <array>
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

// Keeps at most kMaxIssues findings, the most severe unsuppressed ones first: padding a program
// with minor or suppressed findings cannot push a critical one out of the report, on which
// security_level high decides.
class IssueKeeper {
 public:
  explicit IssueKeeper(std::vector<Issue>& out) : out_(out) {
    for (std::size_t i = 0; i < out_.size(); ++i) {
      by_rank_[rank(out_[i].severity, out_[i].suppressed)].push_back(i);
    }
  }

  // Whether a finding of this rank would be kept (then offer() it).
  bool wants(std::size_t r) const { return out_.size() < kMaxIssues || lowest_below(r) < r; }

  void offer(Issue issue) {
    const auto r = rank(issue.severity, issue.suppressed);
    if (out_.size() < kMaxIssues) {
      by_rank_[r].push_back(out_.size());
      out_.push_back(std::move(issue));
      return;
    }
    const auto victim_rank = lowest_below(r);
    if (victim_rank >= r) return;
    const auto index = by_rank_[victim_rank].back();
    by_rank_[victim_rank].pop_back();
    out_[index] = std::move(issue);
    by_rank_[r].push_back(index);
  }

  // 0: suppressed; 1: unknown severity; 2..5: low..critical.
  static std::size_t rank(std::string_view severity, bool suppressed) {
    return suppressed ? 0 : static_cast<std::size_t>(severity_rank(severity) + 2);
  }

 private:
  static constexpr std::size_t kRanks = 6;

  std::size_t lowest_below(std::size_t r) const {
    for (std::size_t i = 0; i < r; ++i) {
      if (!by_rank_[i].empty()) return i;
    }
    return r;
  }

  std::vector<Issue>& out_;
  std::array<std::vector<std::size_t>, kRanks> by_rank_;  // indices into out_
};

}  // namespace

bool collect_issues(const LanguageRuntime& rt, const QuerySet& set, const RuleSet& rules,
                    const SourceFile& file, TSNode root, std::vector<Issue>& out) {
  WalkState state;
  // nosec comments may follow a finding on its line: they are all found first.
  find_suppressions(rt, root, file.content, state);
  IssueKeeper keeper(out);
  std::set<std::tuple<std::uint32_t, std::uint32_t, std::uint32_t>> seen;  // rule, row, column
  return walk_file(rt, set, root, file.content, state, [&](std::uint32_t owner, TSNode node) {
    const TSPoint at = ts_node_start_point(node);
    if (!seen.emplace(owner, at.row, at.column).second) return;
    const auto& rule = rules.security[owner];
    const bool suppressed = suppressed_at(state, RowSpan{at.row, ts_node_end_point(node).row});
    if (!keeper.wants(IssueKeeper::rank(rule.severity, suppressed))) return;
    auto issue = make_issue(rule, file, node);
    issue.suppressed = suppressed;
    keeper.offer(std::move(issue));
  });
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

Expected<SecurityReport, Error> EngineImpl::security_report(std::string_view language,
                                                            const std::vector<SourceFile>& files,
                                                            SecurityRules rules) const {
  Examination result;
  if (auto r = examine_files(language, files, {.security = rules}, 0, result); !r) {
    return unexpected(r.error());
  }
  return std::move(result.security);
}

Expected<SecurityReport, Error> EngineImpl::scan(std::string_view language,
                                                 const std::vector<SourceFile>& files) const {
  return security_report(language, files, SecurityRules::all);
}

Expected<SecurityReport, Error> EngineImpl::gate(std::string_view language,
                                                 const std::vector<SourceFile>& files) const {
  return security_report(language, files, SecurityRules::critical);
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
