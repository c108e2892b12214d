// The Riemann report: all evidence signals in one query walk per parsed file, and the scoring;
// EngineImpl::analyze.
#include "patterns/riemann.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "patterns/engine_impl.hpp"
#include "patterns/report_collectors.hpp"
#include "patterns/score.hpp"
#include "patterns/source_text.hpp"

namespace riemann::patterns {

namespace {
// Evidence lines kept per signal (the first occurrences); confidence counts a signal once.
constexpr std::size_t kMaxEvidencePerSignal = 3;
constexpr std::size_t kMaxEvidence = 200;

double relevance_of(const std::vector<MathPattern>& patterns, const std::string& name) {
  for (const auto& p : patterns) {
    if (p.name == name) return p.relevance;
  }
  return 0;
}

}  // namespace

void collect_evidence(const LanguageRuntime& rt, const RuleSet& rules, TSNode root,
                      std::string_view source, SignalCounts& per_signal,
                      std::vector<Evidence>& out) {
  WalkState state;
  walk_file(rt, rt.evidence, root, source, state, [&](std::uint32_t owner, TSNode node) {
    auto& count = per_signal[owner];
    if (count >= kMaxEvidencePerSignal || out.size() >= kMaxEvidence) return;
    const auto& signal = rules.evidence[owner];
    const int line = static_cast<int>(ts_node_start_point(node).row) + 1;
    for (const auto& e : out) {
      if (e.why == signal.why && e.line == line) return;
    }
    ++count;
    out.push_back(Evidence{signal.pattern, line, signal.why, signal.weight});
  });
}

void score_riemann(RiemannReport& report, const std::vector<MathPattern>& patterns,
                   double threshold) {
  // One weight per distinct signal (pattern + why), the largest seen.
  std::map<std::string, std::map<std::string, double>> signals;
  for (const auto& e : report.evidence) {
    auto& w = signals[e.pattern][e.why];
    w = std::max(w, e.weight);
  }
  report.patterns.clear();
  report.patterns_matched.clear();
  double miss = 1.0;
  double best = 0.0;
  for (const auto& [pattern, whys] : signals) {
    std::vector<double> weights;
    for (const auto& [why, w] : whys) weights.push_back(w);
    const double c = combine_weights(weights);
    report.patterns.push_back(PatternScore{pattern, c});
    if (c >= threshold) report.patterns_matched.push_back(pattern);
    miss *= 1.0 - c * relevance_of(patterns, pattern);
    best = std::max(best, c);
  }
  std::sort(
      report.patterns.begin(), report.patterns.end(),
      [](const PatternScore& a, const PatternScore& b) { return a.confidence > b.confidence; });
  report.score = 1.0 - miss;
  report.confidence = best;
}

Expected<RiemannReport, Error> EngineImpl::analyze(std::string_view language,
                                                   const std::vector<SourceFile>& files,
                                                   double threshold) const {
  Examination result;
  if (auto r = examine_files(language, files, {.evidence = true}, threshold, result); !r) {
    return unexpected(r.error());
  }
  return std::move(result.riemann);
}

RiemannReport EngineImpl::refine_with_output(RiemannReport report, std::string_view output,
                                             double threshold) const {
  for (auto& e : output_evidence(output)) report.evidence.push_back(std::move(e));
  score_riemann(report, rules_.math_patterns, threshold);
  return report;
}

Expected<std::set<std::string>, Error> EngineImpl::fired_evidence_ids(
    std::string_view language, const std::string& code) const {
  auto rt = runtime_for(language);
  if (!rt) return unexpected(rt.error());
  auto tree = parse_tree(*rt.value(), code, "example");
  if (!tree) return unexpected(tree.error());
  std::set<std::string> ids;
  WalkState state;
  walk_file(*rt.value(), rt.value()->evidence, ts_tree_root_node(tree.value().get()), code, state,
            [&](std::uint32_t owner, TSNode) { ids.insert(rules_.evidence[owner].id); });
  return ids;
}

}  // namespace riemann::patterns
