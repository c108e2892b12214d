// Engine::load / scan through the public interface: structure not text, import aliases,
// suppression, scoring, errors.
#include <catch2/catch.hpp>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "patterns/patterns.hpp"
#include "tests/patterns/test_engine.hpp"

using namespace riemann::patterns;
using riemann::patterns::test::rules_dir;
using riemann::patterns::test::temp_path;

namespace {

std::shared_ptr<const Engine> load_engine() {
  auto e = Engine::load(rules_dir());
  REQUIRE(e.has_value());
  return e.value();
}

SecurityReport scan_one(const Engine& e, const std::string& lang, const std::string& code) {
  auto r = e.scan(lang, {SourceFile{"main", code}});
  REQUIRE(r.has_value());
  return r.value();
}

bool has_rule(const SecurityReport& r, const std::string& id) {
  return std::any_of(r.issues.begin(), r.issues.end(),
                     [&](const Issue& i) { return i.rule_id == id && !i.suppressed; });
}

}  // namespace

TEST_CASE("a comment or a string mentioning os.system is not a call", "[patterns][engine]") {
  auto e = load_engine();
  const auto r = scan_one(*e, "python",
                          "import os\n"
                          "# os.system(cmd) would be dangerous\n"
                          "print(\"os.system(cmd)\")\n"
                          "doc = '''os.system(user_input)'''\n");
  CHECK_FALSE(has_rule(r, "py.os-system"));
  CHECK(r.level == "secure");
  CHECK(r.score == Approx(1.0));
}

TEST_CASE("an aliased import is resolved: from os import system as s; s(x)", "[patterns][engine]") {
  auto e = load_engine();
  const auto r = scan_one(*e, "python", "from os import system as s\ns(x)\n");
  REQUIRE(has_rule(r, "py.os-system"));
  const auto& issue = r.issues.front();
  CHECK(issue.line == 2);
  CHECK(issue.column == 1);
  CHECK(issue.severity == "critical");
  CHECK(issue.cwe == "CWE-78");
  CHECK(issue.snippet == "s(x)");
  CHECK(issue.file == "main");
  CHECK(r.has_critical());
  CHECK(r.level == "critical");
  CHECK(r.score < 0.5);
}

TEST_CASE("module aliases resolve too: import subprocess as sp", "[patterns][engine]") {
  auto e = load_engine();
  const auto r = scan_one(*e, "python", "import subprocess as sp\nsp.call(cmd, shell=True)\n");
  CHECK(has_rule(r, "py.subprocess-shell"));
}

// `import defusedxml.sax` binds defusedxml, not sax: a later `from xml import sax` still names
// the stdlib parser (this once resolved to defusedxml.sax.sax and was missed).
TEST_CASE("import a.b binds a to itself: from xml import sax stays xml.sax", "[patterns][engine]") {
  auto e = load_engine();
  const auto r = scan_one(*e, "python",
                          "import xml.sax\nfrom xml import sax\nimport defusedxml.sax\n"
                          "sax.parseString(s, h)\ndefusedxml.sax.parseString(s, h)\n");
  std::vector<int> lines;
  for (const auto& i : r.issues) {
    if (i.rule_id == "py.xml-unsafe") lines.push_back(static_cast<int>(i.line));
  }
  CHECK(lines == std::vector<int>{4});
}

// #not-constant?: a local that the function only binds to constants is not data; a parameter, a
// rebinding to data, or a name bound elsewhere is.
TEST_CASE("a local constant is not data, a parameter or a rebound local is", "[patterns][engine]") {
  auto e = load_engine();
  auto lines_of = [&](const std::string& code) {
    std::vector<int> lines;
    for (const auto& i : scan_one(*e, "go", code).issues) {
      if (i.rule_id == "go.exec-dynamic") lines.push_back(static_cast<int>(i.line));
    }
    return lines;
  };
  CHECK(lines_of("package main\nimport \"os/exec\"\nfunc f(p string) {\n"
                 "\tc := \"git\"\n\texec.Command(c).Run()\n"       // 5: constant
                 "\texec.Command(p).Run()\n"                       // 6: parameter
                 "\tc = p\n\texec.Command(c).Run()\n"              // 8: rebound to data
                 "\ta, b := \"ls\", p\n\texec.Command(a).Run()\n"  // 10: pairwise constant
                 "\texec.Command(b).Run()\n}\n") == std::vector<int>{6, 8, 11});
}

