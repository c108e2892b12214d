// The per-slot spawner thread: setup runs on it once, jobs run on it, failures are reported.
#include "sandbox/spawner.hpp"

#include <sys/syscall.h>
#include <unistd.h>

#include <catch2/catch.hpp>

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
    spawner.call([&] { job_tid = thread_id(); });
    CHECK(job_tid == setup_tid);
  }
}

TEST_CASE("spawner: a failed setup is reported", "[spawner]") {
  Spawner spawner([] { return false; });
  CHECK_FALSE(spawner.started());
}

}  // namespace
}  // namespace riemann::sandbox
