#include "actors/analysis_actors.hpp"

#include <chrono>

#include "actors/errors.hpp"

namespace riemann::actors {
namespace {

std::vector<patterns::SourceFile> to_sources(const std::vector<source_file>& files) {
  std::vector<patterns::SourceFile> out;
  out.reserve(files.size());
  for (const auto& f : files) out.push_back(patterns::SourceFile{f.name, f.content});
  return out;
}

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

security_scan to_message(const patterns::SecurityReport& report) {
  security_scan out;
  out.score = report.score;
  out.level = report.level;
  out.complete = report.complete;
  for (const auto& i : report.issues) {
    out.issues.push_back(security_issue{i.rule_id, i.severity, i.confidence, i.cwe, i.message,
                                        i.file, i.line, i.column, i.snippet, i.suppressed});
  }
  return out;
}

riemann_analysis to_message(const patterns::RiemannReport& report) {
  riemann_analysis out;
  out.score = report.score;
  out.confidence = report.confidence;
  out.patterns_matched = report.patterns_matched;
  for (const auto& p : report.patterns)
    out.patterns.push_back(pattern_score{p.pattern, p.confidence});
  for (const auto& e : report.evidence) {
    out.evidence.push_back(pattern_evidence{e.pattern, e.line, e.why, e.weight});
  }
  return out;
}

patterns::RiemannReport from_message(const riemann_analysis& analysis) {
  patterns::RiemannReport r;
  r.score = analysis.score;
  r.confidence = analysis.confidence;
  r.patterns_matched = analysis.patterns_matched;
  for (const auto& p : analysis.patterns)
    r.patterns.push_back(patterns::PatternScore{p.pattern, p.confidence});
  for (const auto& e : analysis.evidence) {
    r.evidence.push_back(patterns::Evidence{e.pattern, e.line, e.why, e.weight});
  }
  return r;
}

namespace {

void count_issues(Metrics& metrics, const patterns::SecurityReport& report) {
  for (const auto& issue : report.issues) {
    if (!issue.suppressed) metrics.security_issue(issue.severity);
  }
}

}  // namespace

caf::behavior scanner_actor(caf::event_based_actor* /*self*/,
                            std::shared_ptr<const patterns::Engine> engine,
                            std::shared_ptr<Metrics> metrics) {
  return {
      [engine, metrics](examine_atom, const std::string& language,
                        const std::vector<source_file>& files,
                        double threshold) -> caf::result<security_scan, riemann_analysis> {
        if (!engine->supports(language)) {
          return caf::result<security_scan, riemann_analysis>(security_scan{}, riemann_analysis{});
        }
        const auto start = std::chrono::steady_clock::now();
        auto both = engine->examine(language, to_sources(files), threshold);
        metrics->scan_duration(Metrics::ScanPhase::examine, seconds_since(start));
        if (!both) return make_error(errc::analysis_failure, both.error().message);
        count_issues(*metrics, both->security);
        return caf::result<security_scan, riemann_analysis>(to_message(both->security),
                                                            to_message(both->riemann));
      },
      [engine, metrics](scan_atom, const std::string& language,
                        const std::vector<source_file>& files) -> caf::result<security_scan> {
        if (!engine->supports(language)) return security_scan{};
        const auto start = std::chrono::steady_clock::now();
        auto report = engine->gate(language, to_sources(files));
        metrics->scan_duration(Metrics::ScanPhase::gate, seconds_since(start));
        if (!report) return make_error(errc::analysis_failure, report.error().message);
        return to_message(*report);  // counted once, from the whole scan that follows
      },
  };
}

caf::behavior pattern_actor(caf::event_based_actor* /*self*/,
                            std::shared_ptr<const patterns::Engine> engine,
                            std::shared_ptr<Metrics> metrics) {
  return {
      [engine, metrics](refine_atom, const riemann_analysis& analysis, const std::string& output,
                        double threshold) -> riemann_analysis {
        auto refined =
            to_message(engine->refine_with_output(from_message(analysis), output, threshold));
        for (const auto& p : refined.patterns_matched) metrics->pattern_detected(p);
        return refined;
      },
  };
}

}  // namespace riemann::actors
