#include "app/scan_command.hpp"

#include <boost/json.hpp>

#include <array>
#include <charconv>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>

#include "patterns/patterns.hpp"
#include "patterns/score.hpp"

namespace riemann::app {

namespace {

namespace pat = riemann::patterns;

constexpr int kExitClean = 0;
constexpr int kExitFindings = 1;
constexpr int kExitError = 2;
constexpr double kDefaultRiemannThreshold = 0.7;
constexpr const char* kUsage =
    "usage: riemann scan FILE [--language L] [--format json|text] "
    "[--fail-on low|medium|high|critical] [--riemann-threshold 0..1]\n";

struct ScanOptions {
  std::string file;
  std::string language;
  std::string format = "json";
  std::string fail_on = "low";
  double riemann_threshold = kDefaultRiemannThreshold;
};

std::optional<double> parse_unit_interval(const std::string& s) {
  double v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc{} || p != s.data() + s.size() || v < 0 || v > 1) return std::nullopt;
  return v;
}

// Parses the arguments; on error returns nullopt and writes why to err.
std::optional<ScanOptions> parse_args(const std::vector<std::string>& args, std::ostream& err) {
  ScanOptions o;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const auto& a = args[i];
    const bool has_value = i + 1 < args.size();
    if (a == "--language" || a == "--format" || a == "--fail-on" || a == "--riemann-threshold") {
      if (!has_value) {
        err << "scan: " << a << " needs a value\n" << kUsage;
        return std::nullopt;
      }
      const auto& v = args[++i];
      if (a == "--language") o.language = v;
      if (a == "--format") o.format = v;
      if (a == "--fail-on") o.fail_on = v;
      if (a == "--riemann-threshold") {
        auto t = parse_unit_interval(v);
        if (!t) {
          err << "scan: --riemann-threshold must be a number in [0, 1]\n";
          return std::nullopt;
        }
        o.riemann_threshold = *t;
      }
    } else if (a == "--help" || a == "-h") {
      err << kUsage;
      return std::nullopt;
    } else if (!a.empty() && a[0] == '-') {
      err << "scan: unknown option " << a << "\n" << kUsage;
      return std::nullopt;
    } else if (o.file.empty()) {
      o.file = a;
    } else {
      err << "scan: one FILE only\n" << kUsage;
      return std::nullopt;
    }
  }
  if (o.file.empty()) {
    err << "scan: missing FILE\n" << kUsage;
    return std::nullopt;
  }
  if (o.format != "json" && o.format != "text") {
    err << "scan: --format must be json or text\n";
    return std::nullopt;
  }
  if (pat::severity_rank(o.fail_on) < 0) {
    err << "scan: --fail-on must be low, medium, high or critical\n";
    return std::nullopt;
  }
  return o;
}

std::optional<std::string> read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

boost::json::object issue_json(const pat::Issue& i) {
  return {{"rule_id", i.rule_id},
          {"severity", i.severity},
          {"confidence", i.confidence},
          {"cwe", i.cwe},
          {"message", i.message},
          {"file", i.file},
          {"line", i.line},
          {"column", i.column},
          {"snippet", i.snippet},
          {"suppressed", i.suppressed}};
}

boost::json::object riemann_json(const pat::RiemannReport& r) {
  boost::json::array matched;
  for (const auto& p : r.patterns_matched) matched.emplace_back(p);
  boost::json::array evidence;
  for (const auto& e : r.evidence) {
    evidence.push_back(
        boost::json::object{{"pattern", e.pattern}, {"line", e.line}, {"why", e.why}});
  }
  boost::json::object patterns;
  for (const auto& p : r.patterns) patterns[p.pattern] = p.confidence;
  return {{"score", r.score},
          {"confidence", r.confidence},
          {"patterns_matched", std::move(matched)},
          {"patterns", std::move(patterns)},
          {"evidence", std::move(evidence)}};
}

void print_json(std::ostream& out, const ScanOptions& o, const pat::SecurityReport& s,
                const pat::RiemannReport& r) {
  boost::json::array issues;
  for (const auto& i : s.issues) issues.push_back(issue_json(i));
  const boost::json::object doc{{"file", o.file},
                                {"language", o.language},
                                {"issues", std::move(issues)},
                                {"score", s.score},
                                {"level", s.level},
                                {"complete", s.complete},
                                {"riemann_analysis", riemann_json(r)}};
  out << boost::json::serialize(doc) << "\n";
}

void print_text(std::ostream& out, const ScanOptions& o, const pat::SecurityReport& s,
                const pat::RiemannReport& r) {
  for (const auto& i : s.issues) {
    out << i.file << ":" << i.line << ":" << i.column << ": " << i.severity << "/" << i.confidence
        << " " << i.rule_id << " (" << i.cwe << ") " << i.message
        << (i.suppressed ? " [suppressed]" : "") << "\n    " << i.snippet << "\n";
  }
  out << o.file << ": security score " << s.score << ", level " << s.level << ", "
      << s.issues.size() << " issue(s)"
      << (s.complete ? "" : " (incomplete: a work bound for hostile input cut the scan short)")
      << "\n";
  out << o.file << ": riemann score " << r.score << ", confidence " << r.confidence;
  for (const auto& p : r.patterns_matched)
    out << (&p == &r.patterns_matched.front() ? ", matched: " : ", ") << p;
  out << "\n";
}

// An incomplete scan fails too: what it did not see may be at any severity.
bool fails(const pat::SecurityReport& s, const std::string& fail_on) {
  if (!s.complete) return true;
  const int limit = pat::severity_rank(fail_on);
  for (const auto& i : s.issues) {
    if (!i.suppressed && pat::severity_rank(i.severity) >= limit) return true;
  }
  return false;
}

}  // namespace

int run_scan_command(const std::vector<std::string>& args, const std::string& rules_dir) {
  return run_scan_command(args, rules_dir, std::cout, std::cerr);
}

int run_scan_command(const std::vector<std::string>& args, const std::string& rules_dir,
                     std::ostream& out, std::ostream& err) {
  auto opts = parse_args(args, err);
  if (!opts) return kExitError;
  if (opts->language.empty()) opts->language = pat::language_from_filename(opts->file);
  if (opts->language.empty()) {
    err << "scan: cannot infer the language of " << opts->file << "; pass --language\n";
    return kExitError;
  }
  auto content = read_file(opts->file);
  if (!content) {
    err << "scan: cannot read " << opts->file << "\n";
    return kExitError;
  }
  auto engine = pat::Engine::load(rules_dir, opts->language);
  if (!engine) {
    err << "scan: rules: " << engine.error().message << "\n";
    return kExitError;
  }
  const std::vector<pat::SourceFile> files{pat::SourceFile{opts->file, std::move(*content)}};
  // One parse and one walk for both reports.
  auto both = engine.value()->examine(opts->language, files, opts->riemann_threshold);
  if (!both) {
    err << "scan: " << both.error().message << "\n";
    return kExitError;
  }
  const auto& [security, riemann] = both.value();
  if (opts->format == "json") {
    print_json(out, *opts, security, riemann);
  } else {
    print_text(out, *opts, security, riemann);
  }
  return fails(security, opts->fail_on) ? kExitFindings : kExitClean;
}

}  // namespace riemann::app
