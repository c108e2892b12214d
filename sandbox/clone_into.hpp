// clone3() with CLONE_INTO_CGROUP (cgroup v2, Linux >= 5.7): the child starts life inside the
// given cgroup, so no task is migrated per run (migration waits for an RCU grace period).
#pragma once

#include <sys/types.h>

namespace riemann::sandbox {

// Like clone(fn, ..., flags | CLONE_PIDFD, arg, pidfd) with exit signal 0, but the child is born
// in the cgroup whose directory cgroup_fd refers to. The child runs fn on a copy of the
// caller's stack and exits with its result. Returns the child's pid, or -1 with errno set.
pid_t clone_into_cgroup(int flags, int cgroup_fd, int* pidfd, int (*fn)(void*), void* arg);

}  // namespace riemann::sandbox
