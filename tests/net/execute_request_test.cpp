// net/execute_request: validation of POST /v1/execute bodies (SPEC §5.1, §5.3). Every refusal
// is a 400 VALIDATION_ERROR naming the field in details.field, with the bad value and what is
// allowed where that applies; nothing a client sends may crash the parser.
#include "net/execute_request.hpp"

#include <boost/json.hpp>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "net/base64.hpp"

using namespace riemann::net;
namespace json = boost::json;
namespace cfg = riemann::config;

namespace {

cfg::Config test_config() {
  cfg::Config c;
  c.execution.max_timeout = std::chrono::milliseconds{60'000};
  c.execution.default_timeout = std::chrono::milliseconds{10'000};
  c.execution.default_memory = 256 * cfg::MiB;
  c.execution.max_memory = 2 * cfg::GiB;
  c.execution.default_output = cfg::MiB;
  c.execution.max_output = 16 * cfg::MiB;
  c.execution.max_code_bytes = 1024;
  c.execution.max_stdin_bytes = 512;
  c.execution.max_files = 4;
  c.execution.max_args = 3;
  c.execution.default_security_level = "medium";
  c.execution.default_riemann_threshold = 0.7;
  c.execution.allow_network = false;
  return c;
}

cfg::LanguageRegistry test_languages() {
  cfg::LanguageRegistry reg;
  cfg::Language py;
  py.name = "python";
  py.aliases = {"python3", "py"};
  py.source_file = "main.py";
  py.run = {"/usr/bin/python3", "{file}", "{args}"};
  py.version = "3.11.2";
  py.available = true;
  reg.add(py);
  cfg::Language cobol;  // defined but its toolchain is missing on this node
  cobol.name = "cobol";
  cobol.source_file = "main.cob";
  cobol.run = {"/usr/bin/cobc"};
  cobol.available = false;
  reg.add(cobol);
  return reg;
}

const cfg::Config kConfig = test_config();
const cfg::LanguageRegistry kLanguages = test_languages();

std::string b64(const std::string& s) {
  return encode_base64(s);
}

// A valid request plus `extra` members (JSON text without braces).
std::string request(const std::string& extra = "") {
  std::string body = R"({"code": ")" + b64("print(1)\n") + R"(", "language": "python")";
  if (!extra.empty()) body += ", " + extra;
  return body + "}";
}

std::string options(const std::string& members) {
  return request(R"("options": {)" + members + "}");
}

riemann::actors::execution_request parse_ok(const std::string& body,
                                            const cfg::Config& c = kConfig) {
  auto r = parse_execute_request(body, c, kLanguages);
  INFO(body);
  INFO((r ? std::string("ok") : r.error().message));
  REQUIRE(r.has_value());
  return std::move(r).value();
}

// Asserts the common error contract and returns the error for specific checks.
ApiError parse_error(const std::string& body, const std::string& field,
                     const cfg::Config& c = kConfig) {
  auto r = parse_execute_request(body, c, kLanguages);
  INFO("body: " << body.substr(0, 300));
  REQUIRE_FALSE(r.has_value());
  const ApiError& e = r.error();
  CHECK(e.status == 400);
  CHECK(e.code == "VALIDATION_ERROR");
  CHECK_FALSE(e.message.empty());
  REQUIRE(e.details.contains("field"));
  CHECK(e.details.at("field") == json::string(field));
  CHECK_THAT(e.message, Catch::Contains(field));
  // The whole document must serialize (no invalid values slipped into details).
  CHECK_FALSE(error_response(e, "req_test").body.empty());
  return e;
}

double number(const ApiError& e, const char* key) {
  REQUIRE(e.details.contains(key));
  return e.details.at(key).to_number<double>();
}

std::string detail(const ApiError& e, const char* key) {
  REQUIRE(e.details.contains(key));
  const auto& v = e.details.at(key);
  return v.is_string() ? std::string(v.get_string()) : json::serialize(v);
}

bool allowed_contains(const ApiError& e, const json::value& v) {
  if (!e.details.contains("allowed_values")) return false;
  for (const auto& a : e.details.at("allowed_values").as_array()) {
    if (a == v) return true;
  }
  return false;
}

}  // namespace

// ---------------------------------------------------------------- valid requests

TEST_CASE("a minimal request gets the server defaults", "[execute_request]") {
  const auto r = parse_ok(request());
  CHECK(r.language == "python");
  REQUIRE(r.files.size() == 1);
  CHECK(r.files[0].name == "main.py");  // the language's source file
  CHECK(r.files[0].content == "print(1)\n");
  CHECK(r.stdin_data.empty());
  CHECK(r.args.empty());
  CHECK(r.timeout_ms == 10'000);
  CHECK(r.compile_timeout_ms > 0);
  CHECK(r.memory_bytes == 256 * cfg::MiB);
  CHECK(r.max_output_bytes == cfg::MiB);
  CHECK(r.security_level == "medium");
  CHECK(r.riemann_threshold == Approx(0.7));
  CHECK_FALSE(r.network);
  CHECK(r.wait);
  CHECK(r.version.empty());
}

TEST_CASE("a full request is read field by field", "[execute_request]") {
  const auto r = parse_ok(request(R"("version": "3.11", "stdin": ")" +
                                  b64(std::string("in\0put", 6)) + R"(", "args": ["a b", "", "ü"],
         "files": [{"name": "util.py", "content": ")" +
                                  b64("X = 1\n") + R"("},
                   {"name": "pkg/mod.py", "content": ""}],
         "options": {"timeout": 2.5, "memory_limit": "512MB", "security_level": "high",
                     "riemann_threshold": 0.3, "network": false, "max_output": "2MB",
                     "compile_timeout": 5, "wait": false, "webhook_url": null})"));
  CHECK(r.version == "3.11");
  CHECK(r.stdin_data == std::string("in\0put", 6));
  CHECK(r.args == std::vector<std::string>{"a b", "", "ü"});
  REQUIRE(r.files.size() == 3);
  CHECK(r.files[0].name == "main.py");
  CHECK(r.files[1].name == "util.py");
  CHECK(r.files[1].content == "X = 1\n");
  CHECK(r.files[2].name == "pkg/mod.py");
  CHECK(r.files[2].content.empty());
  CHECK(r.timeout_ms == 2500);
  CHECK(r.compile_timeout_ms == 5000);
  CHECK(r.memory_bytes == 512 * cfg::MiB);
  CHECK(r.max_output_bytes == 2 * cfg::MiB);
  CHECK(r.security_level == "high");
  CHECK(r.riemann_threshold == Approx(0.3));
  CHECK_FALSE(r.network);
  CHECK_FALSE(r.wait);
}

TEST_CASE("aliases and case select the canonical language", "[execute_request]") {
  for (const char* name : {"py", "PYTHON", "Python3"}) {
    INFO(name);
    const auto r = parse_ok(R"({"code": "", "language": ")" + std::string(name) + "\"}");
    CHECK(r.language == "python");
    CHECK(r.files[0].name == "main.py");
  }
}

TEST_CASE("null optional fields mean absent", "[execute_request]") {
  const auto r = parse_ok(request(R"("version": null, "stdin": null, "args": null, "files": null,
                                     "options": null)"));
  CHECK(r.files.size() == 1);
  CHECK(r.timeout_ms == 10'000);
}

TEST_CASE("limits at exactly the maxima are accepted", "[execute_request]") {
  auto r = parse_ok(options(R"("timeout": 60, "memory_limit": "2GB", "max_output": 16777216)"));
  CHECK(r.timeout_ms == 60'000);
  CHECK(r.memory_bytes == 2 * cfg::GiB);
  CHECK(r.max_output_bytes == 16 * cfg::MiB);
  r = parse_ok(options(R"("memory_limit": 268435456, "riemann_threshold": 0)"));
  CHECK(r.memory_bytes == 256 * cfg::MiB);
  CHECK(r.riemann_threshold == 0.0);
  r = parse_ok(options(R"("riemann_threshold": 1)"));
  CHECK(r.riemann_threshold == 1.0);
  r = parse_ok(request(R"("args": ["1", "2", "3"])"));
  CHECK(r.args.size() == 3);
  r = parse_ok(request(R"("args": [")" + std::string(4096, 'a') + "\"]"));
  CHECK(r.args[0].size() == 4096);
}

TEST_CASE("network: true is accepted only where the server allows it", "[execute_request]") {
  auto e = parse_error(options(R"("network": true)"), "options.network");
  CHECK(allowed_contains(e, false));
  auto open = test_config();
  open.execution.allow_network = true;
  CHECK(parse_ok(options(R"("network": true)"), open).network);
}

// ---------------------------------------------------------------- body

TEST_CASE("malformed bodies are a VALIDATION_ERROR on body", "[execute_request]") {
  for (const auto& body :
       {std::string(""), std::string("   "), std::string("{"), std::string("{\"code\": }"),
        std::string("not json"), std::string("{}x"), std::string("{\"a\":1,}"),
        std::string("{'code': 'x'}"), std::string("\xff\xfe{}"),
        std::string("{\"language\": \"py\xffthon\"}")}) {
    parse_error(body, "body");
  }
  for (const char* body : {"[]", "\"text\"", "42", "null", "true"}) {
    parse_error(body, "body");
  }
}

TEST_CASE("deeply nested JSON is refused without recursion trouble", "[execute_request]") {
  const std::string deep_array = std::string(100'000, '[') + std::string(100'000, ']');
  parse_error(deep_array, "body");
  std::string deep_object;
  for (int i = 0; i < 10'000; ++i) deep_object += "{\"a\":";
  deep_object += "1" + std::string(10'000, '}');
  parse_error(deep_object, "body");
  // Nesting hidden inside an allowed field is refused too.
  parse_error(request(R"("args": )" + std::string(200, '[') + std::string(200, ']')), "body");
}

TEST_CASE("unknown top-level fields are named, with the allowed ones", "[execute_request]") {
  auto e = parse_error(request(R"("langauge": "python")"), "langauge");
  CHECK(allowed_contains(e, "language"));
  CHECK(allowed_contains(e, "options"));
  parse_error(request(R"("__proto__": {})"), "__proto__");
  parse_error(request(R"("timeout": 5)"), "timeout");  // belongs in options
}

// ---------------------------------------------------------------- language, version

TEST_CASE("language: required, a string, runnable here", "[execute_request]") {
  parse_error(R"({"code": ""})", "language");
  for (const char* v : {"5", "null", "[\"python\"]", "{\"name\": \"python\"}", "true"}) {
    INFO(v);
    parse_error(R"({"code": "", "language": )" + std::string(v) + "}", "language");
  }
  auto e = parse_error(R"({"code": "", "language": "brainfuck"})", "language");
  CHECK(detail(e, "value") == "brainfuck");
  CHECK(allowed_contains(e, "python"));
  // A defined language whose toolchain is missing is not runnable and not offered.
  e = parse_error(R"({"code": "", "language": "cobol"})", "language");
  CHECK_FALSE(allowed_contains(e, "cobol"));
  parse_error(R"({"code": "", "language": ""})", "language");
  parse_error(R"({"code": "", "language": "python\u0000"})", "language");
  parse_error(R"({"code": "", "language": "../python"})", "language");
}

TEST_CASE("version: a prefix of the installed version", "[execute_request]") {
  for (const char* ok : {"3", "3.11", "3.11.2", ""}) {
    INFO(ok);
    CHECK(parse_ok(request(R"("version": ")" + std::string(ok) + "\"")).version == ok);
  }
  for (const char* bad : {"2", "3.1", "3.11.", "3.11.2.1", "3.11.20", "4", "latest", ".", "3."}) {
    INFO(bad);
    auto e = parse_error(request(R"("version": ")" + std::string(bad) + "\""), "version");
    CHECK(allowed_contains(e, "3.11.2"));
    CHECK(detail(e, "value") == bad);
  }
  parse_error(request(R"("version": 3)"), "version");
  parse_error(request(R"("version": 3.11)"), "version");
}

// ---------------------------------------------------------------- code, stdin

TEST_CASE("code: required base64 within the size limit", "[execute_request]") {
  parse_error(R"({"language": "python"})", "code");
  for (const char* v : {"null", "5", "[]", "{}", "true"}) {
    INFO(v);
    parse_error(R"({"language": "python", "code": )" + std::string(v) + "}", "code");
  }
  for (const char* v : {"print(1)", "cHJpbnQ", "cHJp bnQx", "cHJpbnQx=", "!!!!"}) {
    INFO(v);
    auto e = parse_error(R"({"language": "python", "code": ")" + std::string(v) + "\"}", "code");
    CHECK(detail(e, "value") == v);
  }
  // max_code_bytes is 1024 decoded bytes.
  parse_ok(R"({"language": "python", "code": ")" + b64(std::string(1024, 'x')) + "\"}");
  auto e = parse_error(R"({"language": "python", "code": ")" + b64(std::string(1025, 'x')) + "\"}",
                       "code");
  CHECK(e.details.contains("max"));
}

TEST_CASE("the code limit counts every file", "[execute_request]") {
  const std::string half = b64(std::string(600, 'x'));
  auto e = parse_error(R"({"language": "python", "code": ")" + half +
                           R"(", "files": [{"name": "a.py", "content": ")" + half + "\"}]}",
                       "code");
  CHECK(e.details.contains("max"));
}

TEST_CASE("stdin: base64 within its limit", "[execute_request]") {
  auto e = parse_error(request(R"("stdin": "not base64!")"), "stdin");
  CHECK(e.details.contains("value"));
  parse_error(request(R"("stdin": 12)"), "stdin");
  parse_error(request(R"("stdin": ["a"])"), "stdin");
  CHECK(parse_ok(request(R"("stdin": ")" + b64(std::string(512, 'i')) + "\"")).stdin_data.size() ==
        512);
  e = parse_error(request(R"("stdin": ")" + b64(std::string(513, 'i')) + "\""), "stdin");
  CHECK(e.details.contains("max"));
}

