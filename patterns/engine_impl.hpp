// The Engine behind patterns.hpp: per-language compiled queries over one loaded rule directory.
// Internal header (tests use it to check every rule's inline examples).
#pragma once

#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "patterns/file_walk.hpp"
#include "patterns/language_spec.hpp"
#include "patterns/patterns.hpp"
#include "patterns/query_engine.hpp"
#include "patterns/rule.hpp"
#include "patterns/shorthand.hpp"

namespace riemann::patterns {

struct LanguageRuntime {
  LanguageSpec spec;
  const TSLanguage* grammar = nullptr;
  // Each: the prelude (imports, nosec comments) then the rules; owner = index into
  // RuleSet::security / RuleSet::evidence, or kImportOwner / kCommentOwner.
  CompiledQuery security;
  CompiledQuery evidence;
  ShorthandIndex security_shorthand;  // owners reached through kCallDispatch & co.
  ShorthandIndex evidence_shorthand;
  // Ids of inherited rules/signals with a query left out (does not compile for this dialect).
  std::vector<std::string> skipped;
};

class EngineImpl final : public Engine {
 public:
  // only_language empty: every language (see Engine::load).
  static Expected<std::shared_ptr<const EngineImpl>, Error> create(
      const std::string& rules_dir, std::string_view only_language = {});

  bool supports(std::string_view language) const override;
  Expected<SecurityReport, Error> scan(std::string_view language,
                                       const std::vector<SourceFile>& files) const override;
  Expected<RiemannReport, Error> analyze(std::string_view language,
                                         const std::vector<SourceFile>& files,
                                         double threshold) const override;
  Expected<Examination, Error> examine(std::string_view language,
                                       const std::vector<SourceFile>& files,
                                       double threshold) const override;
  RiemannReport refine_with_output(RiemannReport report, std::string_view output,
                                   double threshold) const override;

  const RuleSet& rules() const { return rules_; }
  // Ids of the base language's rules/signals with a query left out for a dialect (typescript).
  std::vector<std::string> skipped_ids(std::string_view language) const;
  // Ids of the security rules / evidence signals that fire on one snippet (example checks).
  Expected<std::set<std::string>, Error> fired_rule_ids(std::string_view language,
                                                        const std::string& code) const;
  Expected<std::set<std::string>, Error> fired_evidence_ids(std::string_view language,
                                                            const std::string& code) const;

 private:
  Expected<const LanguageRuntime*, Error> runtime_for(std::string_view language) const;
  // Parses each file once and fills the reports asked for (scan and/or analyze).
  Expected<Unit, Error> examine_files(std::string_view language,
                                      const std::vector<SourceFile>& files, bool security,
                                      bool evidence, double threshold, Examination& out) const;

  RuleSet rules_;
  std::map<std::string, LanguageRuntime, std::less<>> runtimes_;
  std::map<std::string, std::string, std::less<>> aliases_;  // "py" -> "python"
};

}  // namespace riemann::patterns