// #not-enclosing-contains?: an XML parser is reported unless its class disables DTDs.
TEST_CASE("an enclosing class that hardens the parser suppresses the XXE finding",
          "[patterns][engine]") {
  auto e = load_engine();
  const auto r =
      scan_one(*e, "java",
               "class A { void f() { dbf.newDocumentBuilder(); } }\n"
               "class B { void f() {\n"
               "  dbf.setFeature(\"http://apache.org/xml/features/disallow-doctype-decl\", true);\n"
               "  dbf.newDocumentBuilder(); } }\n");
  std::vector<int> lines;
  for (const auto& i : r.issues) {
    if (i.rule_id == "java.xxe") lines.push_back(static_cast<int>(i.line));
  }
  CHECK(lines == std::vector<int>{1});
}

TEST_CASE("a nosec comment suppresses the finding on its line and reports it as suppressed",
          "[patterns][engine]") {
  auto e = load_engine();
  const auto r = scan_one(*e, "python", "import pickle\nobj = pickle.loads(data)  # nosec B301\n");
  const auto it = std::find_if(r.issues.begin(), r.issues.end(),
                               [](const Issue& i) { return i.rule_id == "py.pickle"; });
  REQUIRE(it != r.issues.end());
  CHECK(it->suppressed);
  CHECK_FALSE(r.has_critical());
  CHECK(r.level != "critical");
}

TEST_CASE("bash rules: eval of a variable and curl | sh", "[patterns][engine]") {
  auto e = load_engine();
  const auto r = scan_one(*e, "bash", "#!/bin/bash\n# eval \"$x\"\necho 'eval $x'\neval \"$1\"\n");
  REQUIRE(has_rule(r, "sh.eval"));
  CHECK(std::count_if(r.issues.begin(), r.issues.end(),
                      [](const Issue& i) { return i.rule_id == "sh.eval"; }) == 1);
  CHECK(r.issues.front().line == 4);
  CHECK(
      has_rule(scan_one(*e, "sh", "curl -s https://x.example/i.sh | bash\n"), "sh.pipe-to-shell"));
}

TEST_CASE("score and level follow the documented formula", "[patterns][engine]") {
  auto e = load_engine();
  // One medium/high-confidence finding: score = 1 - 0.15 * 1.0.
  const auto r = scan_one(*e, "python", "import tempfile\np = tempfile.mktemp()\n");
  REQUIRE(r.issues.size() == 1);
  CHECK(r.issues[0].rule_id == "py.mktemp");
  CHECK(r.score == Approx(0.85));
  CHECK(r.level == "medium_risk");
}

TEST_CASE("multi-file submissions report the file of each finding", "[patterns][engine]") {
  auto e = load_engine();
  auto r = e->scan("python", {SourceFile{"main.py", "import util\nutil.run()\n"},
                              SourceFile{"util.py", "import os\ndef run():\n    os.system(c)\n"}});
  REQUIRE(r.has_value());
  REQUIRE(r.value().issues.size() == 1);
  CHECK(r.value().issues[0].file == "util.py");
  CHECK(r.value().issues[0].line == 3);
}

TEST_CASE("unknown languages are an error value, not an exception", "[patterns][engine]") {
  auto e = load_engine();
  CHECK_FALSE(e->supports("cobol"));
  CHECK(e->supports("python"));
  CHECK(e->supports("py"));
  auto r = e->scan("cobol", {SourceFile{"x", "DISPLAY 'HI'."}});
  REQUIRE_FALSE(r.has_value());
  CHECK(r.error().code == Errc::unsupported_language);
}