TEST_CASE("values echoed back are cut short", "[execute_request]") {
  auto e =
      parse_error(R"({"code": "", "language": ")" + std::string(100'000, 'z') + "\"}", "language");
  CHECK(detail(e, "value").size() < 100);
}

// ---------------------------------------------------------------- args

TEST_CASE("args: an array of at most max_args strings without NUL", "[execute_request]") {
  parse_error(request(R"("args": "a b c")"), "args");
  parse_error(request(R"("args": {"0": "a"})"), "args");
  auto e = parse_error(request(R"("args": ["1", "2", "3", "4"])"), "args");
  CHECK(number(e, "max") == 3);
  parse_error(request(R"("args": ["ok", 5])"), "args[1]");
  parse_error(request(R"("args": ["ok", null])"), "args[1]");
  parse_error(request(R"("args": [["nested"]])"), "args[0]");
  parse_error(request(R"("args": ["a\u0000b"])"), "args[0]");
  parse_error(request(R"("args": ["ok", "\u0000"])"), "args[1]");
  parse_error(request(R"("args": [")" + std::string(4097, 'a') + "\"]"), "args[0]");
}

// ---------------------------------------------------------------- files

TEST_CASE("is_safe_file_name", "[execute_request]") {
  for (const char* ok : {"a", "util.py", "pkg/mod.py", "a/b/c/d.txt", "A-Z_0.9", ".hidden", "...",
                         "a..b", "x..", "a-.c", "x/a-b"}) {
    INFO(ok);
    CHECK(is_safe_file_name(ok));
  }
  CHECK(is_safe_file_name(std::string(255, 'a')));
  for (const auto& bad :
       {std::string(""), std::string("/etc/passwd"), std::string(".."), std::string("."),
        std::string("../x"), std::string("a/../../b"), std::string("a/.."), std::string("./a"),
        std::string("a/./b"), std::string("a//b"), std::string("a/"), std::string("/"),
        std::string("a\\b"), std::string("..\\x"), std::string("a b"), std::string("a\0b", 3),
        std::string("~"), std::string("~/x"), std::string("$HOME"), std::string("a:b"),
        std::string("é.py"), std::string("a\nb"), std::string("*"), std::string(256, 'a'),
        // option-looking names: "{sources}" puts them on compiler command lines
        std::string("-o.c"), std::string("-B.c"), std::string("src/-fplugin.c"),
        std::string("-")}) {
    INFO("name: '" << bad << "'");
    CHECK_FALSE(is_safe_file_name(bad));
  }
}

