// config/loader: defaults < JSON file < environment < flags, then validate() as a whole.
#include "config/loader.hpp"

#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

using namespace riemann::config;
namespace fs = std::filesystem;

namespace {

// A unique directory under /tmp, removed with everything in it at scope exit.
struct TempDir {
  fs::path path;
  TempDir() {
    std::string tmpl = (fs::temp_directory_path() / "riemann-loader-XXXXXX").string();
    REQUIRE(mkdtemp(tmpl.data()) != nullptr);
    path = tmpl;
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
  std::string write(const std::string& name, const std::string& text) const {
    std::ofstream(path / name) << text;
    return (path / name).string();
  }
};

Config load_ok(const std::vector<std::string>& args, const Environment& env = {}) {
  auto r = load(args, env);
  INFO((r ? std::string("ok") : r.error().message));
  REQUIRE(r.has_value());
  return r->config;
}

std::string load_error(const std::vector<std::string>& args, const Environment& env = {}) {
  auto r = load(args, env);
  REQUIRE_FALSE(r.has_value());
  return r.error().message;
}

std::string validate_error(const Config& c) {
  auto r = validate(c);
  REQUIRE_FALSE(r.has_value());
  return r.error().message;
}

}  // namespace

TEST_CASE("defaults load and validate", "[loader]") {
  const Config c = load_ok({});
  CHECK(c.server.listen == "127.0.0.1:8080");
  CHECK(c.execution.queue_capacity == 64);
  CHECK(c.execution.default_security_level == "medium");
  CHECK(c.execution.allow_network == false);
  // validate() fills derived defaults.
  CHECK(c.execution.workers >= 1);
  CHECK_FALSE(c.cluster.node_name.empty());
  CHECK(c.cluster.node_name.size() <= 32);
  CHECK_FALSE(c.paths.languages_dir.empty());
  CHECK_FALSE(c.paths.rules_dir.empty());
  CHECK(fs::exists(fs::path(c.paths.languages_dir) / "python.json"));
}

TEST_CASE("layers: defaults < file < environment < flags", "[loader]") {
  TempDir dir;
  const auto file = dir.write("c.json", R"({"execution": {"queue_capacity": 10, "max_args": 7},
                                            "storage": {"data_dir": "/tmp/from-file"}})");
  (void)file;
  SECTION("file over defaults") {
    auto c = load_ok({"--config", file});
    CHECK(c.execution.queue_capacity == 10);
    CHECK(c.storage.data_dir == "/tmp/from-file");
    CHECK(c.execution.max_args == 7);
  }
  SECTION("environment over file") {
    auto c = load_ok({"--config", file}, {{"RIEMANN_QUEUE_CAPACITY", "20"}});
    CHECK(c.execution.queue_capacity == 20);
    CHECK(c.storage.data_dir == "/tmp/from-file");
  }
  SECTION("flags over environment and file, whatever their position") {
    auto c =
        load_ok({"--queue-capacity", "30", "--config", file}, {{"RIEMANN_QUEUE_CAPACITY", "20"}});
    CHECK(c.execution.queue_capacity == 30);
    CHECK(c.storage.data_dir == "/tmp/from-file");
  }
  SECTION("file named by RIEMANN_CONFIG") {
    auto c = load_ok({}, {{"RIEMANN_CONFIG", file}});
    CHECK(c.execution.queue_capacity == 10);
  }
  SECTION("--config flag wins over RIEMANN_CONFIG") {
    const auto other = dir.write("other.json", R"({"execution": {"queue_capacity": 11}})");
    auto c = load_ok({"--config", other}, {{"RIEMANN_CONFIG", file}});
    CHECK(c.execution.queue_capacity == 11);
  }
  SECTION("--config=FILE is honoured like --config FILE") {
    auto c = load_ok({"--config=" + file});
    CHECK(c.execution.queue_capacity == 10);
    CHECK(c.storage.data_dir == "/tmp/from-file");
  }
}

