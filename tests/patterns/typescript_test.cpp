// TypeScript and TSX: dialects of javascript (languages/typescript.json, tsx.json "extends"),
// scanned with their own grammars and the javascript rules; inherited queries that do not compile
// for a dialect (JSX nodes in plain typescript) are left out of that dialect only.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "patterns/patterns.hpp"
#include "tests/patterns/test_engine.hpp"

using namespace riemann::patterns;
using riemann::patterns::test::engine;
using riemann::patterns::test::rules_dir;
using riemann::patterns::test::temp_path;

namespace {

bool fires(const std::string& lang, const std::string& code, const std::string& id) {
  auto fired = engine().fired_rule_ids(lang, code);
  REQUIRE(fired.has_value());
  return fired.value().count(id) == 1;
}

bool skipped(const std::string& lang, const std::string& id) {
  const auto ids = engine().skipped_ids(lang);
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

}  // namespace

TEST_CASE("typescript and tsx are scanned with the javascript rules", "[patterns][typescript]") {
  CHECK(engine().supports("typescript"));
  CHECK(engine().supports("ts"));
  CHECK(engine().supports("tsx"));
  const std::string ts =
      "import { exec } from 'child_process';\n"
      "export function run(cmd: string): void {\n"
      "  const opts: { cwd?: string } = {};\n"
      "  exec(cmd as string, opts);\n"
      "}\n";
  CHECK(fires("typescript", ts, "js.child-process"));
  CHECK(fires("tsx", ts, "js.child-process"));
  CHECK_FALSE(fires("typescript", "const s: string = 'exec(cmd)';\n", "js.child-process"));

  auto r = engine().scan("typescript", {SourceFile{"a.ts", ts}});
  REQUIRE(r.has_value());
  REQUIRE(r.value().issues.size() == 1);
  CHECK(r.value().issues[0].line == 4);
}

TEST_CASE("typescript's import x = require('m') binds x to m", "[patterns][typescript]") {
  const std::string code = "import cp = require('child_process');\ncp.execSync(userCmd);\n";
  CHECK(fires("typescript", code, "js.child-process"));
  CHECK_FALSE(fires("typescript", "import cp = require('./local');\ncp.execSync(c);\n",
                    "js.child-process"));
}

TEST_CASE("JSX rules apply to tsx and are left out of plain typescript", "[patterns][typescript]") {
  const std::string tsx =
      "export const Post = ({ html }: { html: string }) => (\n"
      "  <div dangerouslySetInnerHTML={{ __html: html }} />\n"
      ");\n";
  CHECK(fires("tsx", tsx, "js.react-dangerous-html"));
  CHECK(skipped("typescript", "js.react-dangerous-html"));
  CHECK_FALSE(skipped("tsx", "js.react-dangerous-html"));
  CHECK(engine().skipped_ids("javascript").empty());
}

TEST_CASE("inherited javascript rules hold their examples in typescript and tsx",
          "[patterns][typescript]") {
  std::size_t checked = 0;
  for (const auto& rule : engine().rules().security) {
    if (std::find(rule.languages.begin(), rule.languages.end(), "javascript") ==
        rule.languages.end()) {
      continue;
    }
    for (const std::string lang : {"typescript", "tsx"}) {
      if (skipped(lang, rule.id)) continue;
      for (const auto& code : rule.examples.match) {
        INFO(rule.id << " [" << lang << "] must match:\n" << code);
        CHECK(fires(lang, code, rule.id));
        ++checked;
      }
      for (const auto& code : rule.examples.no_match) {
        INFO(rule.id << " [" << lang << "] must not match:\n" << code);
        CHECK_FALSE(fires(lang, code, rule.id));
      }
    }
  }
  CHECK(checked >= 100);
}

TEST_CASE("a language extending an unknown language fails the load", "[patterns][typescript]") {
  namespace fs = std::filesystem;
  const auto dir = temp_path("riemann-bad-extends");
  fs::remove_all(dir);
  fs::copy(rules_dir(), dir, fs::copy_options::recursive);
  {
    std::ifstream in(dir / "languages" / "tsx.json");
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const auto at = text.find("\"javascript\"");
    REQUIRE(at != std::string::npos);
    text.replace(at, 12, "\"coffeescript\"");
    std::ofstream(dir / "languages" / "tsx.json") << text;
  }
  auto e = Engine::load(dir.string());
  fs::remove_all(dir);
  REQUIRE_FALSE(e.has_value());
  CHECK(e.error().code == Errc::rules_invalid);
  CHECK(e.error().message.find("tsx.json") != std::string::npos);
}
