// Per-slot cgroups (v1 and v2). See cgroup.hpp.
#include "sandbox/cgroup.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <chrono>
#include <cstring>
#include <fstream>
#include <memory>
#include <optional>
#include <sstream>
#include <thread>

#include "sandbox/mountinfo.hpp"

namespace riemann::sandbox {
namespace {

constexpr int kMkdirAttempts = 3;  // a parent removed under us twice in a row is no race
constexpr mode_t kCgroupDirMode = 0755;
constexpr std::size_t kStatBufferBytes = 4096;
constexpr int kRmdirAttempts = 50;  // a killed task can take a moment to leave its cgroup
constexpr auto kRmdirRetryDelay = std::chrono::milliseconds(2);
constexpr std::uint64_t kNsPerUs = 1000;
constexpr std::uint32_t kSpawnerAndInit = 2;  // tasks of ours that live in a v1 slot cgroup
constexpr std::uint32_t kInitOnly = 1;        // ... and in a v2 slot cgroup

Unexpected<Error> cg_error(const std::string& what, int err = errno) {
  return unexpected(Error{Errc::resource_failed, "cgroup: " + what + ": " + std::strerror(err)});
}

constexpr std::string_view kSlotPrefix = "slot-";

std::string slot_dir_name(std::size_t index) {
  return std::string(kSlotPrefix) + std::to_string(index);
}

bool write_at(int fd, std::string_view text) {
  return fd >= 0 && ::pwrite(fd, text.data(), text.size(), 0) == static_cast<ssize_t>(text.size());
}

bool write_file(const std::string& path, std::string_view text) {
  UniqueFd fd{::open(path.c_str(), O_WRONLY | O_CLOEXEC)};
  return write_at(fd.get(), text);
}

std::string read_at(int fd) {
  char buf[kStatBufferBytes];
  if (fd < 0) return {};
  const ssize_t n = ::pread(fd, buf, sizeof(buf) - 1, 0);
  return n > 0 ? std::string(buf, static_cast<std::size_t>(n)) : std::string{};
}

std::uint64_t parse_u64(std::string_view text) {
  std::uint64_t v = 0;
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  std::from_chars(text.data(), text.data() + text.size(), v);
  return v;
}

// The value of "key N" in a flat keyed file (memory.oom_control, memory.events, cpu.stat).
std::uint64_t keyed_value(const std::string& text, std::string_view key) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string::npos) end = text.size();
    std::string_view line(text.data() + pos, end - pos);
    if (line.size() > key.size() && line.compare(0, key.size(), key) == 0 &&
        line[key.size()] == ' ') {
      return parse_u64(line.substr(key.size() + 1));
    }
    pos = end + 1;
  }
  return 0;
}

UniqueFd open_file(const std::string& dir, const char* name, int flags) {
  return UniqueFd{::open((dir + "/" + name).c_str(), flags | O_CLOEXEC)};
}

// mkdir -p of <root>/<name>, where name may have several components ("riemann/test-1").
Expected<std::string, Error> make_dirs(const std::string& root, const std::string& name) {
  // Another sandbox that stops removes the shared parents it leaves empty: when one vanishes
  // under us (ENOENT), the walk starts over.
  for (int attempt = 1;; ++attempt) {
    std::string path = root;
    std::size_t start = 0;
    bool vanished = false;
    while (start <= name.size() && !vanished) {
      std::size_t end = name.find('/', start);
      if (end == std::string::npos) end = name.size();
      const std::string part = name.substr(start, end - start);
      if (part.empty() || part == "." || part == "..")
        return cg_error("bad cgroup name " + name, EINVAL);
      path += "/" + part;
      if (::mkdir(path.c_str(), kCgroupDirMode) != 0 && errno != EEXIST) {
        if (errno != ENOENT || attempt == kMkdirAttempts) return cg_error("mkdir " + path);
        vanished = true;
      }
      start = end + 1;
    }
    if (!vanished) return path;
  }
}

Expected<std::string, Error> make_dir(const std::string& path) {
  if (::mkdir(path.c_str(), kCgroupDirMode) != 0 && errno != EEXIST)
    return cg_error("mkdir " + path);
  return path;
}

