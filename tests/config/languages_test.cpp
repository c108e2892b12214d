// config/languages: definitions as data, the registry, version probing, command templates.
#include "config/languages.hpp"

#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <regex>
#include <string>

using namespace riemann::config;
namespace fs = std::filesystem;

namespace {

const std::string kLanguagesDir = std::string(RIEMANN_SOURCE_DIR) + "/config/languages";

struct TempDir {
  fs::path path;
  TempDir() {
    std::string tmpl = (fs::temp_directory_path() / "riemann-langs-XXXXXX").string();
    REQUIRE(mkdtemp(tmpl.data()) != nullptr);
    path = tmpl;
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
  void write(const std::string& name, const std::string& text) const {
    std::ofstream(path / name) << text;
  }
};

const char* kMinimal = R"({"name": "toy", "source_file": "main.toy",
                           "version_command": ["/bin/toy", "--version"],
                           "run": ["/bin/toy", "{file}", "{args}"]})";

std::string with(const std::string& extra) {
  // kMinimal plus extra members.
  std::string s = kMinimal;
  s.insert(s.rfind('}'), ", " + extra);
  return s;
}

std::string parse_error(const std::string& text) {
  auto r = parse_language(text, "toy.json");
  REQUIRE_FALSE(r.has_value());
  return r.error().message;
}

}  // namespace

TEST_CASE("parse_language reads a minimal definition", "[languages]") {
  auto r = parse_language(kMinimal, "toy.json");
  REQUIRE(r.has_value());
  CHECK(r->name == "toy");
  CHECK(r->source_file == "main.toy");
  CHECK(r->version_command == std::vector<std::string>{"/bin/toy", "--version"});
  CHECK(r->run == std::vector<std::string>{"/bin/toy", "{file}", "{args}"});
  CHECK(r->compile.empty());
  CHECK(r->aliases.empty());
  CHECK(r->env.empty());
  CHECK(r->default_memory == 0);
  CHECK(r->processes == 0);
  CHECK_FALSE(r->available);  // only probing makes a language available
}

TEST_CASE("parse_language reads every optional field", "[languages]") {
  auto r = parse_language(
      with(
          R"("aliases": ["t", "toylang"], "compile": ["/bin/toyc", "{file}"], "artifacts": ["main"],
      "env": ["PATH=/bin"], "ro_paths": ["/opt/toy"], "default_memory": "512MB", "processes": 32,
      "version_regex_hint": "toy 1.2")"),
      "toy.json");
  REQUIRE(r.has_value());
  CHECK(r->aliases == std::vector<std::string>{"t", "toylang"});
  CHECK(r->compile == std::vector<std::string>{"/bin/toyc", "{file}"});
  CHECK(r->env == std::vector<std::string>{"PATH=/bin"});
  CHECK(r->ro_paths == std::vector<std::string>{"/opt/toy"});
  CHECK(r->default_memory == 512ull * 1024 * 1024);
  CHECK(r->processes == 32);
}

TEST_CASE("parse_language errors name the file and the field", "[languages]") {
  CHECK_THAT(parse_error("not json"), Catch::Contains("toy.json"));
  CHECK_THAT(parse_error("[1]"), Catch::Contains("toy.json"));
  CHECK_THAT(parse_error(R"({"source_file": "a", "version_command": ["x"], "run": ["x"]})"),
             Catch::Contains("name"));
  CHECK_THAT(
      parse_error(R"({"name": "", "source_file": "a", "version_command": ["x"], "run": ["x"]})"),
      Catch::Contains("name"));
  CHECK_THAT(
      parse_error(R"({"name": 5, "source_file": "a", "version_command": ["x"], "run": ["x"]})"),
      Catch::Contains("name"));
  CHECK_THAT(parse_error(R"({"name": "t", "version_command": ["x"], "run": ["x"]})"),
             Catch::Contains("source_file"));
  CHECK_THAT(parse_error(R"({"name": "t", "source_file": "a", "run": ["x"]})"),
             Catch::Contains("version_command"));
  CHECK_THAT(parse_error(R"({"name": "t", "source_file": "a", "version_command": ["x"]})"),
             Catch::Contains("run"));
  CHECK_THAT(
      parse_error(R"({"name": "t", "source_file": "a", "version_command": ["x"], "run": []})"),
      Catch::Contains("run"));
  CHECK_THAT(
      parse_error(R"({"name": "t", "source_file": "a", "version_command": "x", "run": ["x"]})"),
      Catch::Contains("version_command"));
  CHECK_THAT(parse_error(with(R"("aliases": ["ok", 3])")), Catch::Contains("aliases"));
  CHECK_THAT(parse_error(with(R"("env": "PATH=/bin")")), Catch::Contains("env"));
  CHECK_THAT(parse_error(with(R"("default_memory": 256)")), Catch::Contains("default_memory"));
  CHECK_THAT(parse_error(with(R"("default_memory": "lots")")), Catch::Contains("default_memory"));
}

