// Engine::gate: the critical rules alone, what security_level high decides on before the run.
// Its findings must be exactly the critical findings of the whole scan, or the gate would let a
// program through that the scan condemns (or refuse one it clears).
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "patterns/patterns.hpp"
#include "tests/patterns/test_engine.hpp"

using namespace riemann::patterns;
using riemann::patterns::test::engine;
namespace fs = std::filesystem;

namespace {

const LiteralPrefilter* critical_prefilter(const std::string& language) {
  const auto* rt = engine().runtime(language);
  return rt != nullptr && rt->critical_prefilter ? &*rt->critical_prefilter : nullptr;
}

using Finding = std::tuple<std::string, std::string, int, int, bool>;  // rule, file, line, column

std::set<Finding> critical_of(const SecurityReport& report) {
  std::set<Finding> out;
  for (const auto& i : report.issues) {
    if (i.severity == kGateSeverity) out.emplace(i.rule_id, i.file, i.line, i.column, i.suppressed);
  }
  return out;
}

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// gate() against the critical part of scan() for one submission; returns how many critical
// findings the submission has.
std::size_t require_gate_agrees(const std::string& language, const std::vector<SourceFile>& files) {
  auto whole = engine().scan(language, files);
  auto gate = engine().gate(language, files);
  REQUIRE(whole.has_value() == gate.has_value());
  if (!whole) return 0;
  for (const auto& i : gate.value().issues) CHECK(i.severity == kGateSeverity);
  const auto expected = critical_of(whole.value());
  CHECK(critical_of(gate.value()) == expected);
  CHECK(gate.value().has_critical() == whole.value().has_critical());
  CHECK(gate.value().complete == whole.value().complete);
  // The literal prefilter never rules out a file with a critical finding.
  if (!expected.empty()) {
    const auto* prefilter = critical_prefilter(language);
    for (const auto& f : files) {
      if (prefilter != nullptr && !prefilter->may_match(f.content)) {
        CHECK(std::none_of(expected.begin(), expected.end(),
                           [&](const Finding& x) { return std::get<1>(x) == f.name; }));
      }
    }
  }
  return expected.size();
}

}  // namespace

TEST_CASE("gate reports only, and all of, the critical findings of scan", "[patterns][gate]") {
  const std::vector<SourceFile> files{{"main.py",
                                       "import os, hashlib, pickle\n"
                                       "os.system('ls ' + input())\n"
                                       "hashlib.md5(b'x').hexdigest()\n"
                                       "obj = pickle.loads(data)  # nosec\n"}};
  auto whole = engine().scan("python", files);
  auto gate = engine().gate("python", files);
  REQUIRE(whole.has_value());
  REQUIRE(gate.has_value());
  CHECK(whole.value().issues.size() > gate.value().issues.size());  // md5 is not critical
  CHECK(gate.value().has_critical());
  CHECK(critical_of(gate.value()) == critical_of(whole.value()));
  bool suppressed_seen = false;
  for (const auto& i : gate.value().issues) suppressed_seen |= i.suppressed;
  CHECK(suppressed_seen);  // a nosec'd critical finding is reported suppressed, as by scan

  auto clean =
      engine().gate("python", {SourceFile{"ok.py", "import hashlib\nhashlib.md5(b'x')\n"}});
  REQUIRE(clean.has_value());
  CHECK(clean.value().issues.empty());
  CHECK(clean.value().complete);
}

TEST_CASE("gate agrees with scan on every critical rule's examples", "[patterns][gate]") {
  std::size_t critical_rules = 0;
  for (const auto& rule : engine().rules().security) {
    if (rule.severity != kGateSeverity) continue;
    ++critical_rules;
    const auto& langs = rule.examples.languages.empty() ? rule.languages : rule.examples.languages;
    for (const auto& lang : langs) {
      for (const auto* list : {&rule.examples.match, &rule.examples.no_match}) {
        for (const auto& code : *list) {
          INFO(rule.id << " [" << lang << "]:\n" << code);
          require_gate_agrees(lang, {SourceFile{"example", code}});
        }
      }
    }
  }
  CHECK(critical_rules >= 7);  // one per language at least
}

TEST_CASE("gate agrees with scan on the whole corpus", "[patterns][gate]") {
  const fs::path corpus = riemann::patterns::test::source_dir() + "/tests/corpus";
  std::size_t files = 0, critical = 0;
  for (const auto& entry : fs::recursive_directory_iterator(corpus)) {
    if (!entry.is_regular_file()) continue;
    const auto name = entry.path().filename().string();
    const auto lang = language_from_filename(name);
    if (lang.empty() || !engine().supports(lang)) continue;
    INFO(entry.path().string());
    critical += require_gate_agrees(lang, {SourceFile{name, read(entry.path())}});
    ++files;
  }
  CHECK(files > 300);
  CHECK(critical > 20);  // the corpus does exercise the critical rules
}

TEST_CASE("a gate cut short by its work bounds says so", "[patterns][gate]") {
  // Calls nested thousands deep exhaust the bounds of the critical rules rooted at calls (the
  // per-file budget of gated queries, the matches in progress of the combined query): what the
  // gate did not look at could hide a critical call, so security_level high must not trust it.
  constexpr int kDepth = 3000;
  auto nest = [&](const std::string& call, const std::string& inner) {
    std::string code;
    for (int i = 0; i < kDepth; ++i) code += call + "(";
    return code + inner + std::string(kDepth, ')') + "\n";
  };
  // (The md5 nest names a critical call in a comment only: without that, the text alone rules
  // every critical rule out and nothing is parsed; see the next test.)
  for (const auto& [call, inner] : {std::pair<std::string, std::string>{"hashlib.md5", "c"},
                                    std::pair<std::string, std::string>{"eval", "'1'"}}) {
    INFO(call);
    const std::vector<SourceFile> files{
        {"nest.py", "import hashlib  # not os.system(input())\nx = " + nest(call, inner)}};
    auto gate = engine().gate("python", files);
    REQUIRE(gate.has_value());
    CHECK_FALSE(gate.value().complete);
    CHECK_FALSE(gate.value().has_critical());
  }
}

TEST_CASE("the gate does not parse a file that names nothing a critical rule needs",
          "[patterns][gate]") {
  // The same nest that exhausts the scan's bounds, with no literal of any critical rule in it:
  // no critical rule can match, so the gate's answer is complete without a parse (the scan of
  // the same text is still cut short).
  constexpr int kDepth = 3000;
  std::string code = "import hashlib\nx = ";
  for (int i = 0; i < kDepth; ++i) code += "hashlib.md5(";
  code += "c" + std::string(kDepth, ')') + "\n";
  const std::vector<SourceFile> files{{"nest.py", code}};
  auto gate = engine().gate("python", files);
  REQUIRE(gate.has_value());
  CHECK(gate.value().complete);
  CHECK(gate.value().issues.empty());
  auto whole = engine().scan("python", files);
  REQUIRE(whole.has_value());
  CHECK_FALSE(whole.value().complete);
  // One file of two naming a critical call: that one is parsed and its finding reported.
  auto mixed = engine().gate(
      "python", {files.front(), SourceFile{"run.py", "import os\nos.system(input())\n"}});
  REQUIRE(mixed.has_value());
  CHECK(mixed.value().has_critical());
}