TEST_CASE("an invalid rule file fails the load and names the file", "[patterns][engine]") {
  namespace fs = std::filesystem;
  const auto dir = temp_path("riemann-bad-rules");
  fs::remove_all(dir);
  fs::copy(rules_dir(), dir, fs::copy_options::recursive);
  {
    std::ofstream out(dir / "security" / "broken.json");
    out << R"json({"languages": ["python"], "rules": [{"id": "x.bad", "severity": "high",
      "confidence": "high", "cwe": "CWE-1", "message": "m", "query": "(call (nonexistent_node))",
      "examples": {"match": ["x()"]}}]})json";
  }
  auto e = Engine::load(dir.string());
  REQUIRE_FALSE(e.has_value());
  CHECK(e.error().code == Errc::rules_invalid);
  CHECK(e.error().message.find("broken.json") != std::string::npos);
  CHECK(e.error().message.find("x.bad") != std::string::npos);
  fs::remove_all(dir);

  auto missing = Engine::load("/nonexistent/rules");
  REQUIRE_FALSE(missing.has_value());
  CHECK(missing.error().code == Errc::rules_invalid);
}

TEST_CASE("#uses? finds another capture's text as a whole token that is not assigned to",
          "[patterns][engine]") {
  namespace fs = std::filesystem;
  const auto dir = temp_path("riemann-uses-rules");
  fs::remove_all(dir);
  fs::copy(rules_dir(), dir, fs::copy_options::recursive);
  {
    std::ofstream out(dir / "security" / "uses.json");
    out << R"json({"languages": ["c"], "rules": [{"id": "x.uses", "severity": "low",
      "confidence": "low", "cwe": "CWE-416", "message": "m",
      "query": "((compound_statement (expression_statement (call_expression function: (identifier) @f arguments: (argument_list . (_) @v .))) . (expression_statement) @match) (#eq? @f \"release\") (#uses? @match @v))",
      "examples": {"match": ["void f(void) {\n  release(p);\n  use(p);\n}\n"]}}]})json";
  }
  auto loaded = Engine::load(dir.string());
  REQUIRE(loaded.has_value());
  const auto fires = [&](const std::string& second) {
    return has_rule(
        scan_one(*loaded.value(), "c", "void f(void) {\n  release(p);\n  " + second + "\n}\n"),
        "x.uses");
  };
  CHECK(fires("use(p);"));
  CHECK(fires("p->next = 0;"));
  CHECK(fires("x = p == 0;"));
  CHECK(fires("p = realloc(p, 8);"));  // the second p is read
  CHECK_FALSE(fires("p = 0;"));
  CHECK_FALSE(fires("pcount = 0;"));
  CHECK_FALSE(fires("x = s->p;"));
  CHECK_FALSE(fires("x = s.p;"));
  CHECK_FALSE(fires("err = get_value(&p, &len);"));
  CHECK(fires("ok = ready && p->ok;"));
  CHECK_FALSE(fires("puts(\"p released\");"));
  CHECK_FALSE(fires("if (c == '\"') q = 1;"));
  CHECK(has_rule(
      scan_one(*loaded.value(), "c", "void f(void) {\n  release(a->b);\n  use(a->b->c);\n}\n"),
      "x.uses"));
  CHECK_FALSE(has_rule(
      scan_one(*loaded.value(), "c", "void f(void) {\n  release(a->b->c);\n  use(a->b);\n}\n"),
      "x.uses"));

  {
    std::ofstream out(dir / "security" / "uses.json");
    out << R"json({"languages": ["c"], "rules": [{"id": "x.uses", "severity": "low",
      "confidence": "low", "cwe": "CWE-416", "message": "m",
      "query": "((call_expression) @match (#uses? @match \"p\"))", "examples": {"match": ["x"]}}]})json";
  }
  auto bad = Engine::load(dir.string());
  REQUIRE_FALSE(bad.has_value());
  CHECK(bad.error().message.find("#uses?") != std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE("one engine serves concurrent scans and analyses with identical results",
          "[patterns][engine]") {
  auto e = load_engine();
  const std::string code =
      "import os\nimport pickle\nos.system('x' + y)\nobj = pickle.loads(b)\n"
      "def is_prime(n):\n    return all(n % d != 0 for d in range(2, n))\n";
  const auto expected = scan_one(*e, "python", code);
  constexpr int kThreads = 4;
  constexpr int kRounds = 25;
  std::vector<std::thread> threads;
  std::atomic<int> mismatches{0};
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < kRounds; ++i) {
        auto r = e->scan("python", {SourceFile{"main", code}});
        auto a = e->analyze("python", {SourceFile{"main", code}}, 0.7);
        if (!r || !a || r->issues.size() != expected.issues.size() || r->score != expected.score) {
          ++mismatches;
        }
      }
    });
  }
  for (auto& th : threads) th.join();
  CHECK(mismatches.load() == 0);
}

