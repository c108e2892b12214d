// A crashed server leaves nothing running: the box's init dies with the thread that cloned it
// (PR_SET_PDEATHSIG), the kernel then kills the box's pid namespace, and the next create()
// with the same options removes the stale cgroups.
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <climits>
#include <filesystem>
#include <thread>

#include "tests/sandbox/host_check.hpp"
#include "tests/sandbox/support.hpp"

namespace riemann::sandbox::test {
namespace {

using std::chrono::milliseconds;

constexpr const char* kCrashMarker = "riemann-crash-marker";
constexpr auto kPollStep = milliseconds(50);
constexpr int kPollSteps = 200;  // 10 s: generous on a loaded machine

int marked() {
  int n = 0;
  for (const auto& pid : dir_entries("/proc")) {
    if (pid[0] < '0' || pid[0] > '9') continue;
    if (read_text("/proc/" + pid + "/cmdline").find(kCrashMarker) != std::string::npos) ++n;
  }
  return n;
}

template <class Pred>
bool eventually(Pred pred) {
  for (int i = 0; i < kPollSteps; ++i) {
    if (pred()) return true;
    std::this_thread::sleep_for(kPollStep);
  }
  return pred();
}

TEST_CASE("crash: a box started by a server that is SIGKILLed dies with it", "[crash]") {
  char self[PATH_MAX] = {};
  REQUIRE(::readlink("/proc/self/exe", self, sizeof(self) - 1) > 0);
  const char* argv[] = {self, "[crash-child]", nullptr};
  pid_t server = 0;
  REQUIRE(::posix_spawn(&server, self, nullptr, nullptr, const_cast<char**>(argv), nullptr) == 0);
  const bool started = eventually([] { return marked() > 0; });
  ::kill(server, SIGKILL);
  int status = 0;
  REQUIRE(::waitpid(server, &status, 0) == server);
  REQUIRE(started);
  CHECK(eventually([] { return marked() == 0; }));
  const Options crashed = test_options(server);
  CHECK(eventually([&] { return box_uid_processes(crashed).empty(); }));
  // The crashed server's slots: a new sandbox with its options cleans them up.
  if (::geteuid() == 0) {
    const Options stale = test_options(server);
    {
      auto created = Sandbox::create(stale);
      REQUIRE(created);
    }
    CHECK_FALSE(std::filesystem::exists("/sys/fs/cgroup/memory/" + stale.cgroup_name));
    CHECK_FALSE(std::filesystem::exists(stale.state_dir));
  }
}

TEST_CASE("crash child: runs a long box until killed", "[.][crash-child]") {
  Spec s = bash(std::string("exec -a ") + kCrashMarker + " sleep 1000");
  s.limits.wall_time = milliseconds(60000);
  run_ok(s);
  FAIL("the server should have been killed before the box ended");
}

}  // namespace
}  // namespace riemann::sandbox::test
