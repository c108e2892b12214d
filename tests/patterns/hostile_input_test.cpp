// Hostile inputs: a clear result or a clear error (Errc::input_rejected), bounded time and
// memory, never a crash.
#include <time.h>
#include <catch2/catch.hpp>

#include <boost/json.hpp>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <utility>
#include <vector>

#include "patterns/patterns.hpp"
#include "patterns/source_text.hpp"
#include "tests/patterns/test_engine.hpp"

using namespace riemann::patterns;
using riemann::patterns::test::engine;

namespace {
// CPU time of the calling thread (the engine works on it): a bound on the work done, which a
// busy machine does not stretch the way it stretches wall time.
constexpr auto kTimeBound = std::chrono::seconds(10);
constexpr std::size_t kTenMegabytes = 10 * 1024 * 1024;
constexpr std::size_t kNestingDepth = 50000;

std::chrono::nanoseconds thread_cpu() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return std::chrono::seconds(ts.tv_sec) + std::chrono::nanoseconds(ts.tv_nsec);
}

// The engine is loaded first: the bound is on the scan, not on the one-time rule compile.
template <class F>
auto timed(F&& f) {
  engine();
  const auto start = thread_cpu();
  auto result = f();
  CHECK(thread_cpu() - start < kTimeBound);
  return result;
}
}  // namespace

TEST_CASE("binary data is rejected as input_rejected", "[patterns][hostile]") {
  std::string blob;
  for (int i = 0; i < 4096; ++i) blob.push_back(static_cast<char>((i * 7919) & 0xFF));
  auto r = engine().scan("python", {SourceFile{"blob.py", blob}});
  REQUIRE_FALSE(r.has_value());
  CHECK(r.error().code == Errc::input_rejected);
  CHECK(r.error().message.find("blob.py") != std::string::npos);
  auto a = engine().analyze("python", {SourceFile{"blob.py", blob}}, 0.7);
  REQUIRE_FALSE(a.has_value());
  CHECK(a.error().code == Errc::input_rejected);
}

TEST_CASE("invalid UTF-8 still scans and snippets are valid UTF-8", "[patterns][hostile]") {
  const std::string code = "import os\nos.system(\"\xff\xfe\xc3\x28\" + x)  # \xe2\x28\xa1\n";
  auto r = engine().scan("python", {SourceFile{"bad.py", code}});
  REQUIRE(r.has_value());
  REQUIRE_FALSE(r.value().issues.empty());
  const auto& snippet = r.value().issues.front().snippet;
  CHECK(sanitize_utf8(snippet) == snippet);
  // Boost.JSON must accept the report text as a valid string round trip.
  const auto json = boost::json::serialize(boost::json::value(snippet));
  CHECK(boost::json::parse(json).as_string() == snippet);
}

TEST_CASE("a 10 MB single line is rejected quickly", "[patterns][hostile]") {
  const std::string line(kTenMegabytes, 'a');
  auto r = timed([&] { return engine().scan("python", {SourceFile{"long.py", line}}); });
  REQUIRE_FALSE(r.has_value());
  CHECK(r.error().code == Errc::input_rejected);
}

TEST_CASE("a long line under the limit is analysed with a bounded snippet", "[patterns][hostile]") {
  std::string line = "x = 1;";
  while (line.size() < kMaxSubmissionBytes / 2) line += " y = eval(s);";
  auto r = timed([&] { return engine().scan("python", {SourceFile{"min.py", line}}); });
  REQUIRE(r.has_value());
  REQUIRE_FALSE(r.value().issues.empty());
  CHECK(r.value().issues.size() <= 1000);
  for (const auto& i : r.value().issues) CHECK(i.snippet.size() <= kMaxSnippetBytes);
}