TEST_CASE("#var-value? and #flows-to? follow a variable within its function",
          "[patterns][engine]") {
  namespace fs = std::filesystem;
  const auto dir = temp_path("riemann-dataflow-rules");
  fs::remove_all(dir);
  fs::copy(rules_dir(), dir, fs::copy_options::recursive);
  {
    std::ofstream out(dir / "security" / "dataflow.json");
    out << R"json({"languages": ["python"], "rules": [
      {"id": "t.flow", "severity": "low", "confidence": "low", "cwe": "CWE-1", "message": "m",
       "query": "((assignment left: (identifier) @v right: (_) @s) @match (#contains? @s \"src(\") (#flows-to? @v \"sink\"))",
       "examples": {"match": ["x = src()\nsink(x)"]}},
      {"id": "t.literal", "severity": "low", "confidence": "low", "cwe": "CWE-1", "message": "m",
       "query": "((call function: (identifier) @f arguments: (argument_list . (identifier) @a)) @match (#eq? @f \"lit\") (#var-value? @a \"literal\"))",
       "examples": {"match": ["a = 'k'\nlit(a)"]}},
      {"id": "t.formatted", "severity": "low", "confidence": "low", "cwe": "CWE-1", "message": "m",
       "query": "((call function: (identifier) @f arguments: (argument_list . (identifier) @a)) @match (#eq? @f \"fmt\") (#var-value? @a \"formatted\" \"select\"))",
       "examples": {"match": ["q = 'select %s' % x\nfmt(q)"]}},
      {"id": "t.param", "severity": "low", "confidence": "low", "cwe": "CWE-1", "message": "m",
       "query": "((call function: (identifier) @f arguments: (argument_list . (identifier) @a)) @match (#eq? @f \"par\") (#var-value? @a \"parameter\"))",
       "examples": {"match": ["def f(p):\n    par(p)"]}}]})json";
  }
  auto loaded = Engine::load(dir.string());
  REQUIRE(loaded.has_value());
  const auto& e = *loaded.value();
  auto lines = [&](const std::string& code, const std::string& id) {
    std::vector<int> out;
    for (const auto& i : scan_one(e, "python", code).issues) {
      if (i.rule_id == id) out.push_back(static_cast<int>(i.line));
    }
    return out;
  };
  // Through an assignment and a .format call; not through an opaque call; a check stops it.
  CHECK(lines("def f():\n    x = src()\n    y = 'a {}'.format(x)\n    sink(y)\n", "t.flow") ==
        std::vector<int>{2});
  CHECK(lines("def f():\n    x = src()\n    y = convert(x)\n    sink(y)\n", "t.flow").empty());
  CHECK(lines("def f():\n    x = src()\n    if is_safe(x):\n        sink(x)\n", "t.flow").empty());
  CHECK(lines("def f():\n    x = src()\n    x = 'k'\n    sink(x)\n", "t.flow").empty());
  CHECK(lines("def f():\n    x = src()\ndef g(x):\n    sink(x)\n", "t.flow").empty());
  // The last assignment before the use counts; a file-level constant is seen from a function.
  CHECK(lines("a = 'k'\nlit(a)\na = g()\nlit(a)\n", "t.literal") == std::vector<int>{2});
  CHECK(lines("K = 'k'\ndef f():\n    lit(K)\ndef g(K):\n    lit(K)\n", "t.literal") ==
        std::vector<int>{3});
  CHECK(lines("q = f'select {x}'\nfmt(q)\nq = 'select 1'\nfmt(q)\nq = 'a %s' % x\nfmt(q)\n",
              "t.formatted") == std::vector<int>{2});
  CHECK(lines("q = 'select a'.format()\nfmt(q)\nq = 'select %s' % ()\nfmt(q)\n", "t.formatted")
            .empty());
  CHECK(lines("def f(p, r):\n    par(p)\n    r = 1\n    par(r)\n    par(z)\n", "t.param") ==
        std::vector<int>{2});
  // Through renamings `b = a`, also across scopes; an unknown or opaque origin stays opaque, and
  // renaming cycles end.
  CHECK(lines("K = 'k'\ndef f():\n    key = K\n    lit(key)\n", "t.literal") ==
        std::vector<int>{4});
  CHECK(lines("q = 'select %s' % x\nr = q\ns = r\nfmt(s)\n", "t.formatted") == std::vector<int>{4});
  CHECK(lines("def f(p):\n    r = p\n    par(r)\n", "t.param") == std::vector<int>{3});
  CHECK(lines("a = g()\nb = a\nlit(b)\nc = z\nlit(c)\n", "t.literal").empty());
  CHECK(lines("x = x\nlit(x)\na = b\nb = a\nlit(b)\n", "t.literal").empty());
  fs::remove_all(dir);

  // Java: method invocations are calls too (sinks, checks, and opaque steps).
  fs::copy(rules_dir(), dir, fs::copy_options::recursive);
  {
    std::ofstream out(dir / "security" / "dataflow_java.json");
    out << R"json({"languages": ["java"], "rules": [
      {"id": "t.jflow", "severity": "low", "confidence": "low", "cwe": "CWE-1", "message": "m",
       "query": "((variable_declarator name: (identifier) @v value: (_) @s) @match (#contains? @s \"getParameter\") (#flows-to? @v \"*.executeQuery\"))",
       "examples": {"match": ["class A { void f() { String id = r.getParameter(\"i\"); st.executeQuery(id); } }"]}}]})json";
  }
  auto java = Engine::load(dir.string());
  REQUIRE(java.has_value());
  auto java_lines = [&](const std::string& body) {
    std::vector<int> out;
    const auto code = "class A {\n  void f(Statement st) {\n" + body + "  }\n}\n";
    for (const auto& i : scan_one(*java.value(), "java", code).issues) {
      if (i.rule_id == "t.jflow") out.push_back(static_cast<int>(i.line));
    }
    return out;
  };
  CHECK(java_lines("    String id = req.getParameter(\"id\");\n"
                   "    String q = \"SELECT * FROM t WHERE id = \" + id;\n"
                   "    st.executeQuery(q);\n") == std::vector<int>{3});
  CHECK(java_lines("    String id = req.getParameter(\"id\");\n"
                   "    if (isValid(id)) { st.executeQuery(id); }\n")
            .empty());
  CHECK(java_lines("    String id = req.getParameter(\"id\");\n"
                   "    st.executeQuery(\"SELECT 1\");\n")
            .empty());
  fs::remove_all(dir);

  const auto bad = temp_path("riemann-dataflow-bad-rules");
  fs::remove_all(bad);
  fs::copy(rules_dir(), bad, fs::copy_options::recursive);
  {
    std::ofstream out(bad / "security" / "bad.json");
    out << R"json({"languages": ["python"], "rules": [{"id": "t.bad", "severity": "low",
      "confidence": "low", "cwe": "CWE-1", "message": "m",
      "query": "((identifier) @a (#var-value? @a \"sometimes\"))", "examples": {"match": ["x"]}}]})json";
  }
  auto rejected = Engine::load(bad.string());
  REQUIRE_FALSE(rejected.has_value());
  CHECK(rejected.error().message.find("t.bad") != std::string::npos);
  fs::remove_all(bad);
}