TEST_CASE("files: path traversal and odd names are refused by name", "[execute_request]") {
  const std::string content = b64("x");
  for (const auto& name :
       {std::string("../evil.py"), std::string("/etc/passwd"), std::string("a/../../b"),
        std::string(".."), std::string("a//b"), std::string("dir/"), std::string("a\\\\b"),
        std::string("a\\u0000b"), std::string("with space"), std::string("-rf"), std::string("")}) {
    INFO(name);
    auto e = parse_error(
        request(R"("files": [{"name": ")" + name + R"(", "content": ")" + content + "\"}]"),
        "files[0].name");
    CHECK(e.details.contains("value"));
  }
  parse_error(request(R"("files": [{"name": 7, "content": ""}])"), "files[0].name");
  parse_error(request(R"("files": [{"content": ""}])"), "files[0].name");
}

TEST_CASE("files: structure errors", "[execute_request]") {
  parse_error(request(R"("files": {"name": "a", "content": ""})"), "files");
  parse_error(request(R"("files": "a.py")"), "files");
  parse_error(request(R"("files": ["a.py"])"), "files[0]");
  parse_error(request(R"("files": [{"name": "a.py", "content": ""}, null])"), "files[1]");
  parse_error(request(R"("files": [{"name": "a.py"}])"), "files[0].content");
  parse_error(request(R"("files": [{"name": "a.py", "content": "@@@@"}])"), "files[0].content");
  parse_error(request(R"("files": [{"name": "a.py", "content": 5}])"), "files[0].content");
  auto e = parse_error(request(R"("files": [{"name": "a.py", "content": "", "mode": "0755"}])"),
                       "files[0].mode");
  CHECK(allowed_contains(e, "name"));
  std::string many = R"("files": [)";
  for (int i = 0; i < 5; ++i) {
    many += (i ? ", " : "") + std::string(R"({"name": "f)") + std::to_string(i) +
            R"(.py", "content": ""})";
  }
  e = parse_error(request(many + "]"), "files");
  CHECK(number(e, "max") == 4);
}