TEST_CASE("deeply nested code gives a result or input_rejected, never a crash",
          "[patterns][hostile]") {
  const std::string open(kNestingDepth, '('), close(kNestingDepth, ')');
  for (const char* lang : {"python", "bash", "javascript", "java", "go", "rust", "c", "cpp"}) {
    INFO(lang);
    const std::string code = "x = " + open + "eval(s)" + close + "\n";
    auto r = timed([&] { return engine().scan(lang, {SourceFile{"deep", code}}); });
    if (!r.has_value()) CHECK(r.error().code == Errc::input_rejected);
    auto a = timed([&] { return engine().analyze(lang, {SourceFile{"deep", code}}, 0.7); });
    if (!a.has_value()) CHECK(a.error().code == Errc::input_rejected);
  }
  std::string nested_blocks;
  for (std::size_t i = 0; i < 2000; ++i) nested_blocks += std::string(i, ' ') + "if x:\n";
  nested_blocks += std::string(2000, ' ') + "os.system(c)\n";
  auto r = timed([&] { return engine().scan("python", {SourceFile{"blocks.py", nested_blocks}}); });
  if (!r.has_value()) CHECK(r.error().code == Errc::input_rejected);
}

TEST_CASE("calls nested thousands deep are scanned in bounded time", "[patterns][hostile]") {
  // Each call passes a rule's gate (patterns/call_gate.hpp), whose query walks the call's
  // subtree: without a budget the scan is quadratic (about a minute for these 33 KB files).
  constexpr std::size_t kDepth = 3000;
  for (const auto& [lang, callee] : {std::pair{"python", "os.system("},
                                     {"javascript", "eval("},
                                     {"c", "system("},
                                     {"go", "exec.Command("}}) {
    INFO(lang);
    std::string code = "x = ";
    for (std::size_t i = 0; i < kDepth; ++i) code += callee;
    code += "c" + std::string(kDepth, ')') + "\n";
    auto r = timed([&] { return engine().scan(lang, {SourceFile{"deep", code}}); });
    if (!r.has_value()) {
      CHECK(r.error().code == Errc::input_rejected);
      continue;
    }
    // The bounds cut it short and say so: security_level high must not trust this report.
    CHECK_FALSE(r.value().complete);
  }
}

TEST_CASE("a large ordinary file stays within the bounds: its scan is complete",
          "[patterns][hostile]") {
  // ~3 MB of the corpus's Python programs end to end: the bounds must scale with the file,
  // not cut a big legitimate script short (and so reject it at security_level high).
  constexpr std::size_t kLargeBytes = 3 * 1024 * 1024;
  std::string large;
  while (large.size() < kLargeBytes) {
    for (const auto& entry : std::filesystem::recursive_directory_iterator(
             riemann::patterns::test::source_dir() + "/tests/corpus")) {
      if (entry.path().extension() != ".py") continue;
      std::ifstream in(entry.path(), std::ios::binary);
      large.append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
      large += "\n";
    }
  }
  auto r = timed([&] { return engine().scan("python", {SourceFile{"large.py", large}}); });
  REQUIRE(r.has_value());
  CHECK(r.value().complete);
  CHECK(r.value().has_critical());
}

TEST_CASE("padding with minor findings cannot push a critical one out of the report",
          "[patterns][hostile]") {
  constexpr int kPadding = 1200;  // more findings than a report lists
  std::string minor = "import os, random\n";
  for (int i = 0; i < kPadding; ++i) minor += "random.random()\n";
  minor += "os.system(input())\n";
  auto r = engine().scan("python", {SourceFile{"pad.py", minor}});
  REQUIRE(r.has_value());
  CHECK(r.value().complete);
  CHECK(r.value().issues.size() == 1000);
  CHECK(r.value().has_critical());
  CHECK(r.value().level == "critical");

  std::string suppressed = "import os\n";
  for (int i = 0; i < kPadding; ++i) suppressed += "os.system(cmd)  # nosec\n";
  suppressed += "os.system(input())\n";
  auto s = engine().scan("python", {SourceFile{"pad.py", suppressed}});
  REQUIRE(s.has_value());
  CHECK(s.value().has_critical());
  const auto last_line = kPadding + 2;
  CHECK(std::any_of(s.value().issues.begin(), s.value().issues.end(), [&](const Issue& i) {
    return i.line == last_line && !i.suppressed && i.severity == "critical";
  }));
}

