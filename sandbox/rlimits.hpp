// Resource limits of the program, computed in the parent, applied in the child (setrlimit is a
// plain system call).
#pragma once

#include <sys/resource.h>

#include <vector>

#include "sandbox/sandbox.hpp"

namespace riemann::sandbox {

struct RlimitSetting {
  int resource;
  rlimit value;
};

// with_memory_cgroup=false: RLIMIT_AS stands in for the memory cgroup (rootless fallback; it
// breaks runtimes that reserve address space, such as the JVM and Go).
std::vector<RlimitSetting> plan_rlimits(const Limits& limits, bool with_memory_cgroup);

// Child side: returns 0, or the index + 1 of the failing setting with errno set.
int apply_rlimits(const std::vector<RlimitSetting>& settings);

}  // namespace riemann::sandbox
