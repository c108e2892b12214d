// rlimits follow the limits; RLIMIT_AS only stands in when there is no memory cgroup.
#include "sandbox/rlimits.hpp"

#include <catch2/catch.hpp>

namespace riemann::sandbox {
namespace {

const rlimit* find(const std::vector<RlimitSetting>& s, int resource) {
  for (const auto& r : s) {
    if (r.resource == resource) return &r.value;
  }
  return nullptr;
}

TEST_CASE("rlimits: follow the limits", "[rlimits]") {
  Limits l;
  l.cpu_time = std::chrono::milliseconds(1500);
  l.file_size_bytes = 1000;
  l.open_files = 32;
  l.processes = 7;
  const auto s = plan_rlimits(l, true);
  CHECK(find(s, RLIMIT_CPU)->rlim_cur == 3);  // ceil(1.5 s) + 1 s grace
  CHECK(find(s, RLIMIT_CPU)->rlim_max == 4);
  CHECK(find(s, RLIMIT_FSIZE)->rlim_cur == 1000);
  CHECK(find(s, RLIMIT_NOFILE)->rlim_max == 32);
  CHECK(find(s, RLIMIT_NPROC)->rlim_cur == 7);
  CHECK(find(s, RLIMIT_CORE)->rlim_max == 0);
  CHECK(find(s, RLIMIT_AS) == nullptr);  // the memory cgroup limits memory
}

TEST_CASE("rlimits: RLIMIT_AS only without a memory cgroup", "[rlimits]") {
  Limits l;
  l.memory_bytes = 1ull << 30;
  const auto s = plan_rlimits(l, false);
  REQUIRE(find(s, RLIMIT_AS) != nullptr);
  CHECK(find(s, RLIMIT_AS)->rlim_cur == (1ull << 30));
}

}  // namespace
}  // namespace riemann::sandbox