TEST_CASE("files: duplicates and collisions with the main source", "[execute_request]") {
  parse_error(
      request(R"("files": [{"name": "a.py", "content": ""}, {"name": "a.py", "content": ""}])"),
      "files[1].name");
  parse_error(request(R"("files": [{"name": "main.py", "content": ""}])"), "files[0].name");
}

TEST_CASE("files: a name cannot be both a file and a directory", "[execute_request]") {
  // "lib" as a file and "lib/x.py" would need "lib" to be a directory: the sandbox could not
  // write both, and a client mistake would surface as an engine failure.
  parse_error(
      request(R"("files": [{"name": "lib", "content": ""}, {"name": "lib/x.py", "content": ""}])"),
      "files[1].name");
  parse_error(
      request(R"("files": [{"name": "lib/x.py", "content": ""}, {"name": "lib", "content": ""}])"),
      "files[1].name");
  parse_error(request(R"("files": [{"name": "main.py/x.py", "content": ""}])"), "files[0].name");
  // Siblings and mere prefixes are fine.
  const auto r = parse_ok(request(R"("files": [{"name": "lib/a.py", "content": ""},
                                              {"name": "lib/b.py", "content": ""},
                                              {"name": "library.py", "content": ""},
                                              {"name": "lib2/a.py", "content": ""}])"));
  CHECK(r.files.size() == 5);
}

