// Rootless mode (issue 3 §3): part of the suite re-run as an unprivileged user. As root, the
// outer case re-executes this binary under `setpriv --reuid=65534 ...` with the hidden
// [rootless-inner] cases; run as a normal user, those cases can also be run directly.
#include <dirent.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <climits>
#include <fstream>

#include "tests/sandbox/host_check.hpp"
#include "tests/sandbox/support.hpp"

namespace riemann::sandbox::test {
namespace {

constexpr const char* kNobody = "65534";
constexpr const char* kMarker = "riemann-daemon-marker";

// Processes on the host, of our uid, whose command line carries the marker.
int marked_processes() {
  int n = 0;
  for (const auto& pid : dir_entries("/proc")) {
    if (pid[0] < '0' || pid[0] > '9') continue;
    if (read_text("/proc/" + pid + "/cmdline").find(kMarker) != std::string::npos) ++n;
  }
  return n;
}

TEST_CASE("rootless: the inner suite passes as an unprivileged user", "[rootless]") {
  if (::geteuid() != 0) {
    SUCCEED("not root: run this binary with [rootless-inner] directly");
    return;
  }
  char self[PATH_MAX] = {};
  REQUIRE(::readlink("/proc/self/exe", self, sizeof(self) - 1) > 0);
  const std::string reuid = std::string("--reuid=") + kNobody;
  const std::string regid = std::string("--regid=") + kNobody;
  const char* argv[] = {"/usr/bin/setpriv", reuid.c_str(), regid.c_str(), "--clear-groups", self,
                        "[rootless-inner]", nullptr};
  const char* envp[] = {"PATH=/usr/bin:/bin", nullptr};
  pid_t pid = 0;
  REQUIRE(::posix_spawn(&pid, argv[0], nullptr, nullptr, const_cast<char**>(argv),
                        const_cast<char**>(envp)) == 0);
  int status = 0;
  REQUIRE(::waitpid(pid, &status, 0) == pid);
  REQUIRE(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);
}

TEST_CASE("rootless inner: programs run and the weaker layers are announced",
          "[.][rootless-inner]") {
  REQUIRE(::geteuid() != 0);
  const Result r = run_ok(python("import os\nprint(os.getuid(), input())"), 0);
  CHECK(r.outcome == Outcome::exited);
  bool rootless_warned = false;
  for (const auto& w : box().warnings()) rootless_warned |= w.find("rootless") == 0;
  CHECK(rootless_warned);
}

TEST_CASE("rootless inner: stdin, files, collect, symlink attack", "[.][rootless-inner]") {
  Spec s = bash("read x; echo \"$x\" > out.txt; ln -s /etc/passwd link.txt; cat main.txt");
  s.stdin_data = "in\n";
  s.files = {{"main.txt", "file\n", false}};
  s.collect = {"out.txt", "link.txt"};
  const Result r = run_ok(s);
  CHECK(r.stdout_data == "file\n");
  REQUIRE(r.collected.size() == 1);
  CHECK(r.collected[0].content == "in\n");
}

TEST_CASE("rootless inner: no host secrets, no writes outside, no network", "[.][rootless-inner]") {
  Spec s = python(
      "import os, socket\nfor p in ('/etc/shadow', '/root', '/home'):\n"
      "  print(p, os.path.exists(p))\ntry:\n  open('/usr/x', 'w')\nexcept OSError as e:\n"
      "  print('ro', e.errno)\ntry:\n  socket.socket()\nexcept OSError as e:\n"
      "  print('net', e.errno)\n");
  const Result r = run_ok(s);
  CHECK(r.stdout_data == "/etc/shadow False\n/root False\n/home False\nro 30\nnet 1\n");
  REQUIRE(r.runtime_events.size() == 1);
  CHECK(r.runtime_events[0].syscall == "socket");
}

TEST_CASE("rootless inner: CPU spin and sleeping forever end as time_limit",
          "[.][rootless-inner]") {
  Spec spin = python("while True: pass");
  spin.limits.cpu_time = std::chrono::milliseconds(1000);
  spin.limits.wall_time = std::chrono::milliseconds(8000);
  CHECK(run_ok(spin).outcome == Outcome::time_limit);
  Spec sleeper = bash("sleep 100");
  sleeper.limits.wall_time = std::chrono::milliseconds(1000);
  CHECK(run_ok(sleeper).outcome == Outcome::time_limit);
}

TEST_CASE("rootless inner: fork bomb is bounded and daemons die with the box",
          "[.][rootless-inner]") {
  Spec bomb =
      python("import os\nwhile True:\n  try:\n    os.fork()\n  except OSError:\n    pass\n");
  bomb.limits.wall_time = std::chrono::milliseconds(1500);
  CHECK(run_ok(bomb).outcome == Outcome::time_limit);
  Spec daemon = bash(std::string("(setsid bash -c 'exec -a ") + kMarker +
                     " sleep 1000' >/dev/null 2>&1 &); sleep 0.2; echo started");
  const Result r = run_ok(daemon);
  CHECK(r.stdout_data == "started\n");
  CHECK(marked_processes() == 0);
}

TEST_CASE("rootless inner: memory is bounded by RLIMIT_AS (a weaker verdict)",
          "[.][rootless-inner]") {
  Spec s = python("b = bytearray(1 << 30)\nprint('allocated')");
  s.limits.memory_bytes = 256ull << 20;
  const Result r = run_ok(s);
  CHECK(r.outcome == Outcome::exited);
  CHECK(r.exit_code != 0);
  CHECK(r.stderr_data.find("MemoryError") != std::string::npos);
}

}  // namespace
}  // namespace riemann::sandbox::test
