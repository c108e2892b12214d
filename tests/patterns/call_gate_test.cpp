// patterns/call_gate.cpp: which raw queries may run per call, and that running them so changes no
// result (every corpus file and every rule example, scanned with and without the gate).
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "patterns/call_gate.hpp"
#include "patterns/engine_impl.hpp"
#include "tests/patterns/test_engine.hpp"

using namespace riemann::patterns;
namespace fs = std::filesystem;

namespace {

const std::vector<CallShape> kPython = call_shapes("(call function: (_) @callee) @match");
const std::vector<CallShape> kJava = call_shapes(
    "[(method_invocation) @callee (object_creation_expression type: (_) @callee)] @match");

const EngineImpl& ungated() {
  static const auto e = [] {
    auto loaded = EngineImpl::create(test::rules_dir(), {}, LoadOptions{.gate_calls = false});
    if (!loaded) throw std::runtime_error(loaded.error().message);
    return loaded.value();
  }();
  return *e;
}

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

constexpr const char* kIncomplete = "incomplete";

// The findings of a scan as comparable text, one line each (and kIncomplete when a work bound
// cut the scan short).
std::vector<std::string> findings(const Engine& e, const std::string& language,
                                  const std::string& name, const std::string& code) {
  std::vector<std::string> out;
  auto report = e.scan(language, {SourceFile{name, code}});
  if (!report) return {"error: " + report.error().message};
  for (const auto& i : report.value().issues) {
    out.push_back(i.rule_id + ":" + std::to_string(i.line) + ":" + std::to_string(i.column) +
                  (i.suppressed ? ":suppressed" : ""));
  }
  if (!report.value().complete) out.emplace_back(kIncomplete);
  return out;
}

}  // namespace

TEST_CASE("call shapes come from the language's call template", "[patterns][call_gate]") {
  REQUIRE(kPython.size() == 1);
  CHECK(kPython[0].node == "call");
  CHECK(kPython[0].callee_field == "function: (_) @callee");
  REQUIRE(kJava.size() == 2);
  CHECK(kJava[0].node == "method_invocation");
  CHECK(kJava[0].callee_field.empty());  // the invocation is its own callee
  CHECK(kJava[1].node == "object_creation_expression");
  CHECK(kJava[1].callee_field == "type: (_) @callee");
}

TEST_CASE("a query is call-rooted only in the exact shapes the gate can run",
          "[patterns][call_gate]") {
  SECTION("rooted at the call, @callee in the function field, @match on the root") {
    CHECK(call_rooted(R"(((call function: (_) @callee arguments: (argument_list . (_) @a)) @match
                         (#calls? @callee "os.system") (#not-literal? @a)))",
                      kPython));
    CHECK(call_rooted(R"((call function: (_) @callee (#calls? @callee "eval")) @match)", kPython));
    CHECK(call_rooted(R"(((call function: (_) @callee arguments: (argument_list (string) @s)) @match
                         (#match? @s "[(]") (#calls? @callee "x")))",
                      kPython));  // brackets inside strings do not count
    CHECK(call_rooted(R"(((method_invocation arguments: (argument_list)) @callee @match
                         (#calls? @callee "Runtime.exec")))",
                      kJava));
  }
  SECTION("anything else stays in the combined query") {
    CHECK_FALSE(
        call_rooted(R"(((keyword_argument name: (_) @k) @match (#eq? @k "shell")))", kPython));
    CHECK_FALSE(call_rooted(R"(((call function: (_) @callee) (#calls? @callee "eval")))",
                            kPython));  // no @match on the root
    CHECK_FALSE(call_rooted(R"(((call function: (attribute) @callee) @match))", kPython));
    CHECK_FALSE(call_rooted(R"(((call function: (_) @callee_name) @match))", kPython));
    CHECK_FALSE(call_rooted(R"((call function: (_) @callee) @match (call) @match)", kPython));
    CHECK_FALSE(call_rooted(R"(((call function: (_) @callee) @match) (string) @s)", kPython));
    CHECK_FALSE(call_rooted(R"(((method_invocation) @match (#calls? @m "x")))", kJava));
    CHECK_FALSE(call_rooted(R"([(call) (string)] @match)", kPython));
    CHECK_FALSE(call_rooted(R"(((call function: (_) @callee) @match)", kPython));  // unbalanced
  }
}

TEST_CASE("every language with call-rooted rules gates most of them", "[patterns][call_gate]") {
  for (const auto* language : {"python", "javascript", "java", "go", "c", "cpp", "rust"}) {
    INFO(language);
    const auto* rt = test::engine().runtime(language);
    REQUIRE(rt != nullptr);
    CHECK(rt->security.gate.size() > 0);
    CHECK(ungated().runtime(language)->security.gate.empty());
  }
}

TEST_CASE("gated and ungated engines report the same findings on the corpus and the examples",
          "[patterns][call_gate]") {
  std::size_t compared = 0;
  std::size_t total_findings = 0;
  for (const auto& entry : fs::recursive_directory_iterator(test::source_dir() + "/tests/corpus")) {
    if (!entry.is_regular_file()) continue;
    const auto language = language_from_filename(entry.path().filename().string());
    if (language.empty()) continue;
    const auto code = read(entry.path());
    const auto name = entry.path().filename().string();
    INFO(entry.path().string());
    const auto gated = findings(test::engine(), language, name, code);
    CHECK(gated == findings(ungated(), language, name, code));
    CHECK(std::find(gated.begin(), gated.end(), kIncomplete) == gated.end());
    ++compared;
    total_findings += gated.size();
  }
  for (const auto& rule : test::engine().rules().security) {
    for (const auto& language : rule.languages) {
      if (!test::engine().supports(language)) continue;
      for (const auto* examples : {&rule.examples.match, &rule.examples.no_match}) {
        for (const auto& code : *examples) {
          INFO(rule.id << " (" << language << "): " << code);
          CHECK(findings(test::engine(), language, "example", code) ==
                findings(ungated(), language, "example", code));
          ++compared;
        }
      }
    }
  }
  CHECK(compared > 1000);
  INFO(total_findings << " findings in the corpus");
  CHECK(total_findings > 300);  // the comparison is not between two empty reports
}

TEST_CASE("nested gated calls each report once, at their own call", "[patterns][call_gate]") {
  const std::string code =
      "import os, subprocess\n"
      "def f(user):\n"
      "    os.system(subprocess.check_output(user, shell=True))\n"
      "    os.system(user)\n";
  const auto gated = findings(test::engine(), "python", "n.py", code);
  CHECK(gated == findings(ungated(), "python", "n.py", code));
  const auto at = [&](const std::string& where) {
    return std::count_if(gated.begin(), gated.end(),
                         [&](const std::string& f) { return f.find(where) != std::string::npos; });
  };
  CHECK(at(":3:5") > 0);   // os.system(...)
  CHECK(at(":3:15") > 0);  // subprocess.check_output(..., shell=True)
  CHECK(at(":4:5") > 0);
}