// ---------------------------------------------------------------- options

TEST_CASE("options: an object of known fields", "[execute_request]") {
  parse_error(request(R"("options": [])"), "options");
  parse_error(request(R"("options": "fast")"), "options");
  auto e = parse_error(options(R"("timeout": 5, "priority": "high")"), "options.priority");
  CHECK(allowed_contains(e, "timeout"));
  CHECK(allowed_contains(e, "memory_limit"));
}

TEST_CASE("options.timeout and compile_timeout: seconds from 1 ms to the maximum",
          "[execute_request]") {
  for (const char* field : {"timeout", "compile_timeout"}) {
    const std::string name = std::string("options.") + field;
    for (const char* v : {"0", "-1", "-0.0", "60.001", "61", "1e308", "\"5\"", "true", "[5]", "{}",
                          "18446744073709551616", "-9223372036854775809"}) {
      INFO(name << " = " << v);
      std::string member("\"");  // built with append: GCC 12 -Wrestrict false positive on "x" + s
      member.append(field).append("\": ").append(v);
      auto e = parse_error(options(member), name);
      CHECK(number(e, "min") > 0);
      CHECK(number(e, "min") <= 0.001);
      CHECK(number(e, "max") == 60);
      CHECK(e.details.contains("value"));
      // The message is for people: "(0, 60]", not an exponent form such as "6E1".
      CHECK_THAT(e.message, Catch::Contains("60"));
    }
  }
  CHECK(parse_ok(options(R"("timeout": 0.5)")).timeout_ms == 500);
  CHECK(parse_ok(options(R"("timeout": 1)")).timeout_ms == 1000);
}

