// The two processes inside the box, and what they tell the parent.
//
// init (pid 1 of the box's pid namespace) is cloned by a server thread, on cgroup v1 with
// CLONE_VM|CLONE_VFORK (it then runs in the server's memory, like a vfork child; see
// sandbox.cpp), otherwise as a copy of the server. It builds the root file system, then clones the
// program (pid 2) with CLONE_VM|CLONE_VFORK, reaps everything, reads the artifacts back, and
// reports over the report pipe. When init exits the kernel kills whatever is left in the namespace,
// so nothing the program started can outlive the run.
//
// Everything here runs after clone() in a copy of a multithreaded process: only system calls,
// no allocation, no locks, no stdio. All inputs are prepared by the parent in ChildPlan.
#pragma once

#include <linux/filter.h>
#include <sys/types.h>

#include <cstdint>
#include <string>
#include <vector>

#include "sandbox/mounts.hpp"
#include "sandbox/rlimits.hpp"

namespace riemann::sandbox {

// Steps of the child, in order; a failing step is reported as (step, errno).
enum class ChildStep : std::int32_t {
  close_fds = 1,
  reset_signals,
  wait_for_parent,
  become_namespace_root,
  parent_death_signal,
  no_nested_user_namespaces,
  hostname,
  mounts,
  loopback,
  files,
  pivot_root,
  spawn_program,
  new_session,
  join_cgroup,
  cgroup_namespace,
  stdio,
  close_on_exec,
  oom_score,
  rlimits,
  drop_capabilities,
  drop_groups,
  set_gid,
  set_uid,
  no_new_privs,
  seccomp,
  send_listener,
  execve,
};
const char* to_string(ChildStep step);

enum class ReportKind : std::uint32_t { step_failed = 1, artifact = 2, status = 3 };

// Fixed-size record on the report pipe (artifact records are followed by `size` bytes).
struct ReportRecord {
  ReportKind kind;
  std::int32_t step;         // step_failed: ChildStep
  std::int32_t error;        // step_failed: errno
  std::int32_t detail;       // step_failed: index of the failing mount/file/rlimit (1-based)
  std::int32_t wait_status;  // status: the program's wait status
  std::uint32_t index;       // artifact: index into Spec::collect
  std::int64_t user_us;      // status: CPU time of every process reaped by init
  std::int64_t system_us;
  std::int64_t max_rss_kb;      // status: largest resident set of any reaped process
  std::uint64_t network_bytes;  // status: bytes through the box's loopback (network=true)
  std::uint64_t size;           // artifact: bytes that follow
};

struct ChildPlan {
  // Descriptors inherited by init (all >= 3).
  int stdin_fd = -1, stdout_fd = -1, stderr_fd = -1;
  int report_fd = -1;  // init and program -> parent
  int notify_fd = -1;  // program -> parent: the seccomp listener (SCM_RIGHTS); -1 without
  int sync_fd = -1;    // parent -> init: user namespace mapped; -1 when not needed
  int hello_fd = -1;   // init -> parent: one byte as soon as init runs (vfork start); -1 without
  std::vector<int> cgroup_fds;  // cgroup.procs of the slot, one per hierarchy
  std::vector<int> keep_fds;    // all of the above, sorted

  const MountPlan* mounts = nullptr;
  const char* hostname = nullptr;
  bool loopback_up = false;

  const char* exec_path = nullptr;
  std::vector<char*> argv;  // null-terminated
  std::vector<char*> envp;  // null-terminated
  std::vector<RlimitSetting> rlimits;

  bool become_root = false;  // root mode: become uid/gid 0 of the user namespace (after mapping)
  bool switch_ids = false;   // root mode: setresuid/gid to the slot's ids
  uid_t uid = 0;
  gid_t gid = 0;
  int cap_last = 0;            // highest capability number of the running kernel
  std::uint64_t slice_ns = 0;  // the program's EEVDF slice (sched_attr.sched_runtime); 0 = default
  bool new_cgroup_ns = false;
  // Set by init from the parent's release byte: init's oom_score_adj is -1000, so the program
  // must go back to 0 (needs CAP_SYS_RESOURCE on the host; best effort).
  mutable bool oom_shielded = false;

  const sock_fprog* seccomp = nullptr;
  bool seccomp_listener = false;

  std::vector<const char*> collect;  // work-dir relative paths to read back
  std::uint64_t collect_max_bytes = 0;

  char* io_buffer = nullptr;  // scratch for artifacts (parent-owned)
  std::size_t io_buffer_size = 0;
  char* program_stack = nullptr;  // stack of the CLONE_VM program child (parent-owned)
  std::size_t program_stack_size = 0;
};

// The byte the parent writes to release init (sync_fd).
inline constexpr char kReleasePlain = 1;
inline constexpr char kReleaseOomShielded = 2;

// Entry point of init, for clone(). Never returns.
int init_main(void* plan);

}  // namespace riemann::sandbox
