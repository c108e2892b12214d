// cgroups: detection from mountinfo, and the v2 code path against a directory laid out like
// cgroupfs (this host's v2 hierarchy has no controllers; docs/SANDBOX.md says how to run the
// real thing on a v2 host).
#include "sandbox/cgroup.hpp"

#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace riemann::sandbox {
namespace {

namespace fs = std::filesystem;

constexpr const char* kV1Mountinfo =
    "31 27 0:28 / /sys/fs/cgroup rw,relatime - tmpfs tmpfs rw,mode=755\n"
    "32 31 0:29 / /sys/fs/cgroup/cpu rw,relatime - cgroup cgroup rw,cpu\n"
    "33 31 0:30 / /sys/fs/cgroup/cpuacct rw,relatime - cgroup cgroup rw,cpuacct\n"
    "35 31 0:32 / /sys/fs/cgroup/memory rw,relatime - cgroup cgroup rw,memory\n"
    "39 31 0:36 / /sys/fs/cgroup/pids rw,relatime - cgroup cgroup rw,pids\n"
    "41 31 0:38 / /sys/fs/cgroup/unified rw,relatime - cgroup2 cgroup2 rw\n";

constexpr const char* kV2Mountinfo =
    "25 1 0:22 / /sys/fs/cgroup rw,nosuid,nodev,noexec,relatime shared:4 - cgroup2 cgroup2 "
    "rw,nsdelegate,memory_recursiveprot\n";

TEST_CASE("cgroup: v1 controllers are found per mount", "[cgroup]") {
  const CgroupLayout l = parse_cgroup_mounts(kV1Mountinfo);
  CHECK(l.version == CgroupVersion::v1);
  CHECK(l.memory == "/sys/fs/cgroup/memory");
  CHECK(l.pids == "/sys/fs/cgroup/pids");
  CHECK(l.cpuacct == "/sys/fs/cgroup/cpuacct");
}

TEST_CASE("cgroup: a pure v2 host is detected", "[cgroup]") {
  const CgroupLayout l = parse_cgroup_mounts(kV2Mountinfo);
  CHECK(l.version == CgroupVersion::v2);
  CHECK(l.unified == "/sys/fs/cgroup");
}

TEST_CASE("cgroup: this host is v1 for memory, pids and cpuacct", "[cgroup][host]") {
  const CgroupLayout l = detect_cgroups();
  if (::access("/sys/fs/cgroup/memory/memory.limit_in_bytes", F_OK) != 0) {
    SUCCEED("no cgroup v1 memory controller here");
    return;
  }
  CHECK(l.version == CgroupVersion::v1);
}

std::string slurp(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

void put(const fs::path& p, const std::string& text) {
  std::ofstream(p) << text;
}

// A temporary directory shaped like a cgroup2 mount with our slot already present.
struct FakeCgroup2 {
  fs::path root;
  fs::path slot;
  FakeCgroup2() {
    std::string tmpl = (fs::temp_directory_path() / "riemann-cg2-XXXXXX").string();
    root = ::mkdtemp(tmpl.data());
    put(root / "cgroup.controllers", "cpuset cpu io memory hugetlb pids rdma misc\n");
    fs::create_directories(root / "riemann" / "slot-0");
    put(root / "riemann" / "cgroup.subtree_control", "");
    slot = root / "riemann" / "slot-0";
    for (const char* f :
         {"cgroup.procs", "cgroup.kill", "memory.max", "memory.swap.max", "pids.max"}) {
      put(slot / f, "");
    }
    put(slot / "memory.peak", "0\n");
    put(slot / "memory.events", "low 0\nhigh 0\nmax 0\noom 0\noom_kill 0\n");
    put(slot / "cpu.stat", "usage_usec 1000\nuser_usec 600\nsystem_usec 400\n");
  }
  ~FakeCgroup2() { fs::remove_all(root); }
};

TEST_CASE("cgroup: the v2 path writes limits and reads usage (fake cgroupfs)", "[cgroup]") {
  FakeCgroup2 fake;
  CgroupLayout layout;
  layout.version = CgroupVersion::v2;
  layout.unified = fake.root.string();
  auto slot = CgroupSlot::open(layout, "riemann", 0);
  REQUIRE(slot);
  CHECK(slurp(fake.root / "riemann" / "cgroup.subtree_control").find("+") == 0);

  Limits limits;
  limits.memory_bytes = 128ull << 20;
  limits.processes = 10;
  REQUIRE(slot->prepare(limits));
  CHECK(slurp(fake.slot / "memory.max") == std::to_string(128ull << 20));
  CHECK(slurp(fake.slot / "memory.swap.max") == "0");
  CHECK(slurp(fake.slot / "pids.max") == "11");  // + the box's init, cloned into the slot
  CHECK(slot->procs_fds().empty());              // nobody migrates: CLONE_INTO_CGROUP
  CHECK(slot->dir_fd() >= 0);

  // The run: 2.5 ms of CPU, a 7 MiB peak and one OOM kill.
  put(fake.slot / "cpu.stat", "usage_usec 3500\nuser_usec 2000\nsystem_usec 1500\n");
  put(fake.slot / "memory.peak", "7340032\n");
  put(fake.slot / "memory.events", "low 0\nhigh 0\nmax 3\noom 1\noom_kill 1\n");
  auto stats = slot->read_stats();
  REQUIRE(stats);
  CHECK(stats->cpu_ns == 2'500'000);
  CHECK(stats->peak_memory_bytes == 7340032);
  CHECK(stats->oom_kills == 1);
}

TEST_CASE("cgroup: v2 without the slot files is an error, not a silent pass", "[cgroup]") {
  FakeCgroup2 fake;
  fs::remove(fake.slot / "pids.max");
  CgroupLayout layout;
  layout.version = CgroupVersion::v2;
  layout.unified = fake.root.string();
  auto slot = CgroupSlot::open(layout, "riemann", 0);
  REQUIRE_FALSE(slot);
  CHECK(slot.error().code == Errc::resource_failed);
}

// kill -9 leaves a server's subtree behind; the next sandbox beside it removes it, and only
// it: not a live one (its flock is held), not anything shaped otherwise. Plain directories
// laid out like a cgroup2 mount stand in for cgroupfs.
TEST_CASE("cgroup: subtrees of killed instances are swept, live and foreign ones stay",
          "[cgroup]") {
  char tmpl[] = "/tmp/riemann-sweep-XXXXXX";
  REQUIRE(::mkdtemp(tmpl) != nullptr);
  const fs::path root = tmpl;
  const fs::path parent = root / "riemann";
  for (const char* d :
       {"ghost/slot-0", "ghost/slot-1", "alive/slot-0", "other/nested/x", "bare-instance"}) {
    fs::create_directories(parent / d);
  }
  CgroupLayout layout;
  layout.version = CgroupVersion::v2;
  layout.unified = root.string();
  auto alive = lock_cgroup_subtree(layout, "riemann/alive");  // a live sandbox holds its lock
  REQUIRE(alive);
  auto me = lock_cgroup_subtree(layout, "riemann/me");
  REQUIRE(me);

  CHECK(remove_abandoned_siblings(layout, "riemann/me") == 2);
  CHECK_FALSE(fs::exists(parent / "ghost"));
  CHECK_FALSE(fs::exists(parent / "bare-instance"));
  CHECK(fs::exists(parent / "alive" / "slot-0"));
  CHECK(fs::exists(parent / "other" / "nested" / "x"));
  CHECK(fs::exists(parent / "me"));
  // Once its owner is gone, the next sweep takes it too.
  alive->reset();
  CHECK(remove_abandoned_siblings(layout, "riemann/me") == 1);
  CHECK_FALSE(fs::exists(parent / "alive"));
  fs::remove_all(root);
}

}  // namespace
}  // namespace riemann::sandbox
