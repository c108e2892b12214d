// The per-slot spawner thread: setup runs on it once, jobs run on it, failures are reported.
#include "sandbox/spawner.hpp"

#include <sys/syscall.h>
#include <unistd.h>

#include <atomic>
#include <catch2/catch.hpp>
#include <future>

namespace riemann::sandbox {
namespace {

long thread_id() {
  return ::syscall(SYS_gettid);
}

TEST_CASE("spawner: setup and jobs run on the spawner thread", "[spawner]") {
  long setup_tid = 0;
  Spawner spawner([&] {
    setup_tid = thread_id();
    return true;
  });
  REQUIRE(spawner.started());
  CHECK(setup_tid != thread_id());
  long job_tid = 0;
  for (int i = 0; i < 3; ++i) {
    spawner.start([&] { job_tid = thread_id(); });
    spawner.wait();
    CHECK(job_tid == setup_tid);
  }
}

TEST_CASE("spawner: a started job runs while the caller goes on, wait() joins it", "[spawner]") {
  Spawner spawner([] { return true; });
  REQUIRE(spawner.started());
  std::promise<void> release;
  std::atomic<bool> finished{false};
  spawner.start([&, go = release.get_future().share()] {
    go.wait();  // a long job: the vfork start sleeps in clone() for the whole run
    finished = true;
  });
  CHECK_FALSE(finished);  // start() returned while the job still waits
  release.set_value();
  spawner.wait();
  CHECK(finished);
  spawner.wait();  // nothing pending: returns at once
  spawner.start([&] { finished = false; });
  spawner.wait();
  CHECK_FALSE(finished);
}

TEST_CASE("spawner: a failed setup is reported", "[spawner]") {
  Spawner spawner([] { return false; });
  CHECK_FALSE(spawner.started());
}

}  // namespace
}  // namespace riemann::sandbox
