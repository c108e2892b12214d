// libFuzzer target for everything that parses client input before it reaches the engine:
// execute request bodies (JSON, base64, limits, file names), webhook URLs, sizes.
// Built with clang (-fsanitize=fuzzer,address,undefined) by run_smoke.sh; a short smoke run is
// part of the test suite, a long run is `tests/fuzz/run_smoke.sh --runs 0` (unbounded).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "config/config.hpp"
#include "config/languages.hpp"
#include "config/loader.hpp"
#include "config/units.hpp"
#include "net/base64.hpp"
#include "net/execute_request.hpp"
#include "net/url.hpp"

namespace {

riemann::config::LanguageRegistry make_registry() {
  riemann::config::LanguageRegistry registry;
  const char* defs[] = {
      R"({"name":"python","aliases":["py"],"source_file":"main.py","version_command":["/usr/bin/python3","--version"],"run":["/usr/bin/python3","{file}","{args}"]})",
      R"({"name":"c","source_file":"main.c","version_command":["/usr/bin/gcc","--version"],"compile":["/usr/bin/gcc","-o","main","{sources}"],"artifacts":["main"],"run":["/box/main","{args}"]})"};
  for (const char* def : defs) {
    auto lang = riemann::config::parse_language(def, "fuzz");
    lang->available = true;
    lang->version = "3.11.2";
    registry.add(std::move(*lang));
  }
  return registry;
}

const riemann::config::Config& config() {
  static const riemann::config::Config c = *riemann::config::validate(riemann::config::Config{});
  return c;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const auto registry = make_registry();
  if (size == 0) return 0;
  const std::string_view input(reinterpret_cast<const char*>(data) + 1, size - 1);
  switch (data[0] % 4) {
    case 0: {
      auto r = riemann::net::parse_execute_request(input, config(), registry);
      // Either a request with its main file named, or an error naming a field: never both.
      if (r && r->files.empty()) __builtin_trap();
      if (!r && !r.error().details.contains("field")) __builtin_trap();
      break;
    }
    case 1: {
      auto decoded = riemann::net::decode_base64(input);
      if (decoded && riemann::net::decode_base64(riemann::net::encode_base64(*decoded)) != decoded)
        __builtin_trap();
      break;
    }
    case 2:
      (void)riemann::net::parse_url(std::string(input));
      break;
    default:
      (void)riemann::config::parse_size(input);
      (void)riemann::net::is_safe_file_name(input);
      break;
  }
  return 0;
}
