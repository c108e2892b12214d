// Resource limits of the program. See rlimits.hpp.
#include "sandbox/rlimits.hpp"

#include <chrono>

namespace riemann::sandbox {
namespace {

// RLIMIT_CPU is per process and whole seconds: a backstop one second past the limit. The exact,
// tree-wide CPU limit is enforced by the supervisor from the cgroup's CPU counter.
constexpr rlim_t kCpuGraceSeconds = 1;
// SIGXCPU at the soft limit, SIGKILL one second later if the program ignores it.
constexpr rlim_t kCpuHardExtraSeconds = 1;
// The usual Linux default; deep recursion should fail the same way it does on a desktop.
constexpr rlim_t kStackBytes = 8ull << 20;
// Nothing in the box needs to pin memory or POSIX message queues.
constexpr rlim_t kMemlockBytes = 0;
constexpr rlim_t kMsgqueueBytes = 0;

rlimit both(rlim_t v) {
  return rlimit{v, v};
}

}  // namespace

std::vector<RlimitSetting> plan_rlimits(const Limits& limits, bool with_memory_cgroup) {
  const auto cpu_s = std::chrono::ceil<std::chrono::seconds>(limits.cpu_time).count();
  const rlim_t cpu_soft = static_cast<rlim_t>(cpu_s) + kCpuGraceSeconds;
  std::vector<RlimitSetting> out = {
      {RLIMIT_CPU, rlimit{cpu_soft, cpu_soft + kCpuHardExtraSeconds}},
      {RLIMIT_FSIZE, both(limits.file_size_bytes)},
      {RLIMIT_NOFILE, both(limits.open_files)},
      // Counted per uid; each slot has its own uid, so this bounds the box alone.
      {RLIMIT_NPROC, both(limits.processes)},
      {RLIMIT_CORE, both(0)},  // a core dump could fill the work dir and leaks memory contents
      {RLIMIT_STACK, both(kStackBytes)},
      {RLIMIT_MEMLOCK, both(kMemlockBytes)},
      {RLIMIT_MSGQUEUE, both(kMsgqueueBytes)},
  };
  if (!with_memory_cgroup) out.push_back({RLIMIT_AS, both(limits.memory_bytes)});
  return out;
}

int apply_rlimits(const std::vector<RlimitSetting>& settings) {
  for (std::size_t i = 0; i < settings.size(); ++i) {
    if (::setrlimit(static_cast<__rlimit_resource>(settings[i].resource), &settings[i].value) !=
        0) {
      return static_cast<int>(i) + 1;
    }
  }
  return 0;
}

}  // namespace riemann::sandbox
