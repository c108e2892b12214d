// Plans (parent) and applies (child) the box's root file system. See mounts.hpp.
#include "sandbox/mounts.hpp"

#include <fcntl.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstring>

#include "sandbox/mountinfo.hpp"

namespace riemann::sandbox {
namespace {

// Sizes of the small tmpfs mounts we own (the work dir and /tmp use Limits::workdir_bytes).
constexpr std::uint64_t kRootTmpfsBytes = 1ull << 20;  // only directories and mount points
constexpr std::uint64_t kDevTmpfsBytes = 64ull << 10;  // only device mount points and links
constexpr mode_t kDirMode = 0755;
constexpr mode_t kMountPointFileMode = 0644;
constexpr mode_t kFileMode = 0644;
constexpr mode_t kExecutableMode = 0755;

// Every mount of the box: no setuid binaries, no device nodes except the four we bind.
constexpr unsigned long kSafeFlags = MS_NOSUID | MS_NODEV;
constexpr const char* kDevices[] = {"null", "zero", "random", "urandom"};
constexpr const char* kBoxUser = "box";  // the program's user and group name

Unexpected<Error> invalid(std::string message) {
  return unexpected(Error{Errc::invalid_spec, std::move(message)});
}

bool is_under(const std::string& path, const std::string& dir) {
  if (dir == "/") return true;
  return path.size() > dir.size() && path.compare(0, dir.size(), dir) == 0 &&
         path[dir.size()] == '/';
}

// Normalizes an absolute host path: single slashes, no trailing slash, no "." / "..".
bool normalize_absolute(const std::string& in, std::string& out) {
  if (in.empty() || in[0] != '/') return false;
  out.clear();
  std::size_t i = 0;
  while (i < in.size()) {
    while (i < in.size() && in[i] == '/') ++i;
    std::size_t end = in.find('/', i);
    if (end == std::string::npos) end = in.size();
    std::string part = in.substr(i, end - i);
    if (part == "." || part == ".." || part.find('\0') != std::string::npos) return false;
    if (!part.empty()) {
      out.push_back('/');
      out.append(part);
    }
    i = end;
  }
  if (out.empty()) out.push_back('/');
  return true;
}

// Read-only bind mounts must keep the flags the kernel locked on the source mount (noexec,
// nosuid, ...) or the remount fails inside a user namespace.
unsigned long locked_flags_of(const std::string& host_path) {
  struct statvfs st {};
  if (::statvfs(host_path.c_str(), &st) != 0) return 0;
  unsigned long flags = 0;
  if (st.f_flag & ST_NOEXEC) flags |= MS_NOEXEC;
  if (st.f_flag & ST_NOATIME) flags |= MS_NOATIME;
  if (st.f_flag & ST_NODIRATIME) flags |= MS_NODIRATIME;
  if (st.f_flag & ST_RELATIME) flags |= MS_RELATIME;
  return flags;
}

void add_dirs_for(MountPlan& plan, const std::string& inner_path) {
  // mkdir -p of every ancestor (and the path itself) under the new root.
  std::size_t pos = 0;
  while ((pos = inner_path.find('/', pos + 1)) != std::string::npos) {
    plan.ops.push_back({MountKind::dir, plan.new_root + inner_path.substr(0, pos), "", "", 0});
  }
  plan.ops.push_back({MountKind::dir, plan.new_root + inner_path, "", "", 0});
}

void add_parent_dirs_for(MountPlan& plan, const std::string& inner_path) {
  const std::size_t last = inner_path.rfind('/');
  if (last != 0 && last != std::string::npos) add_dirs_for(plan, inner_path.substr(0, last));
}

std::string tmpfs_options(std::uint64_t bytes, const char* mode, uid_t uid, gid_t gid) {
  return "size=" + std::to_string(bytes) + ",mode=" + mode + ",uid=" + std::to_string(uid) +
         ",gid=" + std::to_string(gid);
}

Expected<Unit, Error> add_ro_path(MountPlan& plan, const std::string& path, bool required,
                                  std::vector<std::string>& bound) {
  std::string norm;
  if (!normalize_absolute(path, norm) || norm == "/") {
    std::string message = "ro_path must be an absolute path below /: ";
    message += path;
    return invalid(std::move(message));
  }
  for (const auto& b : bound) {
    if (norm == b || is_under(norm, b)) return Unit{};  // already visible
  }
  struct stat st {};
  if (::lstat(norm.c_str(), &st) != 0) {
    if (required) return invalid("ro_path does not exist on the host: " + norm);
    return Unit{};
  }
  add_parent_dirs_for(plan, norm);
  if (S_ISLNK(st.st_mode)) {
    // Merged /usr: /bin -> usr/bin. Recreate the link; its target is bound separately.
    char target[PATH_MAX];
    const ssize_t n = ::readlink(norm.c_str(), target, sizeof(target) - 1);
    if (n <= 0) return invalid("cannot read link " + norm);
    plan.ops.push_back({MountKind::symlink, plan.new_root + norm,
                        std::string(target, static_cast<std::size_t>(n)), "", 0});
  } else if (S_ISDIR(st.st_mode)) {
    plan.ops.push_back({MountKind::dir, plan.new_root + norm, "", "", 0});
    plan.ops.push_back({MountKind::bind_ro, plan.new_root + norm, norm, "",
                        kSafeFlags | MS_RDONLY | locked_flags_of(norm)});
  } else if (S_ISREG(st.st_mode)) {
    plan.ops.push_back({MountKind::file, plan.new_root + norm, "", "", 0});
    plan.ops.push_back({MountKind::bind_ro, plan.new_root + norm, norm, "",
                        kSafeFlags | MS_RDONLY | locked_flags_of(norm)});
  } else {
    return invalid("ro_path is neither a directory, a file nor a symlink: " + norm);
  }
  bound.push_back(norm);
  return Unit{};
}

void add_dev(MountPlan& plan, uid_t uid, gid_t gid) {
  const std::string dev = plan.new_root + "/dev";
  plan.ops.push_back({MountKind::dir, dev, "", "", 0});
  plan.ops.push_back({MountKind::tmpfs, dev, "", tmpfs_options(kDevTmpfsBytes, "0755", uid, gid),
                      MS_NOSUID | MS_NOEXEC});
  for (const char* name : kDevices) {
    const std::string target = dev + "/" + name;
    plan.ops.push_back({MountKind::file, target, "", "", 0});
    // Writable (programs write to /dev/null) but never exec or setuid.
    plan.ops.push_back(
        {MountKind::bind_dev, target, std::string("/dev/") + name, "", MS_NOSUID | MS_NOEXEC});
  }
  plan.ops.push_back({MountKind::symlink, dev + "/fd", "/proc/self/fd", "", 0});
  plan.ops.push_back({MountKind::symlink, dev + "/stdin", "/proc/self/fd/0", "", 0});
  plan.ops.push_back({MountKind::symlink, dev + "/stdout", "/proc/self/fd/1", "", 0});
  plan.ops.push_back({MountKind::symlink, dev + "/stderr", "/proc/self/fd/2", "", 0});
  plan.ops.push_back({MountKind::dir, dev + "/shm", "", "", 0});
  plan.ops.push_back({MountKind::remount_ro, dev, "", "", MS_NOSUID | MS_NOEXEC});
  // /dev/shm itself is a tmpfs of each run (add_run_mounts), mounted on that directory.
}

// A passwd and group entry for the program's ids, so that user-name lookups (whoami, Java's
// user.name, python's getpass) work. Skipped when the host's /etc (or the files) are bound.
void add_identity(MountPlan& plan, const MountInputs& in, const std::vector<std::string>& bound) {
  for (const auto& b : bound) {
    if (b == "/etc" || b == "/etc/passwd" || b == "/etc/group") return;
  }
  const std::string uid = std::to_string(in.uid);
  const std::string gid = std::to_string(in.gid);
  plan.ops.push_back({MountKind::dir, plan.new_root + "/etc", "", "", 0});
  plan.ops.push_back({MountKind::text_file, plan.new_root + "/etc/passwd", "",
                      std::string(kBoxUser) + ":x:" + uid + ":" + gid + "::/tmp:/bin/sh\n", 0});
  plan.ops.push_back({MountKind::text_file, plan.new_root + "/etc/group", "",
                      std::string(kBoxUser) + ":x:" + gid + ":\n", 0});
}

}  // namespace

bool valid_relative_path(const std::string& path) {
  if (path.empty() || path[0] == '/' || path.back() == '/') return false;
  if (path.find('\0') != std::string::npos) return false;
  std::size_t i = 0;
  while (i <= path.size()) {
    std::size_t end = path.find('/', i);
    if (end == std::string::npos) end = path.size();
    const std::string part = path.substr(i, end - i);
    if (part.empty() || part == "." || part == "..") return false;
    i = end + 1;
  }
  return true;
}

namespace {

// The part of the root that is the same for every run of a slot: the root tmpfs, the
// read-only host paths (the run's own Spec::ro_paths too unless for a template), /dev, the
// identity files, the mount points of the per-run mounts.
Expected<Unit, Error> add_static_root(MountPlan& plan, const MountInputs& in, bool with_required) {
  std::vector<std::string> bound;
  // The root itself: a small tmpfs holding only mount points; made read-only at the end.
  plan.ops.push_back({MountKind::tmpfs, plan.new_root, "",
                      tmpfs_options(kRootTmpfsBytes, "0755", in.admin_uid, in.admin_gid),
                      kSafeFlags});
  for (const auto& p : in.ro_paths) {
    if (auto r = add_ro_path(plan, p, false, bound); !r) return r;
  }
  for (const auto& p : with_required ? in.required_ro_paths : std::vector<std::string>{}) {
    if (auto r = add_ro_path(plan, p, true, bound); !r) return r;
  }
  add_dev(plan, in.admin_uid, in.admin_gid);
  add_identity(plan, in, bound);
  for (const char* dir : {kWorkDir, "/tmp", "/proc"}) {
    plan.ops.push_back({MountKind::dir, plan.new_root + dir, "", "", 0});
  }
  return Unit{};
}

// A box's /proc: a fresh procfs of its own pid namespace; hidepid hides processes of other uids.
MountOp proc_mount(const std::string& target) {
  return {MountKind::proc, target, "", "hidepid=invisible", kSafeFlags | MS_NOEXEC};
}

// The part that is new in every run: the work dir, /tmp and /dev/shm (sized by the limits,
// empty), and a /proc of the run's own pid namespace.
void add_run_mounts(MountPlan& plan, const MountInputs& in) {
  const Limits& limits = *in.limits;
  // The work dir, owned by the program's uid; /tmp and /dev/shm sticky and world-writable.
  plan.ops.push_back({MountKind::tmpfs, plan.new_root + kWorkDir, "",
                      tmpfs_options(limits.workdir_bytes, "0755", in.uid, in.gid), kSafeFlags});
  for (const char* dir : {"/tmp", "/dev/shm"}) {
    plan.ops.push_back({MountKind::tmpfs, plan.new_root + dir, "",
                        tmpfs_options(limits.workdir_bytes, "1777", in.admin_uid, in.admin_gid),
                        kSafeFlags});
  }
  plan.ops.push_back(proc_mount(plan.new_root + "/proc"));
}

Expected<Unit, Error> add_files(MountPlan& plan, const std::vector<File>& files) {
  const std::string work = plan.new_root + kWorkDir;
  for (const auto& f : files) {
    if (!valid_relative_path(f.path)) return invalid("bad file path: " + f.path);
    std::size_t pos = 0;
    while ((pos = f.path.find('/', pos)) != std::string::npos) {
      plan.files.push_back({true, work + "/" + f.path.substr(0, pos), nullptr, kDirMode});
      ++pos;
    }
    plan.files.push_back(
        {false, work + "/" + f.path, &f.content, f.executable ? kExecutableMode : kFileMode});
  }
  return Unit{};
}

MountPlan empty_plan(const MountInputs& in) {
  MountPlan plan;
  plan.new_root = in.new_root;
  plan.work_dir = kWorkDir;
  plan.file_uid = in.uid;
  plan.file_gid = in.gid;
  return plan;
}

}  // namespace

Expected<MountPlan, Error> plan_template(const MountInputs& in) {
  MountPlan plan = empty_plan(in);
  if (auto r = add_static_root(plan, in, false); !r) return unexpected(r.error());
  // The spawner's own (host) procfs, only so that each box may mount its own over it: a user
  // namespace may mount procfs only where one is fully visible (mount_too_revealing). Same
  // options as the box's, which the kernel requires; hidepid even if it were ever uncovered.
  plan.ops.push_back(proc_mount(plan.new_root + "/proc"));
  plan.ops.push_back({MountKind::remount_ro, plan.new_root, "", "", kSafeFlags});
  return plan;
}

bool template_covers(const MountInputs& in) {
  for (const auto& p : in.required_ro_paths) {
    std::string norm;
    if (!normalize_absolute(p, norm)) return false;  // the full plan reports it
    const bool covered = std::any_of(in.ro_paths.begin(), in.ro_paths.end(), [&](const auto& b) {
      std::string nb;
      return normalize_absolute(b, nb) && (norm == nb || is_under(norm, nb));
    });
    if (!covered) return false;
  }
  return true;
}

Expected<MountPlan, Error> plan_mounts(const MountInputs& in, bool on_template) {
  MountPlan plan = empty_plan(in);
  if (on_template) {
    // The root is the template's, read-only and locked so by the kernel in the box's copy (it
    // came from a more privileged mount namespace): only the per-run mounts go on top of it.
    plan.new_root.clear();
    plan.pivot = false;
    add_run_mounts(plan, in);
  } else {
    if (auto r = add_static_root(plan, in, true); !r) return unexpected(r.error());
    add_run_mounts(plan, in);
    plan.ops.push_back({MountKind::remount_ro, plan.new_root, "", "", kSafeFlags});
  }
  if (auto r = add_files(plan, *in.files); !r) return unexpected(r.error());
  return plan;
}

int detach_foreign_mounts(const std::string& slot_root) {
  const auto mounts = read_mountinfo();
  int detached = 0;
  // Deepest first: children go before the mounts they sit on.
  for (auto it = mounts.rbegin(); it != mounts.rend(); ++it) {
    const std::string& p = it->mount_point;
    // /proc: a new procfs may be mounted only where one is fully visible; /dev: the device
    // nodes a run without the template binds (plan_mounts' full plan).
    const bool needed = p == "/" || p == "/proc" || p == "/dev" || p == slot_root ||
                        is_under(slot_root, p) || is_under(p, slot_root);
    if (needed) continue;
    if (::umount2(p.c_str(), MNT_DETACH) != 0) {
      if (errno == EINVAL || errno == ENOENT) continue;  // already gone with its parent
      return -1;
    }
    ++detached;
  }
  return detached;
}

// ---- child side: raw system calls only ---------------------------------------------------

namespace {
int apply_one(const MountOp& op) {
  const char* target = op.target.c_str();
  switch (op.kind) {
    case MountKind::dir:
      if (::mkdir(target, kDirMode) != 0 && errno != EEXIST) return -1;
      return 0;
    case MountKind::file: {
      const int fd =
          ::open(target, O_WRONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW, kMountPointFileMode);
      if (fd < 0) return -1;
      ::close(fd);
      return 0;
    }
    case MountKind::symlink:
      return ::symlink(op.source.c_str(), target);
    case MountKind::tmpfs:
      return ::mount("tmpfs", target, "tmpfs", op.flags, op.data.c_str());
    case MountKind::bind_ro:
    case MountKind::bind_dev:
      if (::mount(op.source.c_str(), target, nullptr, MS_BIND, nullptr) != 0) return -1;
      return ::mount(nullptr, target, nullptr, MS_BIND | MS_REMOUNT | op.flags, nullptr);
    case MountKind::proc:
      return ::mount("proc", target, "proc", op.flags, op.data.c_str());
    case MountKind::text_file: {
      const int fd =
          ::open(target, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, kMountPointFileMode);
      if (fd < 0) return -1;
      const ssize_t n = ::write(fd, op.data.data(), op.data.size());
      ::close(fd);
      return n == static_cast<ssize_t>(op.data.size()) ? 0 : -1;
    }
    case MountKind::remount_ro:
      return ::mount(nullptr, target, nullptr, MS_BIND | MS_REMOUNT | MS_RDONLY | op.flags,
                     nullptr);
  }
  return -1;
}
}  // namespace

int apply_mounts(const MountPlan& plan) {
  // Nothing we mount may propagate back to the host's mount namespace.
  if (::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0) return 1;
  for (std::size_t i = 0; i < plan.ops.size(); ++i) {
    if (apply_one(plan.ops[i]) != 0) return static_cast<int>(i) + 2;
  }
  return 0;
}

int write_files(const MountPlan& plan) {
  for (std::size_t i = 0; i < plan.files.size(); ++i) {
    const FileOp& f = plan.files[i];
    if (f.is_dir) {
      if (::mkdir(f.path.c_str(), f.mode) != 0 && errno != EEXIST) return static_cast<int>(i) + 1;
      if (::lchown(f.path.c_str(), plan.file_uid, plan.file_gid) != 0) {
        return static_cast<int>(i) + 1;
      }
      continue;
    }
    const int fd =
        ::open(f.path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, f.mode);
    if (fd < 0 || ::fchown(fd, plan.file_uid, plan.file_gid) != 0) {
      if (fd >= 0) ::close(fd);
      return static_cast<int>(i) + 1;
    }
    const char* data = f.content->data();
    std::size_t left = f.content->size();
    while (left > 0) {
      const ssize_t n = ::write(fd, data, left);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) {
        ::close(fd);
        return static_cast<int>(i) + 1;
      }
      data += n;
      left -= static_cast<std::size_t>(n);
    }
    ::close(fd);
  }
  return 0;
}

int pivot_into(const char* new_root) {
  // pivot_root(".", ".") stacks the old root under the new one; detaching it leaves no path
  // to the host's file system.
  if (::chdir(new_root) != 0) return 1;
  if (::syscall(SYS_pivot_root, ".", ".") != 0) return 2;
  if (::umount2(".", MNT_DETACH) != 0) return 3;
  if (::chdir("/") != 0) return 4;
  return 0;
}

int enter_root(const MountPlan& plan) {
  if (plan.pivot) {
    if (const int bad = pivot_into(plan.new_root.c_str()); bad != 0) return bad;
  }
  if (::chdir(plan.work_dir.c_str()) != 0) return 5;
  return 0;
}

}  // namespace riemann::sandbox
