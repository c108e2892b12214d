// "The host is unchanged": a snapshot of everything a box could leave behind or touch, taken
// before and after each hostile program.
#pragma once

#include <dirent.h>
#include <unistd.h>

#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "tests/sandbox/support.hpp"

namespace riemann::sandbox::test {

// Processes on the host whose real uid is one of the slot uids.
inline std::vector<std::string> box_uid_processes(const Options& o) {
  std::vector<std::string> found;
  DIR* proc = ::opendir("/proc");
  if (proc == nullptr) return found;
  while (dirent* e = ::readdir(proc)) {
    if (e->d_name[0] < '0' || e->d_name[0] > '9') continue;
    std::ifstream status(std::string("/proc/") + e->d_name + "/status");
    std::string line;
    while (std::getline(status, line)) {
      if (line.rfind("Uid:", 0) != 0) continue;
      std::istringstream fields(line.substr(4));
      unsigned uid = 0;
      fields >> uid;
      // The program uids and the per-slot namespace-root uids (uid_base .. uid_base + 2 slots).
      if (uid >= o.uid_base && uid < o.uid_base + 2 * o.slots) found.push_back(e->d_name);
      break;
    }
  }
  ::closedir(proc);
  return found;
}

inline std::string read_text(const std::string& path) {
  std::ifstream in(path);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

inline std::size_t count_lines(const std::string& text) {
  std::size_t n = 0;
  for (char c : text) n += c == '\n';
  return n;
}

inline std::set<std::string> dir_entries(const std::string& path) {
  std::set<std::string> out;
  DIR* d = ::opendir(path.c_str());
  if (d == nullptr) return out;
  while (dirent* e = ::readdir(d)) out.insert(e->d_name);
  ::closedir(d);
  return out;
}

// The host-side view of one slot's cgroup (v1: tasks other than our spawner thread).
inline std::size_t cgroup_tasks(const std::string& controller, std::size_t slot) {
  const std::string base = "/sys/fs/cgroup/" + controller + "/" + test_options().cgroup_name +
                           "/slot-" + std::to_string(slot);
  return count_lines(read_text(base + "/tasks"));
}

struct HostSnapshot {
  std::size_t mounts = 0;
  std::vector<std::string> box_processes;
  bool escape_marker = false;  // a file the hostile programs try to create on the host
  std::set<std::string> state_entries;
  std::string sentinel;
  std::size_t memory_tasks = 0;

  static HostSnapshot take() {
    box();  // the sandbox's own slots and cgroups exist before the first snapshot
    HostSnapshot s;
    s.mounts = count_lines(read_text("/proc/self/mountinfo"));
    s.box_processes = box_uid_processes(test_options());
    s.escape_marker = ::access(escape_path().c_str(), F_OK) == 0;
    s.state_entries = dir_entries(test_options().state_dir + "/slot-0");
    s.sentinel = read_text(sentinel_path());
    s.memory_tasks = ::access("/sys/fs/cgroup/memory", F_OK) == 0 ? cgroup_tasks("memory", 0) : 0;
    return s;
  }
  static std::string sentinel_path() {
    return "/tmp/riemann-sentinel-" + std::to_string(::getpid());
  }
  static std::string escape_path() { return "/tmp/riemann-escape-" + std::to_string(::getpid()); }
  bool operator==(const HostSnapshot& o) const {
    return mounts == o.mounts && box_processes == o.box_processes &&
           escape_marker == o.escape_marker && state_entries == o.state_entries &&
           sentinel == o.sentinel && memory_tasks == o.memory_tasks;
  }
};

// Removes this process's sentinel and escape-marker files at exit.
struct HostFilesCleanup {
  ~HostFilesCleanup() {
    ::unlink(HostSnapshot::sentinel_path().c_str());
    ::unlink(HostSnapshot::escape_path().c_str());
  }
};
inline HostFilesCleanup host_files_cleanup;

}  // namespace riemann::sandbox::test