TEST_CASE("options.timeout: a positive value never becomes a zero limit", "[execute_request]") {
  // 0.0001 s rounds to 0 ms; a 0 ms limit is not "(0, max]" and the sandbox refuses it.
  for (const char* v : {"0.0001", "1e-300", "5e-324"}) {
    INFO(v);
    auto r = parse_execute_request(options(std::string(R"("timeout": )") + v), kConfig, kLanguages);
    if (r) {
      CHECK(r->timeout_ms >= 1);
    } else {
      CHECK(r.error().details.at("field") == "options.timeout");
    }
  }
}

TEST_CASE("options.memory_limit and max_output: sizes from the minimum to the maximum",
          "[execute_request]") {
  for (const char* v : {"\"1KB\"", "\"7MB\"", "\"3GB\"", "\"2049MB\"", "\"lots\"", "\"\"",
                        "\"-5MB\"", "\"NaN\"", "\"infGB\"", "-5", "0", "1e30", "1e300",
                        "18446744073709551615", "36893488147419103232", "true", "[]", "{}"}) {
    INFO("memory_limit = " << v);
    auto e = parse_error(options(std::string(R"("memory_limit": )") + v), "options.memory_limit");
    CHECK(detail(e, "min") == "8MB");
    CHECK(detail(e, "max") == "2GB");
  }
  for (const char* v : {"0", "\"0B\"", "\"17MB\"", "\"x\"", "-1", "1e20", "false"}) {
    INFO("max_output = " << v);
    auto e = parse_error(options(std::string(R"("max_output": )") + v), "options.max_output");
    CHECK(detail(e, "max") == "16MB");
  }
  CHECK(parse_ok(options(R"("memory_limit": "8MB")")).memory_bytes == 8 * cfg::MiB);
  CHECK(parse_ok(options(R"("max_output": 1)")).max_output_bytes == 1);
  CHECK(parse_ok(options(R"("memory_limit": "1.5GB")")).memory_bytes == 3 * cfg::GiB / 2);
}

TEST_CASE("options.security_level: low, medium or high", "[execute_request]") {
  for (const char* v : {"\"HIGH\"", "\"extreme\"", "\"\"", "1", "true", "[\"low\"]"}) {
    INFO(v);
    auto e =
        parse_error(options(std::string(R"("security_level": )") + v), "options.security_level");
    CHECK(allowed_contains(e, "low"));
    CHECK(allowed_contains(e, "medium"));
    CHECK(allowed_contains(e, "high"));
  }
  for (const char* ok : {"low", "medium", "high"}) {
    CHECK(parse_ok(options(R"("security_level": ")" + std::string(ok) + "\"")).security_level ==
          ok);
  }
}

TEST_CASE("options.riemann_threshold: a number from 0 to 1", "[execute_request]") {
  for (const char* v : {"-0.01", "1.01", "2", "1e308", "-1e308", "\"0.5\"", "true", "[]"}) {
    INFO(v);
    auto e = parse_error(options(std::string(R"("riemann_threshold": )") + v),
                         "options.riemann_threshold");
    CHECK(number(e, "min") == 0);
    CHECK(number(e, "max") == 1);
  }
}

TEST_CASE("options.network and wait: booleans", "[execute_request]") {
  for (const char* v : {"\"false\"", "0", "1", "\"yes\"", "[]"}) {
    INFO(v);
    parse_error(options(std::string(R"("network": )") + v), "options.network");
    parse_error(options(std::string(R"("wait": )") + v), "options.wait");
  }
  CHECK_FALSE(parse_ok(options(R"("wait": false)")).wait);
  CHECK(parse_ok(options(R"("wait": null)")).wait);
}

