// clone3 into a cgroup. See clone_into.hpp.
#include "sandbox/clone_into.hpp"

#include <linux/sched.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cstdint>

namespace riemann::sandbox {

pid_t clone_into_cgroup(int flags, int cgroup_fd, int* pidfd, int (*fn)(void*), void* arg) {
  clone_args args{};
  args.flags = static_cast<std::uint64_t>(flags) | CLONE_PIDFD | CLONE_INTO_CGROUP;
  args.pidfd = reinterpret_cast<std::uintptr_t>(pidfd);
  args.exit_signal = 0;  // like our clone(): no SIGCHLD to the server
  args.cgroup = static_cast<std::uint64_t>(cgroup_fd);
  const long pid = ::syscall(SYS_clone3, &args, sizeof(args));
  if (pid == 0) ::_exit(fn(arg));  // the child: a copy of this stack, fork-like
  return static_cast<pid_t>(pid);
}

}  // namespace riemann::sandbox
