// The Engine behind patterns.hpp: per-language compiled queries over one loaded rule directory.
// Internal header (tests use it to check every rule's inline examples).
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "patterns/call_gate.hpp"
#include "patterns/file_walk.hpp"
#include "patterns/language_spec.hpp"
#include "patterns/literal_prefilter.hpp"
#include "patterns/patterns.hpp"
#include "patterns/query_engine.hpp"
#include "patterns/rule.hpp"
#include "patterns/shorthand.hpp"

namespace riemann::patterns {

// One purpose's compiled matchers (security rules, or evidence signals) for one language.
struct QuerySet {
  // The prelude (imports, dispatch patterns) then the rules' raw queries; owner = index into
  // RuleSet::security / RuleSet::evidence, or kImportOwner / a dispatch owner.
  CompiledQuery query;
  ShorthandIndex shorthand;  // owners reached through kCallDispatch & co.
  CallGate gate;             // call-rooted raw queries, run per call (call_gate.hpp)
};

struct LanguageRuntime {
  LanguageSpec spec;
  const TSLanguage* grammar = nullptr;
  QuerySet security;
  // The security rules of severity kGateSeverity alone: what security_level high decides on,
  // walked before the run while the rest of the report is made beside it (Engine::gate).
  QuerySet critical;
  // Literals one of which every critical finding needs (literal_prefilter.hpp): a file with
  // none of them is not parsed by the gate. Absent when some critical pattern names none.
  std::optional<LiteralPrefilter> critical_prefilter;
  QuerySet evidence;
  CompiledQuery comments;  // the language's comment pattern (nosec markers)
  // Ids of inherited rules/signals with a query left out (does not compile for this dialect).
  std::vector<std::string> skipped;
};

struct LoadOptions {
  // Call-rooted raw queries run per matching call instead of in the combined query (same
  // results, faster; off only to compare the two in tests and benchmarks).
  bool gate_calls = true;
};

class EngineImpl final : public Engine {
 public:
  // only_language empty: every language (see Engine::load).
  static Expected<std::shared_ptr<const EngineImpl>, Error> create(
      const std::string& rules_dir, std::string_view only_language = {}, LoadOptions options = {});

  bool supports(std::string_view language) const override;
  Expected<SecurityReport, Error> scan(std::string_view language,
                                       const std::vector<SourceFile>& files) const override;
  Expected<RiemannReport, Error> analyze(std::string_view language,
                                         const std::vector<SourceFile>& files,
                                         double threshold) const override;
  Expected<Examination, Error> examine(std::string_view language,
                                       const std::vector<SourceFile>& files,
                                       double threshold) const override;
  Expected<SecurityReport, Error> gate(std::string_view language,
                                       const std::vector<SourceFile>& files) const override;
  RiemannReport refine_with_output(RiemannReport report, std::string_view output,
                                   double threshold) const override;

  const RuleSet& rules() const { return rules_; }
  // The compiled queries of one language (or alias); nullptr when it has none (profiling).
  const LanguageRuntime* runtime(std::string_view language) const {
    auto rt = runtime_for(language);
    return rt ? rt.value() : nullptr;
  }
  // Ids of the base language's rules/signals with a query left out for a dialect (typescript).
  std::vector<std::string> skipped_ids(std::string_view language) const;
  // Ids of the security rules / evidence signals that fire on one snippet (example checks).
  Expected<std::set<std::string>, Error> fired_rule_ids(std::string_view language,
                                                        const std::string& code) const;
  Expected<std::set<std::string>, Error> fired_evidence_ids(std::string_view language,
                                                            const std::string& code) const;

 private:
  Expected<const LanguageRuntime*, Error> runtime_for(std::string_view language) const;
  // Which security rules examine_files walks: none, all (scan), or the critical ones (gate).
  enum class SecurityRules : std::uint8_t { none, all, critical };
  // Which reports examine_files fills.
  struct Wanted {
    SecurityRules security = SecurityRules::none;
    bool evidence = false;
  };
  // Parses each file once and fills the reports asked for.
  Expected<Unit, Error> examine_files(std::string_view language,
                                      const std::vector<SourceFile>& files, Wanted wanted,
                                      double threshold, Examination& out) const;
  // The security report alone, from the rules asked for (scan, gate).
  Expected<SecurityReport, Error> security_report(std::string_view language,
                                                  const std::vector<SourceFile>& files,
                                                  SecurityRules rules) const;

  RuleSet rules_;
  std::map<std::string, LanguageRuntime, std::less<>> runtimes_;
  std::map<std::string, std::string, std::less<>> aliases_;  // "py" -> "python"
};

}  // namespace riemann::patterns