// The processes in a slot cgroup, except ourselves: on v1 a spawner thread of this server
// lives there, and cgroup.procs lists its thread group (us).
std::vector<pid_t> procs_of(const std::string& dir) {
  std::vector<pid_t> pids;
  std::ifstream in(dir + "/cgroup.procs");
  pid_t pid = 0;
  while (in >> pid) {
    if (pid > 0 && pid != ::getpid()) pids.push_back(pid);
  }
  return pids;
}

void remove_dir(const std::string& path) {
  for (int i = 0; i < kRmdirAttempts; ++i) {
    if (::rmdir(path.c_str()) == 0 || errno == ENOENT) return;
    if (errno != EBUSY) return;
    std::this_thread::sleep_for(kRmdirRetryDelay);
  }
}

// Serialises, among sandboxes sharing a parent subtree (riemann/), taking one's own subtree
// with sweeping abandoned ones: else a sweep could take a newcomer's fresh directory, between
// its mkdir and its flock, for an abandoned one. Held only for those few system calls.
// The lock is only good on the directory that is at the path once we hold it: a parent that
// was removed (and maybe made again) between our open and our flock is locked afresh.
UniqueFd lock_parent(const std::string& root, const std::string& name) {
  const auto slash = name.rfind('/');
  if (slash == std::string::npos) return UniqueFd{};
  for (int attempt = 0; attempt < kMkdirAttempts; ++attempt) {
    auto parent = make_dirs(root, name.substr(0, slash));
    if (!parent) return UniqueFd{};
    UniqueFd fd{::open(parent->c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)};
    if (!fd.valid() || ::flock(fd.get(), LOCK_EX) != 0) return UniqueFd{};
    struct stat held {
    }, at_path{};
    if (::fstat(fd.get(), &held) == 0 && ::stat(parent->c_str(), &at_path) == 0 &&
        held.st_ino == at_path.st_ino && held.st_dev == at_path.st_dev) {
      return fd;
    }
  }
  return UniqueFd{};
}

std::vector<std::string> hierarchy_roots(const CgroupLayout& layout) {
  if (layout.version == CgroupVersion::v1) return {layout.memory, layout.pids, layout.cpuacct};
  if (layout.version == CgroupVersion::v2) return {layout.unified};
  return {};
}

// The sub-directories of dir (cgroups), or nothing if it cannot be read.
std::vector<std::string> child_dirs(const std::string& dir) {
  std::vector<std::string> out;
  const std::unique_ptr<DIR, int (*)(DIR*)> d(::opendir(dir.c_str()), ::closedir);
  if (!d) return out;
  while (dirent* e = ::readdir(d.get())) {
    const std::string entry = e->d_name;
    if (e->d_type == DT_DIR && entry != "." && entry != "..") out.push_back(entry);
  }
  return out;
}

// N of a "slot-N" directory name; nothing for any other name.
std::optional<std::size_t> slot_index(const std::string& entry) {
  if (!entry.starts_with(kSlotPrefix)) return std::nullopt;
  std::size_t index = 0;
  const char* end = entry.data() + entry.size();
  const auto [p, ec] = std::from_chars(entry.data() + kSlotPrefix.size(), end, index);
  if (ec != std::errc{} || p != end) return std::nullopt;
  return index;
}

bool is_slot_name(const std::string& entry) {
  return slot_index(entry).has_value();
}

// Kills what is left in a slot cgroup (a box outliving its server has lost its supervisor;
// PDEATHSIG makes this rare) and removes it.
void remove_slot_dir(const std::string& path) {
  for (pid_t pid : procs_of(path)) ::kill(pid, SIGKILL);
  remove_dir(path);
}

// An instance subtree: nothing below it but slot-N cgroups (with nothing below them).
bool looks_like_instance(const std::vector<std::string>& roots, const std::string& rel) {
  for (const auto& root : roots) {
    for (const auto& child : child_dirs(root + "/" + rel)) {
      if (!is_slot_name(child) || !child_dirs(root + "/" + rel + "/" + child).empty()) {
        return false;
      }
    }
  }
  return true;
}

void remove_instance(const std::vector<std::string>& roots, const std::string& rel) {
  for (const auto& root : roots) {
    const std::string base = root + "/" + rel;
    for (const auto& slot : child_dirs(base)) remove_slot_dir(base + "/" + slot);
    remove_dir(base);
  }
}

}  // namespace