TEST_CASE("the seed's environment names are honoured, canonical names win", "[loader]") {
  auto c = load_ok({}, {{"SECURITY_LEVEL", "high"},
                        {"RIEMANN_THRESHOLD", "0.25"},
                        {"LOG_LEVEL", "debug"},
                        {"MAX_EXECUTION_TIME", "90"}});
  CHECK(c.execution.default_security_level == "high");
  CHECK(c.execution.default_riemann_threshold == Approx(0.25));
  CHECK(c.log.level == "debug");
  CHECK(c.execution.max_timeout == milliseconds{90'000});

  auto both = load_ok({}, {{"SECURITY_LEVEL", "high"},
                           {"RIEMANN_SECURITY_LEVEL", "low"},
                           {"LOG_LEVEL", "debug"},
                           {"RIEMANN_LOG_LEVEL", "warn"}});
  CHECK(both.execution.default_security_level == "low");
  CHECK(both.log.level == "warn");
}

TEST_CASE("unrelated environment variables are ignored", "[loader]") {
  auto c = load_ok({}, {{"PATH", "/bin"}, {"RIEMANN_NOT_AN_OPTION", "x"}, {"HOME", "/root"}});
  CHECK(c.execution.queue_capacity == 64);
}

TEST_CASE("boolean flags work as bare switches", "[loader]") {
  auto r = load({"--allow-network", "main.py"}, {});
  REQUIRE(r.has_value());
  CHECK(r->config.execution.allow_network);
  CHECK(r->positional == std::vector<std::string>{"main.py"});
  CHECK(load_ok({"--allow-network", "false"}).execution.allow_network == false);
  CHECK(load_ok({"--allow-network", "--no-allow-network"}).execution.allow_network == false);
  // Only boolean options have a --no- form.
  CHECK_THAT(load_error({"--no-workers"}), Catch::Contains("--no-workers"));
}

TEST_CASE("flags: --flag VALUE, --flag=VALUE, positional arguments", "[loader]") {
  auto r = load(
      {"main.py", "--workers=3", "--max-memory", "1GB", "--default-memory=128MB", "extra"}, {});
  REQUIRE(r.has_value());
  CHECK(r->config.execution.workers == 3);
  CHECK(r->config.execution.max_memory == GiB);
  CHECK(r->config.execution.default_memory == 128 * MiB);
  CHECK(r->positional == std::vector<std::string>{"main.py", "extra"});
}

TEST_CASE("typed values: seconds, sizes, booleans", "[loader]") {
  auto c = load_ok({"--default-timeout", "1.5", "--max-timeout=120", "--max-output", "32MB",
                    "--allow-network", "true", "--read-timeout", "0.25"});
  CHECK(c.execution.default_timeout == milliseconds{1500});
  CHECK(c.execution.max_timeout == milliseconds{120'000});
  CHECK(c.execution.max_output == 32 * MiB);
  CHECK(c.execution.allow_network);
  CHECK(c.server.read_timeout == milliseconds{250});
  CHECK(load_ok({}).sandbox.program_slice == milliseconds{5});
  CHECK(load_ok({"--program-slice", "0.05"}).sandbox.program_slice == milliseconds{50});
}

TEST_CASE("flag errors name the flag", "[loader]") {
  CHECK_THAT(load_error({"--no-such-flag", "1"}), Catch::Contains("--no-such-flag"));
  CHECK_THAT(load_error({"--workers"}), Catch::Contains("--workers"));
  CHECK_THAT(load_error({"--workers"}), Catch::Contains("missing value"));
  const auto e = load_error({"--workers", "many"});
  CHECK_THAT(e, Catch::Contains("execution.workers"));
  CHECK_THAT(e, Catch::Contains("many"));
  CHECK_THAT(load_error({"--max-memory", "lots"}), Catch::Contains("execution.max_memory"));
  CHECK_THAT(load_error({"--default-timeout", "-1"}), Catch::Contains("execution.default_timeout"));
  CHECK_THAT(load_error({"--allow-network=maybe"}), Catch::Contains("execution.allow_network"));
  CHECK_THAT(load_error({"--riemann-threshold", "nan"}),
             Catch::Contains("execution.default_riemann_threshold"));
}

TEST_CASE("environment errors name the variable", "[loader]") {
  const auto e = load_error({}, {{"RIEMANN_QUEUE_CAPACITY", "-5"}});
  CHECK_THAT(e, Catch::Contains("RIEMANN_QUEUE_CAPACITY"));
  CHECK_THAT(e, Catch::Contains("-5"));
}

TEST_CASE("integers too large for their field are refused, not truncated", "[loader]") {
  // 2^32 + 3 would wrap to 3 in an unsigned field.
  CHECK_THAT(load_error({"--workers", "4294967299"}), Catch::Contains("execution.workers"));
  CHECK_THAT(load_error({"--queue-capacity", "4294967296"}),
             Catch::Contains("execution.queue_capacity"));
  CHECK_THAT(load_error({"--uid-base", "4294967297"}), Catch::Contains("sandbox.uid_base"));
  CHECK_THAT(load_error({"--retention-days", "18446744073709551616"}),
             Catch::Contains("storage.retention_days"));
}

TEST_CASE("durations too large to represent are refused", "[loader]") {
  CHECK_THAT(load_error({"--max-timeout", "1e300"}), Catch::Contains("execution.max_timeout"));
  CHECK_THAT(load_error({"--idle-timeout", "1e18"}), Catch::Contains("server.idle_timeout"));
}

TEST_CASE("config file errors", "[loader]") {
  TempDir dir;
  SECTION("missing file") {
    CHECK_THAT(load_error({"--config", (dir.path / "absent.json").string()}),
               Catch::Contains("absent.json"));
  }
  SECTION("not JSON") {
    const auto f = dir.write("bad.json", "{ not json");
    CHECK_THAT(load_error({"--config", f}), Catch::Contains("bad.json"));
  }
  SECTION("not an object") {
    const auto f = dir.write("arr.json", "[1, 2]");
    CHECK_THAT(load_error({"--config", f}), Catch::Contains("not a JSON object"));
  }
  SECTION("section is not an object") {
    const auto f = dir.write("sec.json", R"({"server": 5})");
    CHECK_THAT(load_error({"--config", f}), Catch::Contains("server"));
  }
  SECTION("unknown option") {
    const auto f = dir.write("unk.json", R"({"server": {"listen_everywhere": true}})");
    CHECK_THAT(load_error({"--config", f}), Catch::Contains("server.listen_everywhere"));
  }
  SECTION("unknown section") {
    const auto f = dir.write("unk2.json", R"({"telemetry": {"enabled": false}})");
    CHECK_THAT(load_error({"--config", f}), Catch::Contains("telemetry.enabled"));
  }
  SECTION("bad value names the key") {
    const auto f = dir.write("val.json", R"({"execution": {"max_memory": "a lot"}})");
    const auto e = load_error({"--config", f});
    CHECK_THAT(e, Catch::Contains("execution.max_memory"));
    CHECK_THAT(e, Catch::Contains("a lot"));
  }
  SECTION("structured values are not silently stringified") {
    for (const char* doc :
         {R"({"storage": {"data_dir": ["/a", "/b"]}})",
          R"({"storage": {"data_dir": {"path": "/a"}}})", R"({"storage": {"data_dir": null}})",
          R"({"cluster": {"node_name": ["n1"]}})"}) {
      INFO(doc);
      const auto f = dir.write("typed.json", doc);
      CHECK_FALSE(load({"--config", f}, {}).has_value());
    }
  }
}

TEST_CASE("config file values of natural JSON types", "[loader]") {
  TempDir dir;
  const auto f = dir.write("typed.json", R"({
    "server": {"io_threads": 2, "max_body_bytes": "1MB", "read_timeout": 2.5},
    "execution": {"allow_network": true, "default_riemann_threshold": 0.5,
                  "max_memory": 1073741824, "default_security_level": "high"},
    "cluster": {"node_name": "node-7"},
    "log": {"level": "warn"}})");
  auto c = load_ok({"--config", f});
  CHECK(c.server.io_threads == 2);
  CHECK(c.server.max_body_bytes == MiB);
  CHECK(c.server.read_timeout == milliseconds{2500});
  CHECK(c.execution.allow_network);
  CHECK(c.execution.default_riemann_threshold == Approx(0.5));
  CHECK(c.execution.max_memory == GiB);
  CHECK(c.execution.default_security_level == "high");
  CHECK(c.cluster.node_name == "node-7");
  CHECK(c.log.level == "warn");
}

TEST_CASE("split_host_port", "[loader]") {
  std::string host;
  unsigned short port = 0;
  CHECK(split_host_port("127.0.0.1:8080", host, port));
  CHECK(host == "127.0.0.1");
  CHECK(port == 8080);
  CHECK(split_host_port("[::1]:9000", host, port));
  CHECK(host == "::1");
  CHECK(port == 9000);
  CHECK(split_host_port("localhost:65535", host, port));
  CHECK(host == "localhost");
  CHECK(port == 65535);
  for (const char* bad : {"", "127.0.0.1", "127.0.0.1:", ":8080", "127.0.0.1:65536", "127.0.0.1:-1",
                          "127.0.0.1:80x", "127.0.0.1: 80", "localhost:http"}) {
    INFO("input: '" << bad << "'");
    CHECK_FALSE(split_host_port(bad, host, port));
  }
}

TEST_CASE("is_loopback_host accepts only loopback addresses", "[loader]") {
  for (const char* ok :
       {"127.0.0.1", "127.0.0.2", "127.255.255.254", "127.1.2.3", "::1", "localhost"}) {
    INFO(ok);
    CHECK(is_loopback_host(ok));
  }
  for (const char* no : {"0.0.0.0", "::", "", "192.168.1.10", "10.0.0.1", "128.0.0.1",
                         "example.com", "localhost.example.com", "1.127.0.0",
                         // hostnames that merely start like a loopback address
                         "127.attacker.example", "127.0.0.1.nip.io", "127.0.0.1.", "127.",
                         "127.0.0.256", "::2", "[::1]"}) {
    INFO(no);
    CHECK_FALSE(is_loopback_host(no));
  }
}

TEST_CASE("authentication is on unless turned off explicitly", "[loader]") {
  CHECK(Config{}.auth.enabled);
  CHECK(load_ok({}).auth.enabled);
  CHECK_FALSE(load_ok({"--no-auth"}).auth.enabled);
  CHECK_FALSE(load_ok({}, {{"RIEMANN_AUTH", "false"}}).auth.enabled);
}

TEST_CASE("without authentication, non-loopback addresses are refused", "[loader]") {
  for (const char* listen :
       {"0.0.0.0:8080", "[::]:8080", "192.168.1.10:8080", "127.attacker.example:8080",
        "example.com:80", "[::ffff:10.0.0.1]:80"}) {
    INFO(listen);
    Config c;
    c.auth.enabled = false;
    c.server.listen = listen;
    CHECK_THAT(validate_error(c), Catch::Contains("server.listen"));
  }
  CHECK_THAT(load_error({"--no-auth", "--listen", "0.0.0.0:8080"}),
             Catch::Contains("non-loopback"));
  CHECK_THAT(load_error({"--listen=0.0.0.0:8080", "--no-auth"}), Catch::Contains("non-loopback"));
  CHECK_THAT(load_error({}, {{"RIEMANN_LISTEN", "10.1.2.3:80"}, {"RIEMANN_AUTH", "off"}}),
             Catch::Contains("non-loopback"));
  for (const char* listen : {"127.0.0.1:0", "[::1]:8080", "localhost:8080", "127.0.0.5:1"}) {
    INFO(listen);
    Config c;
    c.auth.enabled = false;
    c.server.listen = listen;
    CHECK(validate(c).has_value());
  }
}

TEST_CASE("with authentication, any address may be used", "[loader]") {
  for (const char* listen : {"0.0.0.0:8080", "[::]:8080", "192.168.1.10:8080", "127.0.0.1:8080"}) {
    INFO(listen);
    Config c;
    c.server.listen = listen;
    CHECK(validate(c).has_value());
  }
  Config malformed;
  malformed.server.listen = "127.0.0.1";
  CHECK_THAT(validate_error(malformed), Catch::Contains("HOST:PORT"));
}

TEST_CASE("validate checks ranges and enumerations", "[loader]") {
  Config c;
  SECTION("io_threads") {
    c.server.io_threads = 0;
    CHECK_THAT(validate_error(c), Catch::Contains("server.io_threads"));
    c.server.io_threads = 65;
    CHECK_THAT(validate_error(c), Catch::Contains("server.io_threads"));
    c.server.io_threads = 64;
    CHECK(validate(c).has_value());
  }
  SECTION("workers") {
    c.execution.workers = 1025;
    CHECK_THAT(validate_error(c), Catch::Contains("execution.workers"));
    c.execution.workers = 0;
    auto v = validate(c);
    REQUIRE(v.has_value());
    CHECK(v->execution.workers >= 1);
  }
  SECTION("queue_capacity") {
    c.execution.queue_capacity = 0;
    CHECK_THAT(validate_error(c), Catch::Contains("execution.queue_capacity"));
  }
  SECTION("timeouts") {
    c.execution.default_timeout = milliseconds{0};
    CHECK_THAT(validate_error(c), Catch::Contains("execution.default_timeout"));
    c.execution.default_timeout = milliseconds{61'000};
    c.execution.max_timeout = milliseconds{60'000};
    CHECK_THAT(validate_error(c), Catch::Contains("execution.default_timeout"));
    c.execution.default_timeout = milliseconds{60'000};
    CHECK(validate(c).has_value());
  }
  SECTION("memory and output") {
    c.execution.default_memory = c.execution.max_memory + 1;
    CHECK_THAT(validate_error(c), Catch::Contains("execution.default_memory"));
    c.execution.default_memory = 0;
    CHECK_THAT(validate_error(c), Catch::Contains("execution.default_memory"));
    c = Config{};
    c.execution.default_output = c.execution.max_output + 1;
    CHECK_THAT(validate_error(c), Catch::Contains("execution.default_output"));
    c.execution.default_output = 0;
    CHECK_THAT(validate_error(c), Catch::Contains("execution.default_output"));
  }
  SECTION("security level") {
    for (const char* ok : {"low", "medium", "high"}) {
      c.execution.default_security_level = ok;
      CHECK(validate(c).has_value());
    }
    c.execution.default_security_level = "HIGH";
    const auto e = validate_error(c);
    CHECK_THAT(e, Catch::Contains("execution.default_security_level"));
    CHECK_THAT(e, Catch::Contains("HIGH"));
  }
  SECTION("threshold") {
    c.execution.default_riemann_threshold = 1.0001;
    CHECK_THAT(validate_error(c), Catch::Contains("execution.default_riemann_threshold"));
    c.execution.default_riemann_threshold = -0.01;
    CHECK_THAT(validate_error(c), Catch::Contains("execution.default_riemann_threshold"));
    c.execution.default_riemann_threshold = 0.0;
    CHECK(validate(c).has_value());
    c.execution.default_riemann_threshold = 1.0;
    CHECK(validate(c).has_value());
  }
  SECTION("restart limit") {
    c.execution.restart_limit = 0;
    CHECK_THAT(validate_error(c), Catch::Contains("execution.restart_limit"));
  }
  SECTION("log level") {
    c.log.level = "verbose";
    CHECK_THAT(validate_error(c), Catch::Contains("log.level"));
  }
  SECTION("node name") {
    for (const char* bad : {"has space", "under_score", "a/b", "dot.ted", "exec_x",
                            "abcdefghijklmnopqrstuvwxyz0123456"}) {  // 33 characters
      INFO(bad);
      c.cluster.node_name = bad;
      CHECK_THAT(validate_error(c), Catch::Contains("cluster.node_name"));
    }
    c.cluster.node_name = "abcdefghijklmnopqrstuvwxyz012345";  // 32
    CHECK(validate(c).has_value());
  }
  SECTION("data dir") {
    c.storage.data_dir = "";
    CHECK_THAT(validate_error(c), Catch::Contains("storage.data_dir"));
  }
  SECTION("sandbox uid base: never root") {
    c.sandbox.uid_base = 0;
    CHECK_THAT(validate_error(c), Catch::Contains("sandbox.uid_base"));
  }
  SECTION("program slice: 0 (the kernel's) or 1-100 ms (Linux accepts 0.1-100)") {
    c.sandbox.program_slice = milliseconds{0};
    CHECK(validate(c).has_value());
    c.sandbox.program_slice = milliseconds{100};
    CHECK(validate(c).has_value());
    c.sandbox.program_slice = milliseconds{101};
    CHECK_THAT(validate_error(c), Catch::Contains("sandbox.program_slice"));
  }
  SECTION("explicit paths are kept") {
    c.paths.languages_dir = "/opt/langs";
    c.paths.rules_dir = "/opt/rules";
    auto v = validate(c);
    REQUIRE(v.has_value());
    CHECK(v->paths.languages_dir == "/opt/langs");
    CHECK(v->paths.rules_dir == "/opt/rules");
  }
}

TEST_CASE("every configurable limit has a flag", "[loader]") {
  auto c = load_ok({"--max-files", "3", "--max-args=4", "--request-slack", "2"});
  CHECK(c.execution.max_files == 3);
  CHECK(c.execution.max_args == 4);
  CHECK(c.server.request_slack == milliseconds{2000});
}

TEST_CASE("options_help documents every flag with its variable and key", "[loader]") {
  const auto help = options_help();
  for (const char* s : {"--config", "RIEMANN_CONFIG", "--listen", "RIEMANN_LISTEN", "server.listen",
                        "--max-timeout", "RIEMANN_MAX_TIMEOUT", "--security-level",
                        "RIEMANN_SECURITY_LEVEL", "--log-level", "--uid-base", "--node-name"}) {
    INFO(s);
    CHECK_THAT(help, Catch::Contains(s));
  }
}

TEST_CASE("process_environment reads the real environment", "[loader]") {
  REQUIRE(setenv("RIEMANN_TEST_ONLY_VARIABLE", "a=b=c", 1) == 0);
  const auto env = process_environment();
  unsetenv("RIEMANN_TEST_ONLY_VARIABLE");
  auto it = env.find("RIEMANN_TEST_ONLY_VARIABLE");
  REQUIRE(it != env.end());
  CHECK(it->second == "a=b=c");
}

TEST_CASE("cluster options: listen, repeated --join, secret, timeouts", "[loader]") {
  auto c =
      load_ok({"--node-name", "a", "--cluster-listen", "127.0.0.1:7100", "--join", "127.0.0.1:7101",
               "--join", "127.0.0.1:7102,127.0.0.1:7103", "--cluster-heartbeat", "0.5"});
  CHECK(c.cluster.listen == "127.0.0.1:7100");
  CHECK(c.cluster.join ==
        std::vector<std::string>{"127.0.0.1:7101", "127.0.0.1:7102", "127.0.0.1:7103"});
  CHECK(c.cluster.heartbeat_interval == std::chrono::milliseconds(500));
  CHECK(load_ok({}).cluster.listen.empty());
  CHECK_THAT(load_error({"--join", "127.0.0.1:7101"}), Catch::Contains("cluster.listen"));
  CHECK_THAT(load_error({"--cluster-listen", "nonsense"}), Catch::Contains("HOST:PORT"));
  CHECK_THAT(load_error({"--cluster-listen", "127.0.0.1:7100", "--cluster-suspect-after", "20"}),
             Catch::Contains("suspect_after"));
}

TEST_CASE("a cluster listen off loopback needs the cluster secret", "[loader]") {
  CHECK_THAT(load_error({"--cluster-listen", "0.0.0.0:7100"}), Catch::Contains("cluster secret"));
  CHECK(load_ok({"--cluster-listen", "0.0.0.0:7100", "--cluster-secret", "s"}).cluster.secret ==
        "s");
}

TEST_CASE("in cluster mode the default node name carries the cluster port", "[loader]") {
  const auto name = load_ok({"--cluster-listen", "127.0.0.1:7100"}).cluster.node_name;
  CHECK(name.size() <= 32);
  CHECK(name.ends_with("-7100"));
  CHECK(load_ok({"--cluster-listen", "127.0.0.1:7100", "--node-name", "n1"}).cluster.node_name ==
        "n1");
}

TEST_CASE("cluster TLS needs certificate, key and CA together, and readable", "[loader]") {
  const std::string readable = RIEMANN_SOURCE_DIR "/CMakeLists.txt";
  CHECK_THAT(load_error({"--cluster-listen", "127.0.0.1:7100", "--cluster-tls-ca", readable}),
             Catch::Contains("together"));
  CHECK_THAT(
      load_error({"--cluster-listen", "127.0.0.1:7100", "--cluster-tls-ca", "/nonexistent/ca.pem",
                  "--cluster-tls-cert", readable, "--cluster-tls-key", readable}),
      Catch::Contains("cannot read /nonexistent/ca.pem"));
  auto c = load_ok({"--cluster-listen", "127.0.0.1:7100", "--cluster-tls-ca", readable,
                    "--cluster-tls-cert", readable, "--cluster-tls-key", readable});
  CHECK(c.cluster.tls_ca == readable);
}
