// Precision/recall of the scanner and the Riemann analysis on the labeled corpora in
// tests/corpus/ (docs/PATTERNS.md "Quality"). Fails below the documented floors.
//
// Security corpus: the line after `ruleid: ID[|ID2]` must carry an unsuppressed finding of one of
// the ids; the line after `ok: ID` (or `ok: *`) must not carry that finding. Any other finding is
// counted against precision.
// Riemann corpus: a file's `expect: p1, p2` (or `expect: none`) lists exactly the patterns that
// must be matched at the default threshold.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <map>
#include <set>
#include <sstream>

#include "patterns/patterns.hpp"
#include "tests/patterns/test_engine.hpp"

using namespace riemann::patterns;
using riemann::patterns::test::engine;

namespace {
namespace fs = std::filesystem;

// Floors (docs/PATTERNS.md): the goals of issue 6.
constexpr double kMinSecurityRecall = 0.85;
constexpr double kMaxSafeFalsePositiveRate = 0.10;
constexpr double kMinSecurityPrecision = 0.85;
constexpr double kMinRiemannPrecision = 0.95;
constexpr double kMinRiemannRecall = 0.90;
constexpr double kRiemannThreshold = 0.7;
constexpr std::size_t kMinSecurityCases = 150;
constexpr std::size_t kMinRiemannCases = 80;

std::string corpus_dir() {
  return riemann::patterns::test::source_dir() + "/tests/corpus";
}

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

std::set<std::string> split_ids(std::string_view s) {
  std::set<std::string> ids;
  std::string cur;
  for (char c : s) {
    if (c == '|' || c == ',' || c == ' ' || c == '\t' || c == '\r') {
      if (!cur.empty()) ids.insert(cur);
      cur.clear();
    } else {
      cur.push_back(c);
    }
  }
  if (!cur.empty()) ids.insert(cur);
  return ids;
}

// The ids after `marker` on the line, or nullopt when the line has no such annotation.
std::optional<std::set<std::string>> annotation(const std::string& line, std::string_view marker) {
  const auto at = line.find(marker);
  if (at == std::string::npos) return std::nullopt;
  auto rest = std::string_view(line).substr(at + marker.size());
  if (const auto close = rest.find("*/"); close != std::string_view::npos)
    rest = rest.substr(0, close);
  return split_ids(rest);
}

struct Counts {
  std::size_t vulnerable = 0, detected = 0, safe = 0, safe_flagged = 0, findings = 0,
              true_findings = 0;
  double recall() const { return vulnerable ? double(detected) / double(vulnerable) : 1.0; }
  double fp_rate() const { return safe ? double(safe_flagged) / double(safe) : 0.0; }
  double precision() const { return findings ? double(true_findings) / double(findings) : 1.0; }
};

void score_security_file(const fs::path& path, Counts& c, std::ostream& misses) {
  const auto lang = language_from_filename(path.filename().string());
  const auto text = read(path);
  auto report = engine().scan(lang, {SourceFile{path.filename().string(), text}});
  REQUIRE(report.has_value());
  std::map<int, std::set<std::string>> found;  // line -> rule ids
  for (const auto& i : report.value().issues) {
    if (!i.suppressed) found[i.line].insert(i.rule_id);
  }
  const auto lines = split_lines(text);
  std::map<int, std::set<std::string>> expected, ok;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    auto want = annotation(lines[i], "ruleid:");
    auto safe = annotation(lines[i], "ok:");
    if (!want && !safe) continue;
    std::size_t target = i + 1;
    while (target < lines.size() &&
           (annotation(lines[target], "ruleid:") || annotation(lines[target], "ok:"))) {
      ++target;
    }
    const int line_no = static_cast<int>(target) + 1;
    if (want) expected[line_no].insert(want->begin(), want->end());
    if (safe) ok[line_no].insert(safe->begin(), safe->end());
  }
  for (const auto& [line, ids] : expected) {
    ++c.vulnerable;
    const auto& got = found[line];
    const bool hit = std::any_of(ids.begin(), ids.end(), [&](auto& id) { return got.count(id); });
    if (hit) {
      ++c.detected;
    } else {
      misses << "  missed " << path.filename().string() << ":" << line << " " << *ids.begin()
             << "\n";
    }
  }
  for (const auto& [line, ids] : ok) {
    ++c.safe;
    const auto& got = found[line];
    const bool any = ids.count("*") > 0 && !got.empty();
    if (any || std::any_of(ids.begin(), ids.end(), [&](auto& id) { return got.count(id); })) {
      ++c.safe_flagged;
      misses << "  false positive on safe line " << path.filename().string() << ":" << line << "\n";
    }
  }
  for (const auto& [line, ids] : found) {
    for (const auto& id : ids) {
      ++c.findings;
      if (expected.count(line) && expected[line].count(id)) {
        ++c.true_findings;
      } else {
        misses << "  unexpected " << id << " at " << path.filename().string() << ":" << line
               << "\n";
      }
    }
  }
}

}  // namespace