CgroupLayout parse_cgroup_mounts(const std::string& mountinfo) {
  CgroupLayout layout;
  for (const auto& m : parse_mountinfo(mountinfo)) {
    if (m.root != "/") continue;  // a bind of a sub-cgroup is not the hierarchy's root
    if (m.fstype == "cgroup2" && layout.unified.empty()) layout.unified = m.mount_point;
    if (m.fstype != "cgroup") continue;
    std::istringstream opts(m.super_options);
    std::string opt;
    while (std::getline(opts, opt, ',')) {
      if (opt == "memory") layout.memory = m.mount_point;
      if (opt == "pids") layout.pids = m.mount_point;
      if (opt == "cpuacct") layout.cpuacct = m.mount_point;
    }
  }
  if (!layout.memory.empty() && !layout.pids.empty() && !layout.cpuacct.empty()) {
    layout.version = CgroupVersion::v1;
    layout.unified.clear();
  } else if (!layout.unified.empty()) {
    layout.version = CgroupVersion::v2;  // confirmed by detect_cgroups() against cgroup.controllers
  }
  return layout;
}

CgroupLayout detect_cgroups() {
  std::ifstream in("/proc/self/mountinfo");
  std::stringstream text;
  text << in.rdbuf();
  CgroupLayout layout = parse_cgroup_mounts(text.str());
  if (layout.version == CgroupVersion::v2) {
    std::ifstream ctl(layout.unified + "/cgroup.controllers");
    std::string controllers((std::istreambuf_iterator<char>(ctl)),
                            std::istreambuf_iterator<char>());
    const bool usable = controllers.find("memory") != std::string::npos &&
                        controllers.find("pids") != std::string::npos;
    if (!usable) layout = CgroupLayout{};
  }
  return layout;
}

Expected<CgroupSlot, Error> CgroupSlot::open(const CgroupLayout& layout, const std::string& name,
                                             std::size_t index) {
  CgroupSlot slot;
  slot.version_ = layout.version;
  const std::string slot_name = slot_dir_name(index);
  const auto add_dir = [&](const std::string& root) -> Expected<std::string, Error> {
    auto base = make_dirs(root, name);
    if (!base) return base;
    if (slot.base_.empty()) slot.base_ = *base;
    if (layout.version == CgroupVersion::v2) {
      // Enable the controllers for our children; cpu is optional (accounting works without).
      if (!write_file(*base + "/cgroup.subtree_control", "+memory") ||
          !write_file(*base + "/cgroup.subtree_control", "+pids")) {
        return cg_error("enable controllers in " + *base);
      }
      write_file(*base + "/cgroup.subtree_control", "+cpu");
    }
    auto dir = make_dir(*base + "/" + slot_name);
    if (!dir) return dir;
    UniqueFd procs = open_file(*dir, "cgroup.procs", O_RDWR);
    if (!procs.valid()) return cg_error("open " + *dir + "/cgroup.procs");
    slot.dirs_.push_back({*dir, std::move(procs)});
    return *dir;
  };

  if (layout.version == CgroupVersion::v1) {
    auto mem = add_dir(layout.memory);
    if (!mem) return unexpected(mem.error());
    auto pids = add_dir(layout.pids);
    if (!pids) return unexpected(pids.error());
    auto cpu = add_dir(layout.cpuacct);
    if (!cpu) return unexpected(cpu.error());
    slot.mem_limit_ = open_file(*mem, "memory.limit_in_bytes", O_WRONLY);
    slot.memsw_limit_ = open_file(*mem, "memory.memsw.limit_in_bytes", O_WRONLY);  // optional
    slot.mem_peak_ = open_file(*mem, "memory.max_usage_in_bytes", O_RDWR);
    slot.mem_oom_ = open_file(*mem, "memory.oom_control", O_RDONLY);
    slot.pids_max_ = open_file(*pids, "pids.max", O_WRONLY);
    slot.cpu_usage_ = open_file(*cpu, "cpuacct.usage", O_RDWR);
    // No swapping of the box's memory even without swap accounting.
    write_file(*mem + "/memory.swappiness", "0");
  } else if (layout.version == CgroupVersion::v2) {
    auto dir = add_dir(layout.unified);
    if (!dir) return unexpected(dir.error());
    slot.mem_limit_ = open_file(*dir, "memory.max", O_WRONLY);
    slot.swap_max_ = open_file(*dir, "memory.swap.max", O_WRONLY);  // absent without swap
    slot.mem_peak_ = open_file(*dir, "memory.peak", O_RDWR);
    if (!slot.mem_peak_.valid()) slot.mem_peak_ = open_file(*dir, "memory.current", O_RDONLY);
    slot.mem_oom_ = open_file(*dir, "memory.events", O_RDONLY);
    slot.pids_max_ = open_file(*dir, "pids.max", O_WRONLY);
    slot.cpu_usage_ = open_file(*dir, "cpu.stat", O_RDONLY);
    slot.dir_fd_.reset(::open(dir->c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC));
    if (!slot.dir_fd_.valid()) return cg_error("open " + *dir);
    slot.extra_tasks_ = kInitOnly;  // init is cloned into the slot (CLONE_INTO_CGROUP)
  } else {
    return cg_error("no usable cgroup hierarchy", ENOTSUP);
  }
  if (!slot.mem_limit_.valid() || !slot.mem_peak_.valid() || !slot.mem_oom_.valid() ||
      !slot.pids_max_.valid() || !slot.cpu_usage_.valid()) {
    return cg_error("controller files missing in " + slot.base_, ENOENT);
  }
  slot.kill_all();  // a crashed server may have left a box behind
  return slot;
}