TEST_CASE("options.webhook_url: http(s) URLs only, never an internal address",
          "[execute_request]") {
  CHECK(parse_ok(options(R"("webhook_url": "https://example.com/hook")")).webhook_url ==
        "https://example.com/hook");
  CHECK(parse_ok(options(R"("webhook_url": null)")).webhook_url.empty());
  for (const char* bad :
       {R"("webhook_url": 5)", R"("webhook_url": "ftp://example.com/")",
        R"("webhook_url": "http://127.0.0.1:8080/")", R"("webhook_url": "http://10.1.2.3/")",
        R"("webhook_url": "http://169.254.169.254/latest")", R"("webhook_url": "http://[::1]/")",
        R"("webhook_url": "http://u:p@example.com/")", R"("webhook_url": "example.com")"}) {
    INFO(bad);
    parse_error(options(bad), "options.webhook_url");
  }
}

// ---------------------------------------------------------------- batch items

TEST_CASE("parse_execute_value validates already-parsed items", "[execute_request]") {
  auto ok = parse_execute_value(json::parse(request()), kConfig, kLanguages);
  REQUIRE(ok.has_value());
  CHECK(ok->language == "python");
  for (const char* item : {"[]", "null", "1", "\"x\""}) {
    INFO(item);
    auto r = parse_execute_value(json::parse(item), kConfig, kLanguages);
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().code == "VALIDATION_ERROR");
    CHECK(r.error().details.at("field") == "body");
  }
}

// ---------------------------------------------------------------- tests[] (one compile, many runs)

TEST_CASE("tests: inputs and expected outputs are read", "[execute_request]") {
  const auto r = parse_ok(request(R"("tests": [{"stdin": ")" + b64("1 2\n") +
                                  R"(", "expected_output": ")" + b64("3\n") + R"("},
                                                {"stdin": ")" +
                                  b64("5") + R"("}, {}])"));
  REQUIRE(r.tests.size() == 3);
  CHECK(r.tests[0].stdin_data == "1 2\n");
  CHECK(r.tests[0].expected_output == "3\n");
  CHECK(r.tests[0].has_expected);
  CHECK(r.tests[1].stdin_data == "5");
  CHECK_FALSE(r.tests[1].has_expected);
  CHECK(r.tests[2].stdin_data.empty());
  // An empty expected output is still an expectation.
  const auto e = parse_ok(request(R"("tests": [{"expected_output": ""}])"));
  REQUIRE(e.tests.size() == 1);
  CHECK(e.tests[0].has_expected);
  CHECK(parse_ok(request(R"("tests": null)")).tests.empty());
}

TEST_CASE("tests: refused field by field", "[execute_request]") {
  auto big = test_config();
  big.execution.max_tests = 3;
  parse_error(request(R"("tests": {"stdin": ""})"), "tests", big);
  parse_error(request(R"("tests": "abc")"), "tests", big);
  auto e = parse_error(request(R"("tests": [])"), "tests", big);
  CHECK(number(e, "min") == 1);
  CHECK(number(e, "max") == 3);
  e = parse_error(request(R"("tests": [{}, {}, {}, {}])"), "tests", big);
  CHECK(number(e, "max") == 3);
  parse_error(request(R"("tests": [{}, 5])"), "tests[1]", big);
  e = parse_error(request(R"("tests": [{"input": ""}])"), "tests[0].input", big);
  CHECK(allowed_contains(e, "stdin"));
  parse_error(request(R"("tests": [{"stdin": "!!"}])"), "tests[0].stdin", big);
  parse_error(request(R"("tests": [{"stdin": 5}])"), "tests[0].stdin", big);
  parse_error(request(R"("tests": [{"expected_output": "%%%%"}])"), "tests[0].expected_output",
              big);
  // All inputs and expectations together stay within the stdin limit (512 bytes here).
  const std::string half = b64(std::string(300, 'i'));
  e = parse_error(request(R"("tests": [{"stdin": ")" + half + R"("}, {"stdin": ")" + half + "\"}]"),
                  "tests", big);
  CHECK(e.details.contains("max"));
}
