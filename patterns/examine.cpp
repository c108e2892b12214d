// EngineImpl::examine: each file of a submission parsed once, then walked by the security query
// and/or the evidence query; scan() and analyze() are the one-report cases.
#include "patterns/engine_impl.hpp"
#include "patterns/report_collectors.hpp"
#include "patterns/riemann.hpp"
#include "patterns/source_text.hpp"

namespace riemann::patterns {

Expected<Unit, Error> EngineImpl::examine_files(std::string_view language,
                                                const std::vector<SourceFile>& files, Wanted wanted,
                                                double threshold, Examination& out) const {
  auto rt = runtime_for(language);
  if (!rt) return unexpected(rt.error());
  if (auto ok = check_submission(files); !ok) return unexpected(ok.error());
  const bool security = wanted.security != SecurityRules::none;
  const auto& set =
      wanted.security == SecurityRules::critical ? rt.value()->critical : rt.value()->security;
  // The gate skips a file that contains none of the literals a critical finding needs: no
  // critical rule can match it, parsed or not (literal_prefilter.hpp).
  const auto& prefilter = rt.value()->critical_prefilter;
  const bool gate_only = wanted.security == SecurityRules::critical && !wanted.evidence;
  SignalCounts per_signal;
  for (const auto& file : files) {
    if (gate_only && prefilter && !prefilter->may_match(file.content)) continue;
    auto tree = parse_tree(*rt.value(), file.content, file.name);
    if (!tree) return unexpected(tree.error());
    const TSNode root = ts_tree_root_node(tree.value().get());
    if (security && !collect_issues(*rt.value(), set, rules_, file, root, out.security.issues)) {
      out.security.complete = false;
    }
    if (wanted.evidence) {
      collect_evidence(*rt.value(), rules_, root, file.content, per_signal, out.riemann.evidence);
    }
  }
  if (security) finish_security(out.security);
  if (wanted.evidence) score_riemann(out.riemann, rules_.math_patterns, threshold);
  return Unit{};
}

Expected<Examination, Error> EngineImpl::examine(std::string_view language,
                                                 const std::vector<SourceFile>& files,
                                                 double threshold) const {
  Examination both;
  if (auto r = examine_files(language, files, {.security = SecurityRules::all, .evidence = true},
                             threshold, both);
      !r) {
    return unexpected(r.error());
  }
  return both;
}

}  // namespace riemann::patterns
