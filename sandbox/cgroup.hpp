// Per-slot cgroups on v1 or v2 hosts: memory (swap 0), pids and CPU accounting.
//
// Only our own subtree is ever created or written: <controller mount>/<name>/slot-N on v1,
// <cgroup2 mount>/<name>/slot-N on v2. The slot cgroups are created once (Sandbox::create) and
// reused; each run rewrites the limits, resets the counters, and the program joins by writing
// "0" to the inherited cgroup.procs descriptors before execve. Files are kept open per slot so a
// run costs a handful of pwrite/pread calls and no path lookups.
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "config/expected.hpp"
#include "sandbox/fd.hpp"
#include "sandbox/sandbox.hpp"

namespace riemann::sandbox {

enum class CgroupVersion : std::uint8_t { none, v1, v2 };

// Where the controllers are mounted. v1: one mount per controller; v2: one unified mount.
struct CgroupLayout {
  CgroupVersion version = CgroupVersion::none;
  std::string memory, pids, cpuacct;  // v1 controller mount points ("" when absent)
  std::string unified;                // v2 mount point with memory, pids and cpu available
};

// Reads /proc/self/mountinfo (and cgroup.controllers for v2).
CgroupLayout detect_cgroups();
// Parses mountinfo text; exposed for tests.
CgroupLayout parse_cgroup_mounts(const std::string& mountinfo);

struct CgroupStats {
  std::uint64_t cpu_ns = 0;
  std::uint64_t peak_memory_bytes = 0;
  std::uint64_t oom_kills = 0;  // during this run (since prepare)
};

class CgroupSlot {
 public:
  // Creates (or adopts and empties) <root>/<name>/slot-<index> under every controller.
  static Expected<CgroupSlot, Error> open(const CgroupLayout& layout, const std::string& name,
                                          std::size_t index);
  CgroupSlot(CgroupSlot&&) = default;
  CgroupSlot& operator=(CgroupSlot&&) = default;
  ~CgroupSlot();

  // Before a run: limits written, peak and CPU counters reset.
  Expected<Unit, Error> prepare(const Limits& limits);
  // cgroup v1 only: moves one thread (the slot's spawner) into every hierarchy of the slot;
  // processes it clones are born inside. From then on the slot also holds that thread and the
  // box's init, so pids.max is raised by two to leave Limits::processes to the program.
  Expected<Unit, Error> attach_thread(pid_t tid);
  // True when the box's init is born inside the slot (v1: spawner thread attached; v2: init is
  // cloned with CLONE_INTO_CGROUP into dir_fd()): init's own usage is then counted too.
  // cgroup v2: the slot directory, for CLONE_INTO_CGROUP; -1 on v1.
  int dir_fd() const { return dir_fd_.get(); }
  // The cgroup.procs descriptors the program writes "0" to (one per hierarchy); empty when a
  // spawner thread is attached (the box is born inside).
  std::vector<int> procs_fds() const;
  Expected<CgroupStats, Error> read_stats() const;
  std::uint64_t cpu_ns() const;
  // SIGKILLs every task still in the slot (stale slots, and a last resort after a run).
  void kill_all() const;
  bool empty() const;

 private:
  CgroupSlot() = default;
  struct Dir {
    std::string path;
    UniqueFd procs;
  };
  CgroupVersion version_ = CgroupVersion::none;
  std::vector<Dir> dirs_;  // v1: memory, pids, cpuacct; v2: one
  UniqueFd dir_fd_;
  UniqueFd mem_limit_, memsw_limit_, mem_peak_, mem_oom_, pids_max_, cpu_usage_, swap_max_;
  std::string base_;  // <root>/<name> of the first hierarchy, for messages
  std::uint64_t last_memory_limit_ = 0;
  std::uint32_t last_pids_limit_ = 0;
  std::uint32_t extra_tasks_ = 0;
  std::uint64_t oom_baseline_ = 0;
  std::uint64_t cpu_baseline_ns_ = 0;  // v2: cpu.stat is cumulative
  bool peak_resettable_ = true;
};

// Creates <root>/<name> in the first hierarchy and flock()s it: one sandbox per cgroup subtree.
// Fails (EWOULDBLOCK) while another live process owns it.
Expected<UniqueFd, Error> lock_cgroup_subtree(const CgroupLayout& layout, const std::string& name);

// Removes <root>/<name>/slot-* cgroups beyond `keep` slots (left by an earlier configuration).
void remove_stale_slots(const CgroupLayout& layout, const std::string& name, std::size_t keep);

// Removes the subtrees of sandboxes that died without cleaning up (kill -9): siblings of
// <name> under the same parent (e.g. riemann/) whose lock (lock_cgroup_subtree) nobody holds
// and that hold nothing but slot-N cgroups. Each server instance has a subtree of its own,
// named after its data dir, so without this every killed instance would leave one behind for
// good. Returns how many were removed.
std::size_t remove_abandoned_siblings(const CgroupLayout& layout, const std::string& name);

}  // namespace riemann::sandbox
