// The mount table of /proc/self/mountinfo, one entry per line, for the sandbox's host
// detection (cgroup hierarchies) and its template namespace (which host mounts to detach).
#pragma once

#include <string>
#include <vector>

namespace riemann::sandbox {

struct MountEntry {
  std::string root;         // the mounted directory of its file system ("/" for a whole one)
  std::string mount_point;  // octal escapes (\040 for a space, ...) undone
  std::string fstype;
  std::string source;
  std::string super_options;  // comma-separated, e.g. "rw,memory" for a cgroup v1 hierarchy
};

// Parses mountinfo text in file order; malformed lines are skipped.
std::vector<MountEntry> parse_mountinfo(const std::string& text);

// The calling thread's mount table ("" read as an empty table).
std::vector<MountEntry> read_mountinfo();

}  // namespace riemann::sandbox