TEST_CASE("security corpus: recall, false-positive rate and precision per language",
          "[patterns][corpus]") {
  std::map<std::string, Counts> by_lang;
  std::ostringstream misses;
  for (const auto& dir : fs::directory_iterator(corpus_dir() + "/security")) {
    for (const auto& file : fs::directory_iterator(dir.path())) {
      score_security_file(file.path(), by_lang[dir.path().filename().string()], misses);
    }
  }
  Counts total;
  std::cout << "security corpus (per language): cases recall fp_rate precision\n";
  for (const auto& [lang, c] : by_lang) {
    std::cout << std::fixed << std::setprecision(3) << "  " << std::setw(11) << std::left << lang
              << std::right << std::setw(4) << c.vulnerable + c.safe << "  " << c.recall() << "  "
              << c.fp_rate() << "  " << c.precision() << "  (" << c.detected << "/" << c.vulnerable
              << " vulnerable, " << c.safe_flagged << "/" << c.safe << " safe flagged, "
              << c.true_findings << "/" << c.findings << " findings)\n";
    total.vulnerable += c.vulnerable;
    total.detected += c.detected;
    total.safe += c.safe;
    total.safe_flagged += c.safe_flagged;
    total.findings += c.findings;
    total.true_findings += c.true_findings;
  }
  std::cout << "  total      " << total.vulnerable + total.safe << "  " << total.recall() << "  "
            << total.fp_rate() << "  " << total.precision() << "\n"
            << misses.str();
  CHECK(total.vulnerable + total.safe >= kMinSecurityCases);
  for (const auto& [lang, c] : by_lang) {
    INFO(lang);
    CHECK(c.recall() >= kMinSecurityRecall);
    CHECK(c.fp_rate() <= kMaxSafeFalsePositiveRate);
    CHECK(c.precision() >= kMinSecurityPrecision);
  }
}

TEST_CASE("riemann corpus: precision and recall per pattern", "[patterns][corpus]") {
  struct PatternCounts {
    std::size_t tp = 0, fp = 0, fn = 0;
  };
  std::map<std::string, PatternCounts> by_pattern;
  std::size_t cases = 0;
  std::ostringstream misses;
  for (const auto& file : fs::directory_iterator(corpus_dir() + "/riemann")) {
    const auto name = file.path().filename().string();
    const auto text = read(file.path());
    std::optional<std::set<std::string>> expect;
    for (const auto& line : split_lines(text)) {
      if ((expect = annotation(line, "expect:"))) break;
    }
    INFO(name);
    REQUIRE(expect.has_value());
    expect->erase("none");
    auto report =
        engine().analyze(language_from_filename(name), {SourceFile{name, text}}, kRiemannThreshold);
    REQUIRE(report.has_value());
    ++cases;
    const std::set<std::string> got(report.value().patterns_matched.begin(),
                                    report.value().patterns_matched.end());
    for (const auto& p : got) {
      if (expect->count(p)) {
        ++by_pattern[p].tp;
      } else {
        ++by_pattern[p].fp;
        misses << "  unexpected " << p << " in " << name << "\n";
      }
    }
    for (const auto& p : *expect) {
      if (!got.count(p)) {
        ++by_pattern[p].fn;
        misses << "  missed " << p << " in " << name << "\n";
      }
    }
  }
  PatternCounts total;
  std::cout << "riemann corpus (" << cases << " files), per pattern: precision recall (tp fp fn)\n";
  for (const auto& [p, c] : by_pattern) {
    const double prec = c.tp + c.fp ? double(c.tp) / double(c.tp + c.fp) : 1.0;
    const double rec = c.tp + c.fn ? double(c.tp) / double(c.tp + c.fn) : 1.0;
    std::cout << std::fixed << std::setprecision(3) << "  " << std::setw(21) << std::left << p
              << std::right << prec << "  " << rec << "  (" << c.tp << " " << c.fp << " " << c.fn
              << ")\n";
    total.tp += c.tp;
    total.fp += c.fp;
    total.fn += c.fn;
  }
  const double precision = total.tp + total.fp ? double(total.tp) / double(total.tp + total.fp) : 1;
  const double recall = total.tp + total.fn ? double(total.tp) / double(total.tp + total.fn) : 1;
  std::cout << "  total precision " << precision << " recall " << recall << "\n" << misses.str();
  CHECK(cases >= kMinRiemannCases);
  CHECK(precision >= kMinRiemannPrecision);
  CHECK(recall >= kMinRiemannRecall);
}