CgroupSlot::~CgroupSlot() {
  if (dirs_.empty()) return;
  kill_all();
  for (auto& d : dirs_) {
    d.procs.reset();
    remove_dir(d.path);
    // Then <name>/ itself if it is empty, but not the parents it shares with other instances
    // (riemann/): removing one of those could pull it from under a newcomer that is taking
    // its lock (lock_parent). An empty parent cgroup costs nothing.
    ::rmdir(d.path.substr(0, d.path.rfind('/')).c_str());
  }
}

Expected<Unit, Error> CgroupSlot::prepare(const Limits& limits) {
  if (limits.memory_bytes != last_memory_limit_) {
    const std::string bytes = std::to_string(limits.memory_bytes);
    if (version_ == CgroupVersion::v1) {
      // memsw must stay >= memory: lift it, set memory, then pin memsw to the same value
      // (swap 0: the box cannot page its memory out to dodge the limit).
      write_at(memsw_limit_.get(), "-1");
      if (!write_at(mem_limit_.get(), bytes)) return cg_error("memory.limit_in_bytes");
      if (memsw_limit_.valid() && !write_at(memsw_limit_.get(), bytes)) {
        return cg_error("memory.memsw.limit_in_bytes");
      }
    } else {
      if (!write_at(mem_limit_.get(), bytes)) return cg_error("memory.max");
      if (swap_max_.valid() && !write_at(swap_max_.get(), "0")) return cg_error("memory.swap.max");
    }
    last_memory_limit_ = limits.memory_bytes;
  }
  if (limits.processes != last_pids_limit_) {
    if (!write_at(pids_max_.get(), std::to_string(limits.processes + extra_tasks_))) {
      return cg_error("pids.max");
    }
    last_pids_limit_ = limits.processes;
  }
  if (version_ == CgroupVersion::v1) {
    if (!write_at(mem_peak_.get(), "0")) return cg_error("memory.max_usage_in_bytes reset");
    if (!write_at(cpu_usage_.get(), "0")) return cg_error("cpuacct.usage reset");
  } else {
    // memory.peak is resettable per open file since Linux 6.12; older kernels report the
    // peak since the slot was created (documented in docs/SANDBOX.md).
    if (peak_resettable_ && !write_at(mem_peak_.get(), "reset")) peak_resettable_ = false;
    cpu_baseline_ns_ = keyed_value(read_at(cpu_usage_.get()), "usage_usec") * kNsPerUs;
  }
  oom_baseline_ = keyed_value(read_at(mem_oom_.get()), "oom_kill");
  return Unit{};
}

