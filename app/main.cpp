// riemann: run untrusted code safely, at speed, and report what it did.
#include <cstdio>
#include <cstring>

#include "app/commands.hpp"
#include "app/scan_command.hpp"
#include "config/loader.hpp"

namespace {

constexpr int kUsage = 2;

void usage() {
  std::printf(
      "riemann %s\n\n"
      "usage:\n"
      "  riemann serve [--listen HOST:PORT] [--data-dir DIR] [options]   run the HTTP API\n"
      "  riemann run FILE [--language L] [--stdin FILE] [--timeout S]     one execution, no "
      "server\n"
      "  riemann scan FILE [--language L] [--format json|text] [--fail-on SEVERITY]\n"
      "  riemann config check [options]                                   validate configuration\n"
      "  riemann keys create --tier free|pro|enterprise --name NAME [--data-dir DIR]\n"
      "  riemann keys list [--data-dir DIR] | riemann keys revoke KEY_ID [--data-dir DIR]\n"
      "  riemann status [--url URL] [--api-key KEY]                      the cluster at a glance\n"
      "  riemann version\n\n"
      "options (also as RIEMANN_* environment variables or a JSON --config file):\n%s",
      RIEMANN_VERSION, riemann::config::options_help().c_str());
}

std::string default_rules_dir() {
  auto c = riemann::config::validate(riemann::config::Config{});
  if (const char* env = std::getenv("RIEMANN_RULES_DIR")) return env;
  return c ? c->paths.rules_dir : std::string{};
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    usage();
    return kUsage;
  }
  const std::string command = argv[1];
  riemann::app::Args args(argv + 2, argv + argc);
  if (command == "serve") return riemann::app::serve_command(args);
  if (command == "run") return riemann::app::run_command(args);
  if (command == "scan") return riemann::app::run_scan_command(args, default_rules_dir());
  if (command == "config") return riemann::app::config_command(args);
  if (command == "keys") return riemann::app::keys_command(args);
  if (command == "status") return riemann::app::status_command(args);
  if (command == "version" || command == "--version") {
    std::printf("riemann %s\n", RIEMANN_VERSION);
    return 0;
  }
  if (command == "help" || command == "--help" || command == "-h") {
    usage();
    return 0;
  }
  std::fprintf(stderr, "riemann: unknown command '%s'\n\n", command.c_str());
  usage();
  return kUsage;
}