TEST_CASE("parse_language: source_file must be a plain file name", "[languages]") {
  for (const char* bad : {"dir/main.py", "/main.py", "../main.py", "..", ".", ""}) {
    INFO(bad);
    const std::string doc = std::string(R"({"name": "t", "source_file": ")") + bad +
                            R"(", "version_command": ["x"], "run": ["x"]})";
    CHECK_THAT(parse_error(doc), Catch::Contains("source_file"));
  }
}

TEST_CASE("parse_language: processes must be a positive 32-bit integer", "[languages]") {
  for (const char* bad : {"0", "-1", "1.5", "\"8\"", "4294967296", "99999999999"}) {
    INFO(bad);
    CHECK_THAT(parse_error(with(std::string(R"("processes": )") + bad)),
               Catch::Contains("processes"));
  }
  auto r = parse_language(with(R"("processes": 4294967295)"), "toy.json");
  REQUIRE(r.has_value());
  CHECK(r->processes == 4294967295u);
}

TEST_CASE("the shipped language files parse and probe on this host", "[languages]") {
  auto reg = LanguageRegistry::load(kLanguagesDir);
  REQUIRE(reg.has_value());
  const std::regex version(R"(^\d+(\.\d+)+$)");
  for (const char* name : {"python", "bash"}) {
    INFO(name);
    const Language* l = reg->find(name);
    REQUIRE(l != nullptr);
    CHECK(l->name == name);
    CHECK(l->available);
    CHECK(std::regex_match(l->version, version));
    CHECK(l->unavailable_reason.empty());
    CHECK(l->source_file.find('/') == std::string::npos);
    // A sandboxed program's environment is entirely the definition's: PATH must be set there.
    CHECK(std::any_of(l->env.begin(), l->env.end(),
                      [](const std::string& e) { return e.rfind("PATH=", 0) == 0; }));
  }
  const auto names = reg->available_names();
  CHECK(std::find(names.begin(), names.end(), "python") != names.end());
  CHECK(std::find(names.begin(), names.end(), "bash") != names.end());
}

TEST_CASE("find: by name or alias, case-insensitive", "[languages]") {
  auto reg = LanguageRegistry::load(kLanguagesDir, /*probe=*/false);
  REQUIRE(reg.has_value());
  const Language* py = reg->find("python");
  REQUIRE(py != nullptr);
  CHECK(reg->find("PYTHON") == py);
  CHECK(reg->find("py") == py);
  CHECK(reg->find("Python3") == py);
  CHECK(reg->find("sh") == reg->find("bash"));
  CHECK(reg->find("cobol") == nullptr);
  CHECK(reg->find("") == nullptr);
  CHECK(reg->find("pytho") == nullptr);
  CHECK(reg->find(std::string("python\0x", 8)) == nullptr);
}

TEST_CASE("load without probing marks nothing available", "[languages]") {
  auto reg = LanguageRegistry::load(kLanguagesDir, /*probe=*/false);
  REQUIRE(reg.has_value());
  CHECK(reg->all().size() >= 2);
  CHECK(reg->available_names().empty());
  for (const auto& l : reg->all()) CHECK(l.version.empty());
}

TEST_CASE("load: a missing toolchain makes the language unavailable, not an error", "[languages]") {
  TempDir dir;
  dir.write("ghost.json", R"({"name": "ghost", "source_file": "main.g",
      "version_command": ["/nonexistent/ghost", "--version"], "run": ["/nonexistent/ghost"]})");
  dir.write("README.md", "not a definition");  // other files are ignored
  auto reg = LanguageRegistry::load(dir.path.string());
  REQUIRE(reg.has_value());
  REQUIRE(reg->all().size() == 1);
  const Language* g = reg->find("ghost");
  REQUIRE(g != nullptr);
  CHECK_FALSE(g->available);
  CHECK_THAT(g->unavailable_reason, Catch::Contains("/nonexistent/ghost"));
  CHECK(reg->available_names().empty());
}

