// The mount table parser: fields, octal escapes, optional fields, malformed lines.
#include "sandbox/mountinfo.hpp"

#include <algorithm>
#include <catch2/catch.hpp>

namespace riemann::sandbox {
namespace {

TEST_CASE("mountinfo: fields around the separator, escapes undone", "[mountinfo]") {
  const std::string text =
      "22 1 254:0 / / rw,relatime shared:1 - ext4 /dev/vda rw\n"
      "30 22 0:26 / /sys/fs/cgroup/memory rw,nosuid shared:9 - cgroup cgroup rw,memory\n"
      "41 22 0:40 /sub /mnt/with\\040space rw - tmpfs tmpfs rw,size=64k\n";
  const auto m = parse_mountinfo(text);
  REQUIRE(m.size() == 3);
  CHECK(m[0].mount_point == "/");
  CHECK(m[0].fstype == "ext4");
  CHECK(m[0].source == "/dev/vda");
  CHECK(m[1].mount_point == "/sys/fs/cgroup/memory");
  CHECK(m[1].super_options == "rw,memory");
  CHECK(m[2].root == "/sub");
  CHECK(m[2].mount_point == "/mnt/with space");
  CHECK(m[2].fstype == "tmpfs");
}

TEST_CASE("mountinfo: lines without the separator or fields are skipped", "[mountinfo]") {
  const auto m = parse_mountinfo("garbage\n1 2 3\n22 1 254:0 / / rw - ext4 /dev/vda rw\n\n");
  REQUIRE(m.size() == 1);
  CHECK(m[0].mount_point == "/");
}

TEST_CASE("mountinfo: this process's table has a root mount", "[mountinfo]") {
  const auto m = read_mountinfo();
  REQUIRE_FALSE(m.empty());
  CHECK(std::any_of(m.begin(), m.end(), [](const MountEntry& e) { return e.mount_point == "/"; }));
}

}  // namespace
}  // namespace riemann::sandbox