TEST_CASE("#var-value? follows Go var declarations and multi-assignments", "[patterns][engine]") {
  namespace fs = std::filesystem;
  const auto dir = fs::temp_directory_path() / "riemann-dataflow-go-rules";
  fs::remove_all(dir);
  fs::copy(rules_dir(), dir, fs::copy_options::recursive);
  {
    std::ofstream out(dir / "security" / "dataflow_go.json");
    out << R"json({"languages": ["go"], "rules": [
      {"id": "t.gofmt", "severity": "low", "confidence": "low", "cwe": "CWE-1", "message": "m",
       "query": "((call_expression function: (identifier) @f arguments: (argument_list . (identifier) @a)) @match (#eq? @f \"run\") (#var-value? @a \"formatted\" \"select\"))",
       "examples": {"match": ["package p\nfunc f(x string) { q := \"select \" + x; run(q) }"]}},
      {"id": "t.golit", "severity": "low", "confidence": "low", "cwe": "CWE-1", "message": "m",
       "query": "((call_expression function: (identifier) @f arguments: (argument_list . (identifier) @a)) @match (#eq? @f \"lit\") (#var-value? @a \"literal\"))",
       "examples": {"match": ["package p\nfunc f() { var k = \"a\"; lit(k) }"]}},
      {"id": "t.goany", "severity": "low", "confidence": "low", "cwe": "CWE-1", "message": "m",
       "query": "((call_expression function: (identifier) @f arguments: (argument_list . (identifier) @a)) @match (#eq? @f \"use\") (#var-value? @a \"any\" \"source(\"))",
       "examples": {"match": ["package p\nfunc f() { v, err := source(); use(v) }"]}}]})json";
  }
  auto loaded = Engine::load(dir.string());
  REQUIRE(loaded.has_value());
  const auto& e = *loaded.value();
  auto lines = [&](const std::string& body, const std::string& id) {
    std::vector<int> out;
    const auto code = "package p\n\nfunc f(x string) {\n" + body + "}\n";
    for (const auto& i : scan_one(e, "go", code).issues) {
      if (i.rule_id == id) out.push_back(static_cast<int>(i.line));
    }
    return out;
  };
  // `:=`, `var x = `, `var x T = `, `=`, and a position in a multi-assignment.
  CHECK(lines("\tq := \"select * from t where a = \" + x\n\trun(q)\n", "t.gofmt") ==
        std::vector<int>{5});
  CHECK(lines("\tvar q = \"select \" + x\n\trun(q)\n\tvar r string = \"select \" + x\n\trun(r)\n",
              "t.gofmt") == std::vector<int>{5, 7});
  CHECK(lines("\tvar q string\n\tq = \"select \" + x\n\trun(q)\n", "t.gofmt") ==
        std::vector<int>{6});
  CHECK(lines("\tn, q := 1, \"select \" + x\n\trun(q)\n\tq, n = \"select 1\", \"select \" + x\n"
              "\trun(q)\n",
              "t.gofmt") == std::vector<int>{5});
  CHECK(lines("\tvar a, k = x, \"k\"\n\tlit(k)\n\tlit(a)\n", "t.golit") == std::vector<int>{5});
  CHECK(lines("\tk := \"k\"\n\tlit(k)\n\tk = x\n\tlit(k)\n", "t.golit") == std::vector<int>{5});
  // `a, err := f()`: both names hold the call's results.
  CHECK(lines("\tv, err := source(x)\n\tuse(v)\n\tuse(err)\n\t_, w := source(x)\n\tuse(w)\n",
              "t.goany") == std::vector<int>{5, 6, 8});
  CHECK(lines("\tv, err := other(x)\n\tuse(v)\n", "t.goany").empty());
  fs::remove_all(dir);
}

