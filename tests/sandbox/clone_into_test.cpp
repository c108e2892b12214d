// clone3 with CLONE_INTO_CGROUP against the kernel's real cgroup2 mount. This host's cgroup2
// hierarchy has no controllers, but creating a cgroup and being born in it works the same;
// only our own riemann/ subtree is used.
#include "sandbox/clone_into.hpp"

#include <fcntl.h>
#include <sched.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <string>

#include "sandbox/cgroup.hpp"
#include "sandbox/fd.hpp"

namespace riemann::sandbox {
namespace {

struct ChildArgs {
  int out_fd;
};

// Child: copies /proc/self/cgroup to the pipe (system calls only).
int report_cgroup(void* arg) {
  const int out = static_cast<ChildArgs*>(arg)->out_fd;
  const int fd = ::open("/proc/self/cgroup", O_RDONLY | O_CLOEXEC);
  if (fd < 0) return 1;
  char buf[4096];
  const ssize_t n = ::read(fd, buf, sizeof(buf));
  ::close(fd);
  return n > 0 && ::write(out, buf, static_cast<std::size_t>(n)) == n ? 0 : 1;
}

TEST_CASE("clone_into: the child is born in the given cgroup2 directory", "[cgroup]") {
  const CgroupLayout layout = parse_cgroup_mounts([] {
    std::string text;
    char buf[4096];
    const int fd = ::open("/proc/self/mountinfo", O_RDONLY | O_CLOEXEC);
    ssize_t n;
    while (fd >= 0 && (n = ::read(fd, buf, sizeof(buf))) > 0) text.append(buf, n);
    if (fd >= 0) ::close(fd);
    return text;
  }());
  const std::string name = "riemann/test-clone3-" + std::to_string(::getpid());
  const std::string dir = layout.unified + "/" + name;
  if (layout.unified.empty() || ::geteuid() != 0 ||
      (::mkdir((layout.unified + "/riemann").c_str(), 0755) != 0 && errno != EEXIST) ||
      ::mkdir(dir.c_str(), 0755) != 0) {
    SUCCEED("no writable cgroup2 mount here");
    return;
  }
  UniqueFd cg{::open(dir.c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC)};
  REQUIRE(cg.valid());
  int pipe_fds[2];
  REQUIRE(::pipe2(pipe_fds, O_CLOEXEC) == 0);
  UniqueFd read_end{pipe_fds[0]};
  ChildArgs args{pipe_fds[1]};
  int pidfd = -1;
  const pid_t pid = clone_into_cgroup(CLONE_NEWPID, cg.get(), &pidfd, report_cgroup, &args);
  ::close(pipe_fds[1]);
  REQUIRE(pid > 0);
  UniqueFd pidfd_owner{pidfd};
  siginfo_t info{};
  REQUIRE(::waitid(static_cast<idtype_t>(P_PIDFD), static_cast<id_t>(pidfd), &info,
                   WEXITED | __WALL) == 0);
  CHECK(info.si_code == CLD_EXITED);
  CHECK(info.si_status == 0);
  std::string text;
  char buf[4096];
  ssize_t n;
  while ((n = ::read(read_end.get(), buf, sizeof(buf))) > 0) text.append(buf, n);
  CHECK(text.find("0::/" + name + "\n") != std::string::npos);
  CHECK(::rmdir(dir.c_str()) == 0);
  ::rmdir((layout.unified + "/riemann").c_str());  // only if no one else uses it
}

}  // namespace
}  // namespace riemann::sandbox
