// `riemann scan` through run_scan_command with captured streams.
#include <catch2/catch.hpp>

#include <boost/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

#include "app/scan_command.hpp"
#include "tests/patterns/test_engine.hpp"

using riemann::app::run_scan_command;
using riemann::patterns::test::rules_dir;
using riemann::patterns::test::temp_path;

namespace {
namespace fs = std::filesystem;

struct Run {
  int code;
  std::string out;
  std::string err;
};

Run scan(const std::vector<std::string>& args) {
  std::ostringstream out, err;
  const int code = run_scan_command(args, rules_dir(), out, err);
  return Run{code, out.str(), err.str()};
}

// The scratch directory of write_temp, removed when the test binary exits (it is this process's
// own: temp_path appends the pid).
struct ScratchCleanup {
  ScratchCleanup() = default;
  ScratchCleanup(const ScratchCleanup&) = delete;
  ScratchCleanup& operator=(const ScratchCleanup&) = delete;
  ~ScratchCleanup() {
    std::error_code ignored;
    fs::remove_all(temp_path("riemann-scan-test"), ignored);
  }
};
const ScratchCleanup scratch_cleanup;

std::string write_temp(const std::string& name, const std::string& content) {
  const auto dir = temp_path("riemann-scan-test");  // the name's extension picks the language
  fs::create_directories(dir);
  const auto path = dir / name;
  std::ofstream(path, std::ios::binary) << content;
  return path.string();
}
}  // namespace

TEST_CASE("scan prints JSON with issues, score, level and riemann_analysis", "[scan]") {
  const auto file = write_temp("vuln.py", "import os\nos.system('rm ' + f)\nprint(2)\n");
  const auto r = scan({file});
  CHECK(r.code == 1);
  const auto doc = boost::json::parse(r.out).as_object();
  const auto& issues = doc.at("issues").as_array();
  REQUIRE(issues.size() == 1);
  CHECK(issues[0].at("rule_id").as_string() == "py.os-system");
  CHECK(issues[0].at("line").as_int64() == 2);
  CHECK(issues[0].at("severity").as_string() == "critical");
  CHECK(doc.at("level").as_string() == "critical");
  CHECK(doc.at("score").as_double() < 0.5);
  CHECK(doc.at("riemann_analysis").as_object().contains("patterns_matched"));
  CHECK(doc.at("language").as_string() == "python");
  CHECK(doc.at("complete").as_bool());
}

TEST_CASE("a scan its work bounds cut short says so and fails the CI gate", "[scan]") {
  constexpr int kDepth = 3000;  // calls nested this deep exhaust the per-file call budget
  std::string code = "import os\nx = ";
  for (int i = 0; i < kDepth; ++i) code += "os.system(";
  code += "c" + std::string(kDepth, ')') + "\n";
  const auto file = write_temp("deep.py", code);
  const auto r = scan({file, "--fail-on", "critical"});
  CHECK(r.code == 1);
  CHECK_FALSE(boost::json::parse(r.out).as_object().at("complete").as_bool());
  const auto text = scan({file, "--format", "text"});
  CHECK(text.out.find("incomplete") != std::string::npos);
}

TEST_CASE("scan exits 0 on a clean file and honours --fail-on", "[scan]") {
  const auto clean = write_temp("clean.py", "print(sorted([3, 1, 2]))\n");
  CHECK(scan({clean}).code == 0);
  const auto medium = write_temp("medium.py", "import tempfile\np = tempfile.mktemp()\n");
  CHECK(scan({medium}).code == 1);
  CHECK(scan({medium, "--fail-on", "high"}).code == 0);
  CHECK(scan({medium, "--fail-on", "medium"}).code == 1);
}

TEST_CASE("scan --language overrides the extension and --format text is readable", "[scan]") {
  const auto file = write_temp("script.txt", "eval \"$1\"\n");
  CHECK(scan({file}).code == 2);  // cannot infer
  const auto r = scan({file, "--language", "bash", "--format", "text"});
  CHECK(r.code == 1);
  CHECK(r.out.find("sh.eval") != std::string::npos);
  CHECK(r.out.find(":1:1:") != std::string::npos);
}

TEST_CASE("scan infers typescript from .ts and tsx from .tsx", "[scan]") {
  const auto ts = write_temp("handler.ts",
                             "import * as cp from 'child_process';\n"
                             "export const run = (req: Request): void => {\n"
                             "  cp.exec(`git log ${req.query.branch}`);\n"
                             "};\n");
  auto r = scan({ts});
  CHECK(r.code == 1);
  auto doc = boost::json::parse(r.out).as_object();
  CHECK(doc.at("language").as_string() == "typescript");
  REQUIRE(!doc.at("issues").as_array().empty());
  CHECK(doc.at("issues").as_array()[0].at("line").as_int64() == 3);

  const auto tsx = write_temp("view.tsx",
                              "export function View(props: { body: string }) {\n"
                              "  return <div dangerouslySetInnerHTML={{ __html: props.body }} />;\n"
                              "}\n");
  r = scan({tsx});
  CHECK(r.code == 1);
  doc = boost::json::parse(r.out).as_object();
  CHECK(doc.at("language").as_string() == "tsx");
  REQUIRE(!doc.at("issues").as_array().empty());
  CHECK(doc.at("issues").as_array()[0].at("line").as_int64() == 2);
}

TEST_CASE("scan reports the Riemann analysis of math code", "[scan]") {
  const auto file = write_temp("zeta.py", "import mpmath\nprint(mpmath.zetazero(1))\n");
  const auto r = scan({file});
  CHECK(r.code == 0);
  const auto doc = boost::json::parse(r.out).as_object();
  const auto& matched = doc.at("riemann_analysis").at("patterns_matched").as_array();
  CHECK(std::find(matched.begin(), matched.end(), boost::json::value("zeta_zeros")) !=
        matched.end());
}

TEST_CASE("scan errors exit 2 with a message on stderr", "[scan]") {
  CHECK(scan({}).code == 2);
  CHECK(scan({"/nonexistent/file.py"}).code == 2);
  const auto file = write_temp("ok.py", "x = 1\n");
  CHECK(scan({file, "--format", "xml"}).code == 2);
  CHECK(scan({file, "--fail-on", "severe"}).code == 2);
  CHECK(scan({file, "--bogus"}).code == 2);
  const auto bin = write_temp("bin.py", std::string("\x7f"
                                                    "ELF\0\0\0",
                                                    7));
  const auto r = scan({bin});
  CHECK(r.code == 2);
  CHECK(r.err.find("binary") != std::string::npos);
  std::ostringstream out, err;
  CHECK(run_scan_command({file}, "/nonexistent/rules", out, err) == 2);
  CHECK(err.str().find("rules") != std::string::npos);
}
