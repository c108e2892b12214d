#include "net/execute_request.hpp"

#include <algorithm>
#include <boost/json.hpp>
#include <cmath>
#include <cstdio>
#include <set>

#include "config/units.hpp"
#include "net/base64.hpp"
#include "net/url.hpp"

namespace riemann::net {
namespace {

namespace json = boost::json;

constexpr std::uint64_t kMinMemory = 8 * config::MiB;  // below this no interpreter starts
constexpr std::uint64_t kMinOutput = 1;
constexpr std::size_t kMaxFileName = 255;
constexpr std::size_t kMaxArgBytes = 4096;
constexpr std::size_t kMaxShownValue = 64;  // bad values echoed back are cut here
constexpr double kMsPerSecond = 1000.0;
constexpr double kMinSeconds = 0.001;      // limits are whole milliseconds; 0 ms is no limit at all
constexpr std::size_t kMaxJsonDepth = 32;  // requests are shallow; deep nesting is an attack

const std::set<std::string, std::less<>> kTopLevel = {"code", "language", "version", "stdin",
                                                      "args", "files",    "options", "tests"};
const std::set<std::string, std::less<>> kOptions = {
    "timeout",    "memory_limit",    "security_level", "riemann_threshold", "network",
    "max_output", "compile_timeout", "wait",           "webhook_url"};

using Result = Expected<actors::execution_request, ApiError>;

std::string shown(const json::value& v) {
  auto text = v.is_string() ? std::string(v.get_string()) : json::serialize(v);
  if (text.size() > kMaxShownValue) text = text.substr(0, kMaxShownValue) + "...";
  return text;
}

// The message names the field too, so it reads on its own: "options.timeout must be ...".
ApiError bad(std::string field, std::string message, const json::value* value = nullptr) {
  auto e = validation_error(field, field + " " + message);
  if (value) e.details["value"] = shown(*value);
  return e;
}

json::array names(const std::vector<std::string>& list) {
  json::array out;
  for (const auto& n : list) out.push_back(json::string(n));
  return out;
}

std::optional<ApiError> unknown_keys(const json::object& o,
                                     const std::set<std::string, std::less<>>& allowed,
                                     const std::string& prefix) {
  for (const auto& [k, v] : o) {
    if (allowed.count(std::string_view(k))) continue;
    auto e = bad(prefix + std::string(k), "unknown field");
    json::array list;
    for (const auto& a : allowed) list.push_back(json::string(a));
    e.details["allowed_values"] = std::move(list);
    return e;
  }
  return std::nullopt;
}

std::optional<double> number(const json::value& v) {
  if (v.is_int64()) return static_cast<double>(v.get_int64());
  if (v.is_uint64()) return static_cast<double>(v.get_uint64());
  if (v.is_double() && std::isfinite(v.get_double())) return v.get_double();
  return std::nullopt;
}

// A size given as "256MB" or as a number of bytes.
std::optional<std::uint64_t> size_value(const json::value& v) {
  if (v.is_string()) return config::parse_size(std::string(v.get_string()));
  auto n = number(v);
  // 2^64 and above do not fit: converting them would be undefined behaviour.
  constexpr double kTwoTo64 = 18446744073709551616.0;
  if (!n || *n < 0 || *n >= kTwoTo64) return std::nullopt;
  return static_cast<std::uint64_t>(*n);
}

std::optional<ApiError> decode_field(const json::value& v, const std::string& field,
                                     std::string& out) {
  if (!v.is_string()) return bad(field, "must be a base64 string", &v);
  auto decoded = decode_base64(v.get_string());
  if (!decoded) return bad(field, "is not valid base64", &v);
  out = std::move(*decoded);
  return std::nullopt;
}

std::optional<ApiError> parse_seconds(const json::value& v, const std::string& field,
                                      config::milliseconds max, std::int64_t& out_ms) {
  auto s = number(v);
  const double max_s = static_cast<double>(max.count()) / kMsPerSecond;
  // A positive value that rounds to 0 ms would be a zero limit, which the sandbox refuses.
  if (!s || *s <= 0 || *s > max_s || std::llround(*s * kMsPerSecond) < 1) {
    char max_text[32];
    std::snprintf(max_text, sizeof max_text, "%g", max_s);  // "60", not json's "6E1"
    auto e = bad(field, std::string("must be a number of seconds from 0.001 to ") + max_text, &v);
    e.details["min"] = kMinSeconds;
    e.details["max"] = max_s;
    return e;
  }
  out_ms = static_cast<std::int64_t>(std::llround(*s * kMsPerSecond));
  return std::nullopt;
}

std::optional<ApiError> parse_size_in(const json::value& v, const std::string& field,
                                      std::uint64_t min, std::uint64_t max, std::uint64_t& out) {
  auto n = size_value(v);
  if (!n || *n < min || *n > max) {
    auto e = bad(field,
                 "must be a size between " + config::format_size(min) + " and " +
                     config::format_size(max) + " (e.g. \"256MB\")",
                 &v);
    e.details["min"] = config::format_size(min);
    e.details["max"] = config::format_size(max);
    return e;
  }
  out = *n;
  return std::nullopt;
}

std::optional<ApiError> parse_language(const json::object& o, const config::LanguageRegistry& langs,
                                       actors::execution_request& req) {
  auto it = o.find("language");
  if (it == o.end()) return bad("language", "is required");
  if (!it->value().is_string()) return bad("language", "must be a string", &it->value());
  const std::string name(it->value().get_string());
  const config::Language* lang = langs.find(name);
  if (!lang || !lang->available) {
    auto e = bad("language", "is not a language this server can run", &it->value());
    e.details["allowed_values"] = names(langs.available_names());
    return e;
  }
  req.language = lang->name;
  if (auto v = o.find("version"); v != o.end() && !v->value().is_null()) {
    if (!v->value().is_string()) return bad("version", "must be a string", &v->value());
    const std::string wanted(v->value().get_string());
    // "3" matches 3.11.2; "3.11" matches too; "2" does not.
    const bool ok =
        wanted.empty() || lang->version == wanted || lang->version.rfind(wanted + ".", 0) == 0;
    if (!ok) {
      auto e = bad("version", "is not available for " + lang->name, &v->value());
      e.details["allowed_values"] = json::array{json::string(lang->version)};
      return e;
    }
    req.version = wanted;
  }
  return std::nullopt;
}

std::optional<ApiError> parse_sources(const json::object& o, const config::Config& cfg,
                                      actors::execution_request& req) {
  auto code = o.find("code");
  if (code == o.end()) return bad("code", "is required");
  actors::source_file main{"", ""};
  if (auto e = decode_field(code->value(), "code", main.content)) return e;
  req.files.push_back(std::move(main));
  std::uint64_t total = req.files.front().content.size();
  if (auto f = o.find("files"); f != o.end() && !f->value().is_null()) {
    if (!f->value().is_array())
      return bad("files", "must be an array of {name, content}", &f->value());
    const auto& arr = f->value().get_array();
    if (arr.size() > cfg.execution.max_files) {
      auto e = bad("files", "has too many entries");
      e.details["max"] = cfg.execution.max_files;
      return e;
    }
    std::set<std::string> seen;
    for (std::size_t i = 0; i < arr.size(); ++i) {
      const std::string field = "files[" + std::to_string(i) + "]";
      if (!arr[i].is_object()) return bad(field, "must be an object {name, content}", &arr[i]);
      const auto& file = arr[i].get_object();
      if (auto e = unknown_keys(file, {"name", "content"}, field + ".")) return e;
      auto name = file.find("name");
      if (name == file.end() || !name->value().is_string() ||
          !is_safe_file_name(name->value().get_string())) {
        return bad(field + ".name",
                   "must be a relative path of letters, digits, '.', '_', '-' and '/' "
                   "(no '..', not absolute)",
                   name == file.end() ? nullptr : &name->value());
      }
      const std::string n(name->value().get_string());
      if (!seen.insert(n).second)
        return bad(field + ".name", "duplicates another file", &name->value());
      auto content = file.find("content");
      if (content == file.end()) return bad(field + ".content", "is required");
      actors::source_file sf{n, ""};
      if (auto e = decode_field(content->value(), field + ".content", sf.content)) return e;
      total += sf.content.size();
      req.files.push_back(std::move(sf));
    }
  }
  if (total > cfg.execution.max_code_bytes) {
    auto e = bad("code", "source files are larger than the server allows");
    e.details["max"] = config::format_size(cfg.execution.max_code_bytes);
    return e;
  }
  return std::nullopt;
}

std::optional<ApiError> parse_io(const json::object& o, const config::Config& cfg,
                                 actors::execution_request& req) {
  if (auto s = o.find("stdin"); s != o.end() && !s->value().is_null()) {
    if (auto e = decode_field(s->value(), "stdin", req.stdin_data)) return e;
    if (req.stdin_data.size() > cfg.execution.max_stdin_bytes) {
      auto e = bad("stdin", "is larger than the server allows");
      e.details["max"] = config::format_size(cfg.execution.max_stdin_bytes);
      return e;
    }
  }
  if (auto a = o.find("args"); a != o.end() && !a->value().is_null()) {
    if (!a->value().is_array()) return bad("args", "must be an array of strings", &a->value());
    const auto& arr = a->value().get_array();
    if (arr.size() > cfg.execution.max_args) {
      auto e = bad("args", "has too many entries");
      e.details["max"] = cfg.execution.max_args;
      return e;
    }
    for (std::size_t i = 0; i < arr.size(); ++i) {
      const std::string field = "args[" + std::to_string(i) + "]";
      if (!arr[i].is_string()) return bad(field, "must be a string", &arr[i]);
      const auto& s = arr[i].get_string();
      if (s.size() > kMaxArgBytes || s.find('\0') != json::string::npos) {
        return bad(field, "must be at most 4096 bytes without NUL", &arr[i]);
      }
      req.args.emplace_back(s);
    }
  }
  return std::nullopt;
}

// tests: [{stdin, expected_output}] (both base64, both optional): one compile, one run each.
std::optional<ApiError> parse_tests(const json::object& o, const config::Config& cfg,
                                    actors::execution_request& req) {
  auto t = o.find("tests");
  if (t == o.end() || t->value().is_null()) return std::nullopt;
  if (!t->value().is_array())
    return bad("tests", "must be an array of {stdin, expected_output}", &t->value());
  const auto& arr = t->value().get_array();
  if (arr.empty() || arr.size() > cfg.execution.max_tests) {
    auto e = bad("tests",
                 "must have between 1 and " + std::to_string(cfg.execution.max_tests) + " entries");
    e.details["min"] = 1;
    e.details["max"] = cfg.execution.max_tests;
    return e;
  }
  std::uint64_t total = 0;
  for (std::size_t i = 0; i < arr.size(); ++i) {
    const std::string field = "tests[" + std::to_string(i) + "]";
    if (!arr[i].is_object())
      return bad(field, "must be an object {stdin, expected_output}", &arr[i]);
    const auto& item = arr[i].get_object();
    if (auto e = unknown_keys(item, {"stdin", "expected_output"}, field + ".")) return e;
    actors::test_case tc;
    if (auto v = item.find("stdin"); v != item.end() && !v->value().is_null()) {
      if (auto e = decode_field(v->value(), field + ".stdin", tc.stdin_data)) return e;
    }
    if (auto v = item.find("expected_output"); v != item.end() && !v->value().is_null()) {
      if (auto e = decode_field(v->value(), field + ".expected_output", tc.expected_output))
        return e;
      tc.has_expected = true;
    }
    total += tc.stdin_data.size() + tc.expected_output.size();
    req.tests.push_back(std::move(tc));
  }
  if (total > cfg.execution.max_stdin_bytes) {
    auto e = bad("tests", "inputs and expected outputs are larger than the server allows");
    e.details["max"] = config::format_size(cfg.execution.max_stdin_bytes);
    return e;
  }
  return std::nullopt;
}

std::optional<ApiError> parse_options(const json::object& o, const config::Config& cfg,
                                      actors::execution_request& req) {
  const auto& ex = cfg.execution;
  req.timeout_ms = ex.default_timeout.count();
  req.compile_timeout_ms = ex.default_timeout.count();
  req.memory_bytes = ex.default_memory;
  req.max_output_bytes = ex.default_output;
  req.security_level = ex.default_security_level;
  req.riemann_threshold = ex.default_riemann_threshold;
  auto it = o.find("options");
  if (it == o.end() || it->value().is_null()) return std::nullopt;
  if (!it->value().is_object()) return bad("options", "must be an object", &it->value());
  const auto& opt = it->value().get_object();
  if (auto e = unknown_keys(opt, kOptions, "options.")) return e;
  if (auto v = opt.find("timeout"); v != opt.end()) {
    if (auto e = parse_seconds(v->value(), "options.timeout", ex.max_timeout, req.timeout_ms))
      return e;
  }
  if (auto v = opt.find("compile_timeout"); v != opt.end()) {
    if (auto e = parse_seconds(v->value(), "options.compile_timeout", ex.max_timeout,
                               req.compile_timeout_ms)) {
      return e;
    }
  }
  if (auto v = opt.find("memory_limit"); v != opt.end()) {
    if (auto e = parse_size_in(v->value(), "options.memory_limit", kMinMemory, ex.max_memory,
                               req.memory_bytes)) {
      return e;
    }
  }
  if (auto v = opt.find("max_output"); v != opt.end()) {
    if (auto e = parse_size_in(v->value(), "options.max_output", kMinOutput, ex.max_output,
                               req.max_output_bytes)) {
      return e;
    }
  }
  if (auto v = opt.find("security_level"); v != opt.end()) {
    const auto& val = v->value();
    if (!val.is_string() ||
        (val.get_string() != "low" && val.get_string() != "medium" && val.get_string() != "high")) {
      auto e = bad("options.security_level", "must be low, medium or high", &val);
      e.details["allowed_values"] = json::array{"low", "medium", "high"};
      return e;
    }
    req.security_level = std::string(val.get_string());
  }
  if (auto v = opt.find("riemann_threshold"); v != opt.end()) {
    auto t = number(v->value());
    if (!t || *t < 0 || *t > 1) {
      auto e = bad("options.riemann_threshold", "must be a number in [0, 1]", &v->value());
      e.details["min"] = 0;
      e.details["max"] = 1;
      return e;
    }
    req.riemann_threshold = *t;
  }
  if (auto v = opt.find("network"); v != opt.end() && !v->value().is_null()) {
    if (!v->value().is_bool()) return bad("options.network", "must be true or false", &v->value());
    req.network = v->value().get_bool();
    if (req.network && !ex.allow_network) {
      auto e = bad("options.network", "network access is disabled on this server", &v->value());
      e.details["allowed_values"] = json::array{false};
      return e;
    }
  }
  if (auto v = opt.find("wait"); v != opt.end() && !v->value().is_null()) {
    if (!v->value().is_bool()) return bad("options.wait", "must be true or false", &v->value());
    req.wait = v->value().get_bool();
  }
  if (auto v = opt.find("webhook_url"); v != opt.end() && !v->value().is_null()) {
    if (!v->value().is_string())
      return bad("options.webhook_url", "must be a string URL", &v->value());
    const std::string text(v->value().get_string());
    auto url = parse_url(text);
    if (!url) return bad("options.webhook_url", url.error(), &v->value());
    // A literal internal address is refused now; names are checked again when resolved.
    boost::system::error_code ec;
    auto literal = boost::asio::ip::make_address(url->host, ec);
    if (!ec && is_internal_address(literal) &&
        !is_allowed_private(url->host, literal, cfg.webhooks.allow_private)) {
      return bad("options.webhook_url",
                 "points to an internal address; the server's allow-list does not permit it",
                 &v->value());
    }
    req.webhook_url = text;
  }
  return std::nullopt;
}

}  // namespace

bool is_safe_file_name(std::string_view name) {
  if (name.empty() || name.size() > kMaxFileName || name.front() == '/' || name.back() == '/')
    return false;
  std::size_t start = 0;
  while (start <= name.size()) {
    auto end = name.find('/', start);
    if (end == std::string_view::npos) end = name.size();
    auto segment = name.substr(start, end - start);
    if (segment.empty() || segment == "." || segment == "..") return false;
    // "{sources}" puts names on compiler command lines: "-o.c" or "-B.c" would be options.
    if (segment.front() == '-') return false;
    for (char c : segment) {
      const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                      c == '.' || c == '_' || c == '-';
      if (!ok) return false;
    }
    start = end + 1;
  }
  return true;
}

Result parse_execute_value(const json::value& value, const config::Config& cfg,
                           const config::LanguageRegistry& langs) {
  if (!value.is_object()) return unexpected(bad("body", "must be a JSON object"));
  const auto& o = value.get_object();
  actors::execution_request req;
  if (auto e = unknown_keys(o, kTopLevel, "")) return unexpected(std::move(*e));
  if (auto e = parse_language(o, langs, req)) return unexpected(std::move(*e));
  if (auto e = parse_sources(o, cfg, req)) return unexpected(std::move(*e));
  if (auto e = parse_io(o, cfg, req)) return unexpected(std::move(*e));
  if (auto e = parse_tests(o, cfg, req)) return unexpected(std::move(*e));
  if (auto e = parse_options(o, cfg, req)) return unexpected(std::move(*e));
  const auto* lang = langs.find(req.language);
  for (std::size_t i = 1; i < req.files.size(); ++i) {
    if (req.files[i].name == lang->source_file) {
      return unexpected(bad("files[" + std::to_string(i - 1) + "].name",
                            "collides with the main source file " + lang->source_file));
    }
  }
  // No name may be a directory of another ("lib" and "lib/x.py"): both cannot be written.
  for (std::size_t i = 1; i < req.files.size(); ++i) {
    const std::string& name = req.files[i].name;
    for (std::size_t j = 0; j < req.files.size(); ++j) {
      const std::string& other = j == 0 ? lang->source_file : req.files[j].name;
      if (j == i || other.size() >= name.size()) continue;
      if (name.compare(0, other.size(), other) == 0 && name[other.size()] == '/') {
        return unexpected(bad("files[" + std::to_string(std::max(i, j) - 1) + "].name",
                              "uses " + other + " both as a file and as a directory"));
      }
    }
  }
  req.files.front().name = lang->source_file;
  return req;
}

Result parse_execute_request(std::string_view body, const config::Config& cfg,
                             const config::LanguageRegistry& langs) {
  boost::system::error_code ec;
  json::parse_options opts;
  opts.max_depth = kMaxJsonDepth;
  auto value = json::parse(body, ec, {}, opts);
  if (ec) return unexpected(bad("body", "is not valid JSON: " + ec.message()));
  return parse_execute_value(value, cfg, langs);
}

}  // namespace riemann::net