TEST_CASE("huge string literals reach the regex predicates without a crash",
          "[patterns][hostile]") {
  // libstdc++'s std::regex recurses once per character a repetition consumes: before #match?
  // read at most kMaxRegexBytes of a capture, a 200 KB argument of pickle.loads overflowed the
  // stack (SIGSEGV, the whole server). Strings full of the secret rules' prefixes, URL pieces
  // and key headers exercise every regex of the rule set.
  constexpr std::size_t kHugeLiteralBytes = 300 * 1024;
  std::string body = "http://u:";
  while (body.size() < kHugeLiteralBytes) body += "xoxb-aaaaaaaaaa://user:-----BEGIN A eyJ.";
  const std::string word = "xoxb-" + std::string(kHugeLiteralBytes, 'a');
  const std::vector<std::pair<const char*, std::string>> cases{
      {"python", "import pickle\npickle.loads(\"" + body + "\")\nx = '" + body + "'\n"},
      {"javascript", "const x = '" + body + "';\neval(`" + body + "`);\n"},
      {"java", "class A { String x = \"" + body + "\"; }\n"},
      {"go", "package main\nvar x = \"" + body + "\"\n"},
      {"rust", "fn main() { let x = \"" + body + "\"; }\n"},
      {"c", "const char *x = \"" + body + "\";\n"},
      {"cpp", "auto x = \"" + body + "\";\n"},
      {"bash", "x=\"" + body + "\"\necho " + word + "\n"},
  };
  for (const auto& [lang, code] : cases) {
    INFO(lang);
    auto r = timed([&] { return engine().examine(lang, {SourceFile{"huge", code}}, 0.7); });
    CHECK(r.has_value());
  }
}

TEST_CASE("empty and whitespace-only files are clean", "[patterns][hostile]") {
  for (const char* code : {"", "\n\n\n", "   \t  "}) {
    auto r = engine().scan("python", {SourceFile{"e.py", code}});
    REQUIRE(r.has_value());
    CHECK(r.value().issues.empty());
    CHECK(r.value().level == "secure");
    auto a = engine().analyze("python", {SourceFile{"e.py", code}}, 0.7);
    REQUIRE(a.has_value());
    CHECK(a.value().patterns_matched.empty());
  }
}

TEST_CASE("huge program output is examined within bounds", "[patterns][hostile]") {
  std::string out;
  while (out.size() < kTenMegabytes) out += "2 3 5 7 11 13 17 19 23 29 ";
  auto r = timed([&] { return engine().refine_with_output(RiemannReport{}, out, 0.3); });
  CHECK_FALSE(r.patterns.empty());
}

TEST_CASE("random printable garbage in every language gives a result, never a crash",
          "[patterns][hostile]") {
  constexpr std::size_t kGarbageBytes = 64 * 1024;
  constexpr std::uint32_t kSeed = 20261126;
  std::uint32_t state = kSeed;
  const auto next = [&state] {
    state = state * 1664525u + 1013904223u;  // LCG: reproducible without <random> seeding
    return state >> 24;
  };
  constexpr std::string_view kAlphabet =
      "abcdefghijklmnopqrstuvwxyz_0123456789 \t\n(){}[]<>;:,.'\"`$#@!%^&*-+=/\\|?~";
  for (const char* lang : {"python", "bash", "javascript", "java", "go", "rust", "c", "cpp"}) {
    INFO(lang);
    std::string garbage;
    for (std::size_t i = 0; i < kGarbageBytes; ++i) {
      garbage.push_back(kAlphabet[next() % kAlphabet.size()]);
    }
    auto r = timed([&] { return engine().scan(lang, {SourceFile{"g", garbage}}); });
    CHECK(r.has_value());
    auto a = timed([&] { return engine().analyze(lang, {SourceFile{"g", garbage}}, 0.7); });
    CHECK(a.has_value());
  }
}