Expected<Unit, Error> CgroupSlot::attach_thread(pid_t tid) {
  if (version_ != CgroupVersion::v1) return cg_error("thread attach needs cgroup v1", ENOTSUP);
  for (const auto& d : dirs_) {
    if (!write_file(d.path + "/tasks", std::to_string(tid))) return cg_error(d.path + "/tasks");
  }
  extra_tasks_ = kSpawnerAndInit;
  last_pids_limit_ = 0;  // rewrite pids.max with the new allowance
  return Unit{};
}

std::vector<int> CgroupSlot::procs_fds() const {
  std::vector<int> fds;
  if (extra_tasks_ > 0) return fds;
  for (const auto& d : dirs_) fds.push_back(d.procs.get());
  return fds;
}

std::uint64_t CgroupSlot::cpu_ns() const {
  if (version_ == CgroupVersion::v1) return parse_u64(read_at(cpu_usage_.get()));
  const std::uint64_t now = keyed_value(read_at(cpu_usage_.get()), "usage_usec") * kNsPerUs;
  return now > cpu_baseline_ns_ ? now - cpu_baseline_ns_ : 0;
}

Expected<CgroupStats, Error> CgroupSlot::read_stats() const {
  CgroupStats stats;
  stats.cpu_ns = cpu_ns();
  stats.peak_memory_bytes = parse_u64(read_at(mem_peak_.get()));
  const std::uint64_t ooms = keyed_value(read_at(mem_oom_.get()), "oom_kill");
  stats.oom_kills = ooms > oom_baseline_ ? ooms - oom_baseline_ : 0;
  return stats;
}

void CgroupSlot::kill_all() const {
  for (const auto& d : dirs_) {
    if (version_ == CgroupVersion::v2 && write_file(d.path + "/cgroup.kill", "1")) continue;
    for (pid_t pid : procs_of(d.path)) ::kill(pid, SIGKILL);  // only tasks of our own slot
  }
}

bool CgroupSlot::empty() const {
  for (const auto& d : dirs_) {
    if (!procs_of(d.path).empty()) return false;
  }
  return true;
}

Expected<UniqueFd, Error> lock_cgroup_subtree(const CgroupLayout& layout, const std::string& name) {
  const std::string& root = layout.version == CgroupVersion::v1 ? layout.memory : layout.unified;
  const UniqueFd parent = lock_parent(root, name);
  auto base = make_dirs(root, name);
  if (!base) return unexpected(base.error());
  UniqueFd fd{::open(base->c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)};
  if (!fd.valid()) return cg_error("open " + *base);
  if (::flock(fd.get(), LOCK_EX | LOCK_NB) != 0) {
    return cg_error(*base + " is owned by another running sandbox");
  }
  return fd;
}

std::size_t remove_abandoned_siblings(const CgroupLayout& layout, const std::string& name) {
  const auto roots = hierarchy_roots(layout);
  const auto slash = name.rfind('/');
  if (roots.empty() || slash == std::string::npos) return 0;  // no parent of our own to scan
  const std::string parent = name.substr(0, slash);
  const std::string self = name.substr(slash + 1);
  const UniqueFd parent_lock = lock_parent(roots.front(), name);
  if (!parent_lock.valid()) return 0;
  std::size_t removed = 0;
  for (const auto& sibling : child_dirs(roots.front() + "/" + parent)) {
    const std::string rel = parent + "/" + sibling;
    if (sibling == self || is_slot_name(sibling)) continue;
    // The first hierarchy's directory carries the owner's flock while it lives.
    UniqueFd fd{::open((roots.front() + "/" + rel).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)};
    if (!fd.valid() || ::flock(fd.get(), LOCK_EX | LOCK_NB) != 0) continue;  // alive, or gone
    if (!looks_like_instance(roots, rel)) continue;  // not one of ours: leave it alone
    remove_instance(roots, rel);
    ++removed;
  }
  return removed;
}

void remove_stale_slots(const CgroupLayout& layout, const std::string& name, std::size_t keep) {
  for (const auto& root : hierarchy_roots(layout)) {
    const std::string base = root + "/" + name;
    for (const auto& entry : child_dirs(base)) {
      const auto index = slot_index(entry);
      if (index && *index >= keep) remove_slot_dir(base + "/" + entry);
    }
  }
}

}  // namespace riemann::sandbox