TEST_CASE("load errors", "[languages]") {
  SECTION("missing directory") {
    auto r = LanguageRegistry::load("/nonexistent/riemann/languages", false);
    REQUIRE_FALSE(r.has_value());
    CHECK_THAT(r.error().message, Catch::Contains("/nonexistent/riemann/languages"));
  }
  TempDir dir;
  SECTION("a broken file names itself") {
    dir.write("good.json", kMinimal);
    dir.write("broken.json", "{");
    auto r = LanguageRegistry::load(dir.path.string(), false);
    REQUIRE_FALSE(r.has_value());
    CHECK_THAT(r.error().message, Catch::Contains("broken.json"));
  }
  SECTION("a language defined twice") {
    dir.write("a.json", kMinimal);
    dir.write("b.json", kMinimal);
    auto r = LanguageRegistry::load(dir.path.string(), false);
    REQUIRE_FALSE(r.has_value());
    CHECK_THAT(r.error().message, Catch::Contains("toy"));
  }
  SECTION("a name differing only in case is the same language") {
    dir.write("a.json", kMinimal);
    dir.write("b.json",
              R"({"name": "TOY", "source_file": "m", "version_command": ["x"], "run": ["x"]})");
    CHECK_FALSE(LanguageRegistry::load(dir.path.string(), false).has_value());
  }
  SECTION("an alias claimed by two languages is ambiguous") {
    dir.write("a.json", with(R"("aliases": ["shared"])"));
    dir.write("b.json", R"({"name": "other", "aliases": ["shared"], "source_file": "m",
                           "version_command": ["x"], "run": ["x"]})");
    auto r = LanguageRegistry::load(dir.path.string(), false);
    REQUIRE_FALSE(r.has_value());
    CHECK_THAT(r.error().message, Catch::Contains("shared"));
  }
  SECTION("an alias equal to another language's name is ambiguous") {
    dir.write("a.json", kMinimal);
    dir.write("b.json", R"({"name": "other", "aliases": ["toy"], "source_file": "m",
                           "version_command": ["x"], "run": ["x"]})");
    CHECK_FALSE(LanguageRegistry::load(dir.path.string(), false).has_value());
  }
}

TEST_CASE("probe_version runs the command and finds the version token", "[languages]") {
  auto py = probe_version({"/usr/bin/python3", "--version"});
  REQUIRE(py.has_value());
  CHECK(std::regex_match(*py, std::regex(R"(^3\.\d+\.\d+$)")));

  CHECK(probe_version({"/bin/echo", "toolchain v10 build 1.2.3-beta"}) == "1.2.3");
  CHECK(probe_version({"/bin/echo", "gcc (Debian 12.2.0-14) 12.2.0"}) == "12.2.0");
  // A letter before the number is fine (node's "v20.11.1", go's "go1.19.8").
  CHECK(probe_version({"/bin/echo", "v20.11.1"}) == "20.11.1");
  CHECK(probe_version({"/bin/echo", "go version go1.19.8 linux/amd64"}) == "1.19.8");
  // A trailing dot is not part of the version.
  CHECK(probe_version({"/bin/echo", "version 3.4."}) == "3.4");
  // stderr counts too (java -version prints there).
  CHECK(probe_version({"/bin/sh", "-c", "echo 'openjdk 17.0.9' >&2"}) == "17.0.9");
}

TEST_CASE("probe_version: no version, no program, no argv", "[languages]") {
  CHECK_FALSE(probe_version({}).has_value());
  CHECK_FALSE(probe_version({"/nonexistent/toolchain", "--version"}).has_value());
  CHECK_FALSE(probe_version({"/bin/true"}).has_value());
  CHECK_FALSE(probe_version({"/bin/echo", "version 10"}).has_value());  // no dotted number
  CHECK_FALSE(probe_version({"/bin/false"}).has_value());
}

TEST_CASE("probe_version reads stdin from /dev/null and does not hang", "[languages]") {
  // `cat` would wait forever on an inherited terminal or pipe.
  const auto start = std::chrono::steady_clock::now();
  CHECK_FALSE(probe_version({"/bin/cat"}).has_value());
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(5));
}

TEST_CASE("expand_command substitutes {file} and splices {args}", "[languages]") {
  const std::vector<std::string> run{"/usr/bin/python3", "{file}", "{args}"};
  CHECK(expand_command(run, "main.py", {}) ==
        std::vector<std::string>{"/usr/bin/python3", "main.py"});
  // Each argument stays one argv element: no shell, no splitting, no quoting.
  CHECK(expand_command(run, "main.py", {"a b", "'c'", "$(rm -rf /)", ""}) ==
        std::vector<std::string>{"/usr/bin/python3", "main.py", "a b", "'c'", "$(rm -rf /)", ""});
  // {file} inside a larger element, possibly several times.
  CHECK(expand_command({"gcc", "-o", "{file}.out", "{file}"}, "main.c", {}) ==
        std::vector<std::string>{"gcc", "-o", "main.c.out", "main.c"});
  CHECK(expand_command({"x{file}y{file}z"}, "F", {}) == std::vector<std::string>{"xFyFz"});
  // A file name that itself contains the placeholder is not expanded again.
  CHECK(expand_command({"{file}"}, "{file}", {}) == std::vector<std::string>{"{file}"});
  // An argument that looks like a placeholder is left alone.
  CHECK(expand_command(run, "m.py", {"{file}", "{args}"}) ==
        std::vector<std::string>{"/usr/bin/python3", "m.py", "{file}", "{args}"});
  // {args} only as a whole element.
  CHECK(expand_command({"--args={args}"}, "m", {"a"}) == std::vector<std::string>{"--args={args}"});
  CHECK(expand_command({}, "m", {"a"}).empty());
}
