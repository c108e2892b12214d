// `riemann run FILE [--language L] [--stdin FILE] [--timeout S] [--memory SIZE] [--security-level
// L]`: one execution through the same validation, actor tree and sandbox as the server, without
// HTTP. Prints the result object (the API's `data`) as JSON.
// Exit code: 0 the program completed, 1 it ran and did not complete, 2 usage or engine error.
#include <signal.h>

#include <boost/json.hpp>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "actors/result_json.hpp"
#include "actors/runtime.hpp"
#include "app/commands.hpp"
#include "config/loader.hpp"
#include "config/log.hpp"
#include "net/base64.hpp"
#include "net/execute_request.hpp"
#include "patterns/patterns.hpp"

namespace riemann::app {
namespace {

constexpr int kCompleted = 0;
constexpr int kNotCompleted = 1;
constexpr int kError = 2;

std::optional<std::string> read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

int fail(const std::string& message) {
  std::fprintf(stderr, "riemann run: %s\n", message.c_str());
  return kError;
}

}  // namespace

int run_command(const Args& raw) {
  Args args = raw;
  auto language = take_flag(args, "--language");
  const auto stdin_file = take_flag(args, "--stdin");
  const auto timeout = take_flag(args, "--timeout");
  const auto memory = take_flag(args, "--memory");
  const auto level = take_flag(args, "--level");
  auto loaded = config::load(args, config::process_environment());
  if (!loaded) return fail(loaded.error().message);
  if (loaded->positional.size() != 1)
    return fail("usage: riemann run FILE [--language L] [--stdin FILE]");
  const auto& cfg = loaded->config;
  config::set_log_level(cfg.log.level == "info" ? "warn" : cfg.log.level);  // keep stdout clean
  signal(SIGPIPE, SIG_IGN);

  const auto path = loaded->positional.front();
  auto code = read_file(path);
  if (!code) return fail("cannot read " + path);
  if (language.empty()) language = patterns::language_from_filename(path);
  if (language.empty()) return fail("cannot tell the language of " + path + "; pass --language");

  boost::json::object body{{"code", net::encode_base64(*code)}, {"language", language}};
  if (!stdin_file.empty()) {
    auto in = read_file(stdin_file);
    if (!in) return fail("cannot read " + stdin_file);
    body["stdin"] = net::encode_base64(*in);
  }
  boost::json::object options;
  if (!timeout.empty()) options["timeout"] = std::strtod(timeout.c_str(), nullptr);
  if (!memory.empty()) options["memory_limit"] = memory;
  if (!level.empty()) options["security_level"] = level;
  if (!options.empty()) body["options"] = std::move(options);

  auto languages = config::LanguageRegistry::load(cfg.paths.languages_dir);
  if (!languages) return fail(languages.error().message);
  auto registry = std::make_shared<config::LanguageRegistry>(std::move(*languages));
  auto request = net::parse_execute_request(boost::json::serialize(body), cfg, *registry);
  if (!request) {
    const auto& d = request.error().details;
    auto field = d.contains("field") ? boost::json::serialize(d.at("field")) : "";
    return fail(request.error().message + " " + field);
  }
  auto runtime = actors::Runtime::start(actors::RuntimeOptions{cfg, registry, {}, {}});
  if (!runtime) return fail(runtime.error());
  const auto wait = std::chrono::milliseconds(request->timeout_ms) + cfg.server.request_slack;
  auto result = (*runtime)->execute_sync(std::move(*request), wait);
  if (!result) return fail(result.error().message);
  std::printf("%s\n", actors::result_to_json(*result).c_str());
  return result->status == "completed" ? kCompleted : kNotCompleted;
}

}  // namespace riemann::app
