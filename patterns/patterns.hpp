// Public surface of the pattern engine: one structural rule engine used by both the security
// scanner and the Riemann analysis (SPEC §8). Rules are data files under patterns/rules/.
//
// This module knows nothing of actors or HTTP (SPEC §3); the CLI (`riemann scan`), the scanner
// and pattern actors, and the tests call it directly. An Engine is immutable after load() and
// safe to share between threads.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "config/expected.hpp"

namespace riemann::patterns {

struct SourceFile {
  std::string name;     // e.g. "main.py"; used in findings of multi-file programs
  std::string content;  // raw bytes (may be invalid UTF-8 or binary: never a crash)
};

// One security finding (SPEC §5.1 security_scan.issues[]).
struct Issue {
  std::string rule_id;     // "py.exec"
  std::string severity;    // low | medium | high | critical
  std::string confidence;  // low | medium | high
  std::string cwe;         // "CWE-95"
  std::string message;
  std::string file;         // source file name
  int line = 0;             // 1-based
  int column = 0;           // 1-based
  std::string snippet;      // the matched source line, trimmed and bounded
  bool suppressed = false;  // a nosec-style comment silenced it (reported, not counted)
};

// The severity of the findings that refuse to run a program at security_level high.
inline constexpr std::string_view kGateSeverity = "critical";

struct SecurityReport {
  double score = 1.0;         // 1.0 = no findings; formula in docs/PATTERNS.md
  std::string level;          // secure | low_risk | medium_risk | high_risk | critical
  std::vector<Issue> issues;  // at most 1000: the most severe unsuppressed ones kept first
  // False when a work bound for hostile input (match count, nesting, call budget) cut the scan
  // short: findings may be missing, so a gate must not trust the report (security_level high
  // rejects such a program).
  bool complete = true;
  bool has_critical() const;
};

struct Evidence {
  std::string pattern;  // "prime_pattern"
  int line = 0;         // 0 when the evidence came from program output
  std::string why;
  double weight = 0;
};

struct PatternScore {
  std::string pattern;
  double confidence = 0;  // 0..1
};

struct RiemannReport {
  double score = 0;                           // 0..1 overall
  double confidence = 0;                      // 0..1
  std::vector<std::string> patterns_matched;  // only those with confidence >= threshold
  std::vector<PatternScore> patterns;         // every pattern with any evidence
  std::vector<Evidence> evidence;
};

enum class Errc : std::uint8_t {
  rules_invalid = 1,     // a rule file failed to load (message names file and reason)
  unsupported_language,  // no grammar/rules for that language
  input_rejected,        // input too large / too deep to analyse within bounds
};

struct Error {
  Errc code;
  std::string message;
};

// Both reports of one submission, from one parse and one walk per file.
struct Examination {
  SecurityReport security;
  RiemannReport riemann;
};

class Engine {
 public:
  // Loads every rule and pattern file below rules_dir; fails on the first invalid file.
  static Expected<std::shared_ptr<const Engine>, Error> load(const std::string& rules_dir);
  // The same, but compiles the queries of one language only (a name or alias; the others are
  // read but not compiled, and not supported by the result): a one-file `riemann scan` pays
  // for its own language's query compile, not for all of them.
  static Expected<std::shared_ptr<const Engine>, Error> load(const std::string& rules_dir,
                                                             std::string_view only_language);
  virtual ~Engine() = default;

  virtual bool supports(std::string_view language) const = 0;

  // Static security scan of all files of one submission (parse once, all rules in one pass).
  virtual Expected<SecurityReport, Error> scan(std::string_view language,
                                               const std::vector<SourceFile>& files) const = 0;

  // Riemann analysis; patterns below `threshold` are not listed in patterns_matched.
  virtual Expected<RiemannReport, Error> analyze(std::string_view language,
                                                 const std::vector<SourceFile>& files,
                                                 double threshold) const = 0;

  // scan() and analyze() together, parsing and walking each file once; the reports are the
  // same as the two calls give.
  virtual Expected<Examination, Error> examine(std::string_view language,
                                               const std::vector<SourceFile>& files,
                                               double threshold) const = 0;

  // The security scan restricted to the rules of severity kGateSeverity: what security_level
  // high decides on, in a fraction of scan()'s walk (one parse, few rules), so that the rest
  // of the report can be made beside the run. Its critical findings and `complete` are those
  // scan() would give; score and level cover these findings only.
  virtual Expected<SecurityReport, Error> gate(std::string_view language,
                                               const std::vector<SourceFile>& files) const = 0;

  // Raises confidence with what the program printed (primes, zeta zeros, ζ(2) ...).
  virtual RiemannReport refine_with_output(RiemannReport report, std::string_view output,
                                           double threshold) const = 0;
};

// Infers a language name from a file name ("x.py" -> "python"); empty when unknown.
std::string language_from_filename(std::string_view filename);

}  // namespace riemann::patterns