TEST_CASE(
    "Go fmt.Sprintf and raw-string concatenation are formatting for #var-value? and "
    "#flows-to?",
    "[patterns][engine]") {
  namespace fs = std::filesystem;
  const auto dir = fs::temp_directory_path() / "riemann-formatted-go-rules";
  fs::remove_all(dir);
  fs::copy(rules_dir(), dir, fs::copy_options::recursive);
  {
    std::ofstream out(dir / "security" / "formatted_go.json");
    out << R"json({"languages": ["go"], "rules": [
      {"id": "t.gofmt", "severity": "low", "confidence": "low", "cwe": "CWE-1", "message": "m",
       "query": "((call_expression function: (identifier) @f arguments: (argument_list . (identifier) @a)) @match (#eq? @f \"run\") (#var-value? @a \"formatted\" \"select\"))",
       "examples": {"match": ["package p\nfunc f(x string) { q := fmt.Sprintf(\"select %s\", x); run(q) }"]}},
      {"id": "t.goflow", "severity": "low", "confidence": "low", "cwe": "CWE-1", "message": "m",
       "query": "((short_var_declaration left: (expression_list (identifier) @v) right: (expression_list (call_expression function: (identifier) @s))) @match (#eq? @s \"src\") (#flows-to? @v \"sink\"))",
       "examples": {"match": ["package p\nfunc f() { x := src(); sink(x) }"]}}]})json";
  }
  auto loaded = Engine::load(dir.string());
  REQUIRE(loaded.has_value());
  const auto& e = *loaded.value();
  auto lines = [&](const std::string& body, const std::string& id) {
    std::vector<int> out;
    const auto code = "package p\n\nfunc f(x string) {\n" + body + "}\n";
    for (const auto& i : scan_one(e, "go", code).issues) {
      if (i.rule_id == id) out.push_back(static_cast<int>(i.line));
    }
    return out;
  };
  CHECK(lines("\tq := fmt.Sprintf(\"select * from t where a = '%s'\", x)\n\trun(q)\n", "t.gofmt") ==
        std::vector<int>{5});
  CHECK(lines("\tq := `select * from t where a = ` + x\n\trun(q)\n", "t.gofmt") ==
        std::vector<int>{5});
  // Formatting constants only, or no formatting at all, is not.
  CHECK(lines("\tq := fmt.Sprintf(\"select %d\", 1)\n\trun(q)\n\tq = fmt.Sprintf(\"select 1\")\n"
              "\trun(q)\n\tq = strings.ToUpper(\"select \" + x)\n\trun(q)\n",
              "t.gofmt")
            .empty());
  // Through `:=`, `=` and fmt.Sprintf into the sink; an opaque call or a reassignment stops it.
  CHECK(lines("\tv := src()\n\tq := fmt.Sprintf(\"a %s\", v)\n\tr := q\n\tsink(r)\n", "t.goflow") ==
        std::vector<int>{4});
  CHECK(lines("\tv := src()\n\tq := convert(v)\n\tsink(q)\n", "t.goflow").empty());
  CHECK(lines("\tv := src()\n\tv = \"k\"\n\tsink(v)\n", "t.goflow").empty());
  fs::remove_all(dir);
}

TEST_CASE("a load for one language compiles that language only, aliases included",
          "[patterns][engine]") {
  auto py = Engine::load(rules_dir(), "py");
  REQUIRE(py);
  CHECK(py.value()->supports("python"));
  CHECK_FALSE(py.value()->supports("javascript"));
  auto found =
      py.value()->scan("python", {SourceFile{"a.py", "from os import system as s\ns(x)\n"}});
  REQUIRE(found);
  CHECK_FALSE(found->issues.empty());
  auto other = py.value()->scan("javascript", {SourceFile{"a.js", "eval(x)\n"}});
  REQUIRE_FALSE(other);
  CHECK(other.error().code == Errc::unsupported_language);
}
