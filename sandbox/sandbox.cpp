// Sandbox: runs one untrusted program under hard limits.
//
// Theory of operation
// -------------------
// create() decides once what the host offers (root or rootless, cgroup v1/v2/none), compiles
// the six seccomp programs (3 levels x network on/off), and prepares one slot per concurrent
// run: an empty directory that becomes the box's root mount point, a cgroup per controller
// under <controller>/<cgroup_name>/slot-N (ours alone), and preallocated stacks and buffers.
// Stale slots of a crashed server are emptied (their cgroups' tasks killed) at that point.
//
// run() is the recipe below, one small step per line, in the order the steps apply:
//   parent:  validate -> plan (mounts, argv/envp, rlimits, policy) -> reset the slot's cgroup
//            -> open pipes -> clone init into new user/pid/mount/net/ipc/uts namespaces, born
//            in the slot's cgroups (v1: from the slot's spawner thread, vfork-style in the
//            server's memory, see start_init_vfork; v2: CLONE_INTO_CGROUP)
//            -> write its uid/gid maps, release it -> supervise -> verdict.
//   init (pid 1 of the box): close foreign fds -> reset signals -> wait for the id maps
//            -> become the user namespace's root -> die with the parent (PDEATHSIG + lifeline)
//            -> hostname -> private mounts: on the slot's template (v1: its root already is the
//            read-only static root, see Slot::template_ns) only work-dir tmpfs, /tmp,
//            /dev/shm, fresh /proc (hidepid); otherwise first a tmpfs root, ro binds
//            (nosuid,nodev), /dev (null, zero, random, urandom)
//            -> loopback (network only) -> write files -> (no template) pivot_root, detach the
//            old root
//            -> clone the program (CLONE_VM|CLONE_VFORK) -> reap -> kill leftovers
//            -> drop to the slot ids -> read artifacts (openat2 RESOLVE_BENEATH, no symlinks)
//            -> report status.
//   program (pid 2): setsid -> join the slot cgroup -> new cgroup ns -> stdio -> CLOEXEC all
//            -> rlimits -> scheduler slice (a hint) -> drop capabilities
//            -> setgroups/setresgid/setresuid (root mode)
//            -> no_new_privs -> seccomp (last; the listener goes to the supervisor) -> execve.
// Everything the children need is prepared in the parent: after clone they make only system
// calls (the server is multithreaded). Their failures come back on the report pipe as
// (step, errno) and become engine errors; everything after execve is a program verdict.
// Nothing of the box touches the host file system: all of its writable storage is tmpfs
// inside its own mount namespace, gone when the namespace dies with init.
#include "sandbox/sandbox.hpp"

#include <fcntl.h>
#include <linux/seccomp.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <sys/file.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <fstream>
#include <optional>

#include "sandbox/cgroup.hpp"
#include "sandbox/child.hpp"
#include "sandbox/clone_into.hpp"
#include "sandbox/fd.hpp"
#include "sandbox/mounts.hpp"
#include "sandbox/rlimits.hpp"
#include "sandbox/seccomp.hpp"
#include "sandbox/spawner.hpp"
#include "sandbox/supervise.hpp"
#include "sandbox/verdict.hpp"

namespace riemann::sandbox {
namespace {

using Clock = std::chrono::steady_clock;

constexpr std::size_t kInitStackBytes = 256 * 1024;      // init's clone stack (small frames only)
constexpr std::size_t kProgramStackBytes = 64 * 1024;    // program's CLONE_VM stack until execve
constexpr std::size_t kArtifactBufferBytes = 64 * 1024;  // init's scratch for artifacts
constexpr mode_t kStateDirMode = 0755;
constexpr const char* kHostname = "riemann";
constexpr const char* kRootlessStateDirPrefix = "/tmp/riemann-";
constexpr const char* kInitOomScoreAdj = "-1000";  // the OOM killer never picks the box's init
constexpr int kLowestPipeFd = 3;                   // keep stdio numbers free for dup2 in the child
constexpr std::size_t kLevels = 3;
constexpr std::size_t kNetworkModes = 2;
constexpr int kDefaultCapLast = 40;         // CAP_CHECKPOINT_RESTORE, if /proc does not say
constexpr int kInitStartTimeoutMs = 10000;  // a clone slower than this means a wedged host
constexpr const char* kThreadMountNs = "/proc/thread-self/ns/mnt";
constexpr int kOutputPipeBytes = 1 << 20;  // = the default output cap and pipe-max-size

Unexpected<Error> fail(Errc code, std::string message) {
  return unexpected(Error{code, std::move(message)});
}
std::string errno_text(int err = errno) {
  return std::strerror(err);
}

// A descriptor at >= 3, so that dup2 onto 0/1/2 in the child never clobbers another one.
UniqueFd above_stdio(int fd) {
  if (fd < 0 || fd >= kLowestPipeFd) return UniqueFd{fd};
  UniqueFd low{fd};
  return UniqueFd{::fcntl(fd, F_DUPFD_CLOEXEC, kLowestPipeFd)};
}

Expected<Pipe, Error> make_pipe() {
  std::array<int, 2> fds{};
  if (::pipe2(fds.data(), O_CLOEXEC) != 0) {
    return fail(Errc::resource_failed, "pipe: " + errno_text());
  }
  Pipe p{above_stdio(fds[0]), above_stdio(fds[1])};
  if (!p.read.valid() || !p.write.valid()) return fail(Errc::resource_failed, "pipe: dup");
  return p;
}

int read_cap_last() {
  std::ifstream in("/proc/sys/kernel/cap_last_cap");
  int v = kDefaultCapLast;
  in >> v;
  return v;
}

// ---- everything one run needs, owned by the parent while the children run ----------------

struct Channels {
  Pipe in, out, err, report, sync;
  Pipe hello;  // vfork start only: init -> parent, "I run" (see start_init_vfork)
  UniqueFd notify_parent, notify_child;
};

struct RunPlan {
  MountPlan mounts;
  std::vector<std::string> argv_storage, env_storage;
  ChildPlan child;
  sock_fprog fprog{};
};

struct Slot {
  Slot() = default;
  Slot(const Slot&) = delete;
  Slot& operator=(const Slot&) = delete;
  ~Slot() {
    if (!root_dir.empty()) ::rmdir(root_dir.c_str());  // an empty mount point; nothing inside
  }
  std::string root_dir;
  std::optional<CgroupSlot> cgroup;
  std::unique_ptr<Spawner> spawner;  // v1: clones inits from inside the slot's cgroups
  // The spawner thread sits in an empty network namespace (loopback down) owned by the host's
  // user namespace; network=false boxes inherit it instead of creating one (~250 us, plus the
  // kernel's asynchronous teardown, per run). Nothing persists from one box to the next: the
  // box holds no capability over it (no interface, route, firewall or sysctl change), seccomp
  // refuses IP sockets, and its unix and netlink sockets die with its processes. network=true
  // boxes get a fresh namespace each (their TCP state, e.g. TIME_WAIT, must not leak).
  bool offline_netns = false;
  // The spawner thread also builds the static part of the box's root once (mounts.hpp:
  // plan_template) in a mount namespace of its own, then pivots into it in a second one whose
  // root is the template and nothing else. Every box of the slot copies that namespace with
  // CLONE_NEWNS and mounts only what is new per run (the work dir, /tmp, /dev/shm, /proc):
  // no root to build, no pivot_root, no host mounts to copy, detach and tear down (~40 fewer
  // system calls and one expedited RCU grace period per run). The template is read-only,
  // locked so in each box's copy, and private (nothing propagates to or from the host); a box
  // changes only its own copy, and the per-run mounts die with it.
  UniqueFd template_ns;   // the rooted template namespace (what template runs copy)
  UniqueFd host_root_ns;  // the first one, with the host's root: runs the template does not cover
  bool template_root() const { return template_ns.valid(); }

  // Vfork start: the kernel stores init's pid here (CLONE_PARENT_SETTID) before init runs;
  // clone's own return value arrives only when init exits. clone's errno if it failed.
  pid_t spawned_pid = 0;
  int spawn_errno = 0;
  // Zero-filled, so resident before any run: a vfork init faults nothing into the server.
  std::vector<char> init_stack = std::vector<char>(kInitStackBytes);
  std::vector<char> program_stack = std::vector<char>(kProgramStackBytes);
  std::vector<char> io_buffer = std::vector<char>(kArtifactBufferBytes);
  std::atomic<bool> busy{false};
};

class SlotLease {
 public:
  explicit SlotLease(Slot* slot) : slot_(slot) {}
  SlotLease(const SlotLease&) = delete;
  SlotLease& operator=(const SlotLease&) = delete;
  ~SlotLease() {
    if (slot_ != nullptr) slot_->busy.store(false);
  }

 private:
  Slot* slot_;
};

// The init process: a pidfd and, until reaped, a guarantee that it dies with us.
class InitProcess {
 public:
  InitProcess(pid_t pid, UniqueFd pidfd) : pid_(pid), pidfd_(std::move(pidfd)) {}
  InitProcess(InitProcess&&) = default;
  InitProcess& operator=(InitProcess&&) = default;
  ~InitProcess() {
    if (!pidfd_.valid()) return;
    ::syscall(SYS_pidfd_send_signal, pidfd_.get(), SIGKILL, nullptr, 0);
    siginfo_t info{};
    ::waitid(static_cast<idtype_t>(P_PIDFD), static_cast<id_t>(pidfd_.get()), &info,
             WEXITED | __WALL);
  }
  pid_t pid() const { return pid_; }
  UniqueFd take_pidfd() { return std::move(pidfd_); }

 private:
  pid_t pid_;
  UniqueFd pidfd_;
};

// Waits for the slot's spawner job (a vfork-started init) at the end of a run.
class SpawnerJoin {
 public:
  explicit SpawnerJoin(Spawner* spawner) : spawner_(spawner) {}
  SpawnerJoin(const SpawnerJoin&) = delete;
  SpawnerJoin& operator=(const SpawnerJoin&) = delete;
  ~SpawnerJoin() {
    if (spawner_ != nullptr) spawner_->wait();
  }

 private:
  Spawner* spawner_;
};

class SandboxImpl final : public Sandbox {
 public:
  explicit SandboxImpl(Options options) : options_(std::move(options)) {}
  ~SandboxImpl() override {
    slots_.clear();
    ::rmdir(options_.state_dir.c_str());  // only if empty: never another tenant's files
  }
  SandboxImpl(const SandboxImpl&) = delete;
  SandboxImpl& operator=(const SandboxImpl&) = delete;

  Expected<Unit, Error> init();
  Expected<Result, Error> run(const Spec& spec, std::size_t slot, const OutputSink& sink) override;
  std::size_t slots() const override { return slots_.size(); }
  std::vector<std::string> warnings() const override { return warnings_; }

 private:
  // Steps of create(), in order.
  void detect_host();
  Expected<Unit, Error> compile_policies();
  Expected<Unit, Error> prepare_state_dir();
  Expected<Unit, Error> take_ownership();
  Expected<std::unique_ptr<Slot>, Error> create_slot(std::size_t index);
  Expected<Unit, Error> start_spawner(Slot& slot, std::size_t index);
  MountInputs mount_inputs(const Slot& slot, std::size_t index) const;
  void note_weaknesses();
  // Steps of run(), in order.
  Expected<Slot*, Error> acquire(std::size_t index);
  Expected<Unit, Error> validate(const Spec& spec) const;
  Expected<Unit, Error> plan_run(const Spec& spec, std::size_t index, Slot& slot, RunPlan& plan);
  Expected<Unit, Error> reset_cgroup(Slot& slot, const Limits& limits);
  Expected<Channels, Error> open_channels(const Spec& spec, bool vfork_start);
  void wire_channels(const Channels& ch, Slot& slot, RunPlan& plan);
  Expected<InitProcess, Error> start_init(Slot& slot, RunPlan& plan, const Spec& spec,
                                          std::size_t index, Channels& ch);
  Expected<InitProcess, Error> start_init_vfork(Slot& slot, RunPlan& plan, int flags,
                                                std::size_t index, Channels& ch);
  std::string id_map(std::size_t index, std::uint32_t host_id) const;
  // Root with cgroup v2: init lives in the slot cgroup (clone_into.hpp) as a copy of the server.
  // On v1 the vfork start keeps the OOM killer off init already (start_init_vfork).
  bool shield_init_from_oom() const { return !rootless_ && cgroups_.version == CgroupVersion::v2; }
  Expected<Unit, Error> map_user_namespace(pid_t init, std::size_t index, Channels& ch);
  Expected<Result, Error> verdict(const Spec& spec, const Supervision& s, Slot& slot,
                                  Clock::time_point started);

  Options options_;
  bool rootless_ = false;
  uid_t host_uid_ = 0;
  gid_t host_gid_ = 0;
  int cap_last_ = kDefaultCapLast;
  CgroupLayout cgroups_;
  std::array<std::optional<CompiledPolicy>, kLevels * kNetworkModes> policies_;
  seccomp_notif_sizes notif_sizes_{};
  std::vector<std::unique_ptr<Slot>> slots_;
  std::vector<std::string> warnings_;
  std::atomic<bool> oom_shield_works_{true};
  UniqueFd state_lock_;   // flock on state_dir, held for our lifetime
  UniqueFd cgroup_lock_;  // flock on <first hierarchy>/<cgroup_name>
};

const CompiledPolicy* policy_for(
    const std::array<std::optional<CompiledPolicy>, kLevels * kNetworkModes>& all,
    SecurityLevel level, bool network) {
  const auto& p = all[static_cast<std::size_t>(level) * kNetworkModes + (network ? 1 : 0)];
  return p ? &*p : nullptr;
}

// ---- create() -----------------------------------------------------------------------------

Expected<Unit, Error> make_state_dir(const std::string& path) {
  if (path.empty() || path[0] != '/') {
    return fail(Errc::resource_failed, "state_dir must be absolute: " + path);
  }
  std::size_t pos = 0;
  while ((pos = path.find('/', pos + 1)) != std::string::npos) {
    ::mkdir(path.substr(0, pos).c_str(), kStateDirMode);
  }
  if (::mkdir(path.c_str(), kStateDirMode) != 0 && errno != EEXIST) {
    return fail(Errc::resource_failed, "mkdir " + path + ": " + errno_text());
  }
  struct stat st {};
  if (::lstat(path.c_str(), &st) != 0 || !S_ISDIR(st.st_mode) || st.st_uid != ::geteuid() ||
      (st.st_mode & (S_IWGRP | S_IWOTH)) != 0) {
    return fail(Errc::resource_failed,
                "state_dir must be a directory owned by us and writable by nobody else: " + path);
  }
  return Unit{};
}

Expected<UniqueFd, Error> lock_directory(const std::string& path) {
  UniqueFd fd{::open(path.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)};
  if (!fd.valid()) return fail(Errc::resource_failed, "open " + path + ": " + errno_text());
  if (::flock(fd.get(), LOCK_EX | LOCK_NB) != 0) {
    return fail(Errc::resource_failed, path + " is owned by another running sandbox");
  }
  return fd;
}

// A slot's root mount point is an empty directory: the box only ever mounts over it inside its
// own mount namespace, so a crashed run leaves nothing in it to clean.
Expected<std::string, Error> make_slot_dir(const std::string& state_dir, std::size_t index) {
  const std::string dir = state_dir + "/slot-" + std::to_string(index);
  ::rmdir(dir.c_str());  // recreate: fails harmlessly when absent
  if (::mkdir(dir.c_str(), kStateDirMode) != 0) {
    return fail(Errc::resource_failed, "slot dir " + dir + ": " + errno_text() +
                                           " (a stale slot directory must be empty)");
  }
  return dir;
}

// create(), step by step: what the host offers, then what we own.
Expected<Unit, Error> SandboxImpl::init() {
  if (options_.slots == 0) return fail(Errc::invalid_spec, "Options::slots must be > 0");
  detect_host();
  if (auto r = compile_policies(); !r) return r;
  if (auto r = prepare_state_dir(); !r) return r;
  if (auto r = take_ownership(); !r) return r;
  for (std::size_t i = 0; i < options_.slots; ++i) {
    auto slot = create_slot(i);
    if (!slot) return unexpected(slot.error());
    slots_.push_back(std::move(*slot));
  }
  note_weaknesses();
  return Unit{};
}

void SandboxImpl::detect_host() {
  host_uid_ = ::geteuid();
  host_gid_ = ::getegid();
  rootless_ = host_uid_ != 0;
  cap_last_ = read_cap_last();
  cgroups_ = detect_cgroups();
}

// Six BPF programs (3 levels x network on/off), compiled once; runs only load them.
Expected<Unit, Error> SandboxImpl::compile_policies() {
  if (::syscall(SYS_seccomp, SECCOMP_GET_NOTIF_SIZES, 0, &notif_sizes_) != 0) {
    return fail(Errc::resource_failed, "seccomp user notification unsupported: " + errno_text());
  }
  for (std::size_t level = 0; level < kLevels; ++level) {
    for (std::size_t net = 0; net < kNetworkModes; ++net) {
      auto p = compile_policy(static_cast<SecurityLevel>(level), net == 1);
      if (!p) return unexpected(p.error());
      policies_[level * kNetworkModes + net] = std::move(*p);
    }
  }
  return Unit{};
}

Expected<Unit, Error> SandboxImpl::prepare_state_dir() {
  auto r = make_state_dir(options_.state_dir);
  if (r || !rootless_) return r;
  // Rootless: /run is root's. The slot dirs are only empty mount points, so a private directory
  // under /tmp serves as well (make_state_dir refuses one planted by someone else); one per
  // requested state_dir, so that several rootless instances stay apart.
  std::string flat = options_.state_dir;
  std::replace(flat.begin(), flat.end(), '/', '_');
  options_.state_dir = std::string(kRootlessStateDirPrefix) + std::to_string(host_uid_) + flat;
  if (auto again = make_state_dir(options_.state_dir); !again) return again;
  warnings_.push_back("rootless: state_dir not usable, using " + options_.state_dir);
  return Unit{};
}

// One owner per state_dir and cgroup subtree: a second server (or a CLI run) with the same
// options would otherwise kill this one's boxes as "stale". Then the stale slots go, and the
// subtrees of killed instances beside ours.
Expected<Unit, Error> SandboxImpl::take_ownership() {
  auto state_lock = lock_directory(options_.state_dir);
  if (!state_lock) return unexpected(state_lock.error());
  state_lock_ = std::move(*state_lock);
  if (cgroups_.version == CgroupVersion::none) return Unit{};
  auto cgroup_lock = lock_cgroup_subtree(cgroups_, options_.cgroup_name);
  if (!cgroup_lock) {
    if (rootless_) return Unit{};  // no delegated cgroups: rlimits instead (see warnings)
    return unexpected(cgroup_lock.error());
  }
  cgroup_lock_ = std::move(*cgroup_lock);
  remove_stale_slots(cgroups_, options_.cgroup_name, options_.slots);
  remove_abandoned_siblings(cgroups_, options_.cgroup_name);
  return Unit{};
}

Expected<std::unique_ptr<Slot>, Error> SandboxImpl::create_slot(std::size_t index) {
  auto slot = std::make_unique<Slot>();
  auto dir = make_slot_dir(options_.state_dir, index);
  if (!dir) return unexpected(dir.error());
  slot->root_dir = *dir;
  if (!cgroup_lock_.valid()) return slot;
  auto cg = CgroupSlot::open(cgroups_, options_.cgroup_name, index);
  if (!cg) {
    if (rootless_) return slot;
    return unexpected(cg.error());
  }
  slot->cgroup.emplace(std::move(*cg));
  if (auto r = start_spawner(*slot, index); !r) return unexpected(r.error());
  return slot;
}

void SandboxImpl::note_weaknesses() {
  if (rootless_) {
    warnings_.insert(warnings_.begin(),
                     "rootless: the box runs in an unprivileged user namespace; every slot maps "
                     "to the server's own uid on the host (no per-slot host uid)");
  }
  if (!slots_.front()->cgroup) {
    warnings_.push_back(
        "no cgroup: memory is limited by RLIMIT_AS (breaks JVM/Go/Node), CPU time only per "
        "process (RLIMIT_CPU), the process limit per uid (RLIMIT_NPROC), peak memory is the "
        "largest single process, and an OOM is not reported as memory_limit");
  }
}

// On the spawner thread (its own root and cwd once it unshares CLONE_NEWNS): builds the
// template in a first namespace that keeps the host's root (for runs the template does not
// cover), then pivots into the template in a second one. Slot::template_ns is set on success.
void enter_template_namespace(Slot& slot, const MountPlan& root) {
  const auto own_ns = [] { return UniqueFd{::open(kThreadMountNs, O_RDONLY | O_CLOEXEC)}; };
  if (::unshare(CLONE_NEWNS) != 0 || apply_mounts(root) != 0 ||
      detach_foreign_mounts(root.new_root) < 0) {
    return;
  }
  UniqueFd host_root = own_ns();
  if (!host_root.valid() || ::unshare(CLONE_NEWNS) != 0) return;
  UniqueFd rooted;
  if (pivot_into(root.new_root.c_str()) == 0) rooted = own_ns();
  if (!rooted.valid()) {
    // Back to the first namespace, where a whole root can still be built.
    if (::setns(host_root.get(), CLONE_NEWNS) == 0) slot.host_root_ns = std::move(host_root);
    return;
  }
  slot.host_root_ns = std::move(host_root);
  slot.template_ns = std::move(rooted);
}

// cgroup v1: a thread that joins the slot's cgroups once, so boxes are born inside them. It
// also moves into a network namespace of its own, empty and offline, that every network=false
// box of the slot inherits (see Slot::offline_netns).
Expected<Unit, Error> SandboxImpl::start_spawner(Slot& slot, std::size_t index) {
  if (cgroups_.version != CgroupVersion::v1) return Unit{};
  std::optional<Error> error;
  CgroupSlot& cg = *slot.cgroup;
  const Limits no_limits;  // the template holds no per-run mount
  MountInputs mi = mount_inputs(slot, index);
  mi.limits = &no_limits;
  auto root = plan_template(mi);
  if (!root) return unexpected(root.error());
  slot.spawner = std::make_unique<Spawner>([&slot, &cg, &error, &root] {
    auto r = cg.attach_thread(static_cast<pid_t>(::syscall(SYS_gettid)));
    if (!r) {
      error = r.error();
      return false;
    }
    if (::unshare(CLONE_NEWNET) != 0) {  // this thread only: the server's sockets are elsewhere
      error = Error{Errc::resource_failed, "spawner network namespace: " + errno_text()};
      return false;
    }
    // On failure boxes build their whole root (from wherever this thread is left).
    enter_template_namespace(slot, *root);
    return true;
  });
  if (!slot.spawner->started()) return unexpected(*error);
  slot.offline_netns = true;
  if (!slot.template_root()) {
    warnings_.push_back("slot " + std::to_string(index) +
                        ": no root template (each run builds its whole root; slower)");
  }
  return Unit{};
}

MountInputs SandboxImpl::mount_inputs(const Slot& slot, std::size_t index) const {
  const uid_t box_uid = options_.uid_base + static_cast<uid_t>(index);
  MountInputs mi;
  mi.new_root = slot.root_dir;
  mi.ro_paths = options_.ro_paths;
  mi.uid = box_uid;
  mi.gid = box_uid;
  mi.admin_uid = rootless_ ? box_uid : 0;  // ids inside the box's user namespace
  mi.admin_gid = rootless_ ? box_uid : 0;
  return mi;
}

// ---- run() steps --------------------------------------------------------------------------

Expected<Slot*, Error> SandboxImpl::acquire(std::size_t index) {
  if (index >= slots_.size()) return fail(Errc::slot_busy, "no such slot");
  Slot* slot = slots_[index].get();
  bool expected = false;
  if (!slot->busy.compare_exchange_strong(expected, true)) {
    return fail(Errc::slot_busy, "slot " + std::to_string(index) + " is in use");
  }
  return slot;
}

Expected<Unit, Error> SandboxImpl::validate(const Spec& spec) const {
  if (spec.argv.empty() || spec.argv[0].empty() || spec.argv[0][0] != '/') {
    return fail(Errc::invalid_spec, "argv[0] must be an absolute path inside the box");
  }
  for (const auto& a : spec.argv) {
    if (a.find('\0') != std::string::npos) return fail(Errc::invalid_spec, "NUL in argv");
  }
  for (const auto& e : spec.env) {
    if (e.find('=') == std::string::npos || e.find('\0') != std::string::npos) {
      return fail(Errc::invalid_spec, "env entries must be KEY=VALUE: " + e);
    }
  }
  for (const auto& c : spec.collect) {
    if (!valid_relative_path(c)) return fail(Errc::invalid_spec, "bad collect path: " + c);
  }
  const Limits& l = spec.limits;
  if (l.wall_time.count() <= 0 || l.cpu_time.count() <= 0 || l.memory_bytes == 0 ||
      l.output_bytes == 0 || l.processes == 0 || l.open_files == 0 || l.workdir_bytes == 0) {
    return fail(Errc::invalid_spec, "every limit must be positive");
  }
  return Unit{};
}

Expected<Unit, Error> SandboxImpl::plan_run(const Spec& spec, std::size_t index, Slot& slot,
                                            RunPlan& plan) {
  const uid_t box_uid = options_.uid_base + static_cast<uid_t>(index);
  MountInputs mi = mount_inputs(slot, index);
  mi.required_ro_paths = spec.ro_paths;
  mi.files = &spec.files;
  mi.limits = &spec.limits;
  auto mounts = plan_mounts(mi, slot.template_root() && template_covers(mi));
  if (!mounts) return unexpected(mounts.error());
  plan.mounts = std::move(*mounts);

  plan.argv_storage = spec.argv;
  plan.env_storage = spec.env;
  ChildPlan& c = plan.child;
  for (auto& a : plan.argv_storage) c.argv.push_back(a.data());
  c.argv.push_back(nullptr);
  for (auto& e : plan.env_storage) c.envp.push_back(e.data());
  c.envp.push_back(nullptr);
  c.exec_path = plan.argv_storage[0].c_str();
  c.mounts = &plan.mounts;
  c.hostname = kHostname;
  c.loopback_up = spec.network;
  c.rlimits = plan_rlimits(spec.limits, slot.cgroup.has_value());
  c.become_root = !rootless_;
  c.switch_ids = !rootless_;
  c.uid = box_uid;
  c.gid = box_uid;
  c.cap_last = cap_last_;
  c.slice_ns = static_cast<std::uint64_t>(
      std::chrono::duration_cast<std::chrono::nanoseconds>(options_.program_slice).count());
  c.new_cgroup_ns = true;

  const CompiledPolicy* policy = policy_for(policies_, spec.security_level, spec.network);
  plan.fprog.len = static_cast<unsigned short>(policy->bpf.size());
  plan.fprog.filter = const_cast<sock_filter*>(policy->bpf.data());
  c.seccomp = &plan.fprog;
  c.seccomp_listener = true;

  for (const auto& path : spec.collect) c.collect.push_back(path.c_str());
  c.collect_max_bytes = spec.limits.file_size_bytes;
  c.io_buffer = slot.io_buffer.data();
  c.io_buffer_size = slot.io_buffer.size();
  c.program_stack = slot.program_stack.data();
  c.program_stack_size = slot.program_stack.size();
  return Unit{};
}

Expected<Unit, Error> SandboxImpl::reset_cgroup(Slot& slot, const Limits& limits) {
  if (!slot.cgroup) return Unit{};
  return slot.cgroup->prepare(limits);
}

Expected<Channels, Error> SandboxImpl::open_channels(const Spec&, bool vfork_start) {
  Channels ch;
  if (vfork_start) {
    auto hello = make_pipe();
    if (!hello) return unexpected(hello.error());
    ch.hello = std::move(*hello);
  }
  for (Pipe* p : {&ch.in, &ch.out, &ch.err, &ch.report}) {
    auto pipe = make_pipe();
    if (!pipe) return unexpected(pipe.error());
    *p = std::move(*pipe);
  }
  auto sync = make_pipe();
  if (!sync) return unexpected(sync.error());
  ch.sync = std::move(*sync);
  std::array<int, 2> sv{};
  if (::socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sv.data()) != 0) {
    return fail(Errc::resource_failed, "socketpair: " + errno_text());
  }
  ch.notify_parent = above_stdio(sv[0]);
  ch.notify_child = above_stdio(sv[1]);
  for (int fd : {ch.in.write.get(), ch.out.read.get(), ch.err.read.get(), ch.report.read.get()}) {
    ::fcntl(fd, F_SETFL, O_NONBLOCK);  // the parent side only; the program's ends block
  }
  // Room for a whole default-sized output, so the supervisor need not wake at every write
  // (supervise.cpp, quiet output). Pages are allocated only as data arrives. Best effort: the
  // supervisor reads the capacity it got.
  for (int fd : {ch.out.read.get(), ch.err.read.get()}) ::fcntl(fd, F_SETPIPE_SZ, kOutputPipeBytes);
  return ch;
}

void SandboxImpl::wire_channels(const Channels& ch, Slot& slot, RunPlan& plan) {
  ChildPlan& c = plan.child;
  c.stdin_fd = ch.in.read.get();
  c.stdout_fd = ch.out.write.get();
  c.stderr_fd = ch.err.write.get();
  c.report_fd = ch.report.write.get();
  c.notify_fd = ch.notify_child.get();
  c.sync_fd = ch.sync.read.valid() ? ch.sync.read.get() : -1;
  c.hello_fd = ch.hello.write.valid() ? ch.hello.write.get() : -1;
  c.cgroup_fds = slot.cgroup ? slot.cgroup->procs_fds() : std::vector<int>{};
  c.keep_fds = {c.stdin_fd, c.stdout_fd, c.stderr_fd, c.report_fd, c.notify_fd};
  if (c.sync_fd >= 0) c.keep_fds.push_back(c.sync_fd);
  if (c.hello_fd >= 0) c.keep_fds.push_back(c.hello_fd);
  c.keep_fds.insert(c.keep_fds.end(), c.cgroup_fds.begin(), c.cgroup_fds.end());
  std::sort(c.keep_fds.begin(), c.keep_fds.end());
}

// Clones init and releases it once its ids are mapped. With a spawner (cgroup v1) init starts
// vfork-style on the spawner thread (start_init_vfork); otherwise it is a copy of the server.
Expected<InitProcess, Error> SandboxImpl::start_init(Slot& slot, RunPlan& plan, const Spec& spec,
                                                     std::size_t index, Channels& ch) {
  int flags =
      CLONE_NEWUSER | CLONE_NEWPID | CLONE_NEWNS | CLONE_NEWNET | CLONE_NEWIPC | CLONE_NEWUTS;
  if (!spec.network && slot.offline_netns) flags &= ~CLONE_NEWNET;  // the spawner's, see Slot
  if (slot.spawner) return start_init_vfork(slot, plan, flags, index, ch);
  // Exit signal 0: no SIGCHLD reaches the server, and waitpid(-1) elsewhere cannot reap init.
  int pidfd = -1;
  pid_t pid = -1;
  if (slot.cgroup && slot.cgroup->dir_fd() >= 0) {
    pid = clone_into_cgroup(flags, slot.cgroup->dir_fd(), &pidfd, init_main, &plan.child);
  } else {
    char* stack_top = slot.init_stack.data() + slot.init_stack.size();
    pid = ::clone(init_main, stack_top, flags | CLONE_PIDFD, &plan.child, &pidfd);
  }
  if (pid < 0) return fail(Errc::resource_failed, "clone: " + errno_text());
  InitProcess init(pid, UniqueFd{pidfd});
  if (auto mapped = map_user_namespace(pid, index, ch); !mapped) {
    return unexpected(mapped.error());  // ~InitProcess kills and reaps it
  }
  return init;
}

// Vfork start. A plain clone copies the server's page tables into init, write-protects every
// page of the server until init exits (each first write by any server thread is then a fault
// plus a TLB shootdown on the other cores) and unmaps the copy at exit: measured 1.5 ms of CPU
// per run and a fifth of the throughput. With CLONE_VM init runs in the server's memory on its
// own preallocated stack (it only makes system calls, see child.hpp), and the program (pid 2)
// gets a memory of its own at execve as before.
// CLONE_VFORK is what makes this safe: init sits in the slot's memory cgroup, and an OOM kill
// of a task kills every process sharing its memory, the server included; the kernel never
// picks a task whose parent waits for it in vfork (oom_badness: in_vfork). So the slot's
// spawner thread sleeps in clone() until init exits, and this thread learns init's pid from
// CLONE_PARENT_SETTID once init says hello on its pipe.
Expected<InitProcess, Error> SandboxImpl::start_init_vfork(Slot& slot, RunPlan& plan, int flags,
                                                           std::size_t index, Channels& ch) {
  slot.spawned_pid = 0;
  slot.spawn_errno = 0;
  const int hello_write = ch.hello.write.release();  // the job closes it once clone returns
  char* stack_top = slot.init_stack.data() + slot.init_stack.size();
  ChildPlan* child = &plan.child;
  Slot* s = &slot;
  // The mount namespace the box copies is chosen on every run, never inherited from the last:
  // a plan without pivot must start from the template's root and nothing else.
  const int mount_ns = plan.mounts.pivot ? slot.host_root_ns.get() : slot.template_ns.get();
  slot.spawner->start([s, child, stack_top, flags, hello_write, mount_ns] {
    if (mount_ns >= 0 && ::setns(mount_ns, CLONE_NEWNS) != 0) {
      s->spawn_errno = errno;
    } else if (::clone(init_main, stack_top, flags | CLONE_VM | CLONE_VFORK | CLONE_PARENT_SETTID,
                       child, &s->spawned_pid) < 0) {
      s->spawn_errno = errno;
    }
    ::close(hello_write);  // init's copy is gone too by now: the parent's read sees EOF
  });
  char byte = 0;
  pollfd wait{ch.hello.read.get(), POLLIN, 0};
  const bool said_hello =
      ::poll(&wait, 1, kInitStartTimeoutMs) == 1 && ::read(ch.hello.read.get(), &byte, 1) == 1;
  const pid_t pid = std::atomic_ref<pid_t>(slot.spawned_pid).load();
  UniqueFd pidfd{pid > 0 ? static_cast<int>(::syscall(SYS_pidfd_open, pid, 0)) : -1};
  if (!said_hello || !pidfd.valid()) {
    const int open_errno = errno;
    const bool had_pidfd = pidfd.valid();
    if (had_pidfd) {
      InitProcess doomed(pid, std::move(pidfd));  // kills and reaps it
    }
    ch.sync.write.reset();  // an init still to come (or not opened) finds no parent and exits
    slot.spawner->wait();   // clone has returned: spawned_pid and spawn_errno are final
    const pid_t late = slot.spawned_pid;
    if (!had_pidfd && late > 0) ::waitpid(late, nullptr, __WALL);
    const int err = had_pidfd || late <= 0 ? slot.spawn_errno : open_errno;
    return fail(Errc::resource_failed,
                "clone: " + (err != 0 ? errno_text(err) : std::string("init did not start")));
  }
  InitProcess init(pid, std::move(pidfd));
  if (auto mapped = map_user_namespace(pid, index, ch); !mapped) {
    return unexpected(mapped.error());  // ~InitProcess kills and reaps it
  }
  return init;
}

Expected<Unit, Error> write_proc_file(pid_t pid, const char* name, const std::string& text) {
  const std::string path = "/proc/" + std::to_string(pid) + "/" + name;
  UniqueFd fd{::open(path.c_str(), O_WRONLY | O_CLOEXEC)};
  if (!fd.valid() ||
      ::write(fd.get(), text.data(), text.size()) != static_cast<ssize_t>(text.size())) {
    return fail(Errc::resource_failed, "write " + path + ": " + errno_text());
  }
  return Unit{};
}

// The box's ids in its user namespace. Root mode: uid 0 inside is a distinct unprivileged host
// uid per slot (uid_base + slots + slot), the program's uid is uid_base + slot on both sides.
// Rootless: we may map only ourselves, so the program's uid is our own uid on the host.
std::string SandboxImpl::id_map(std::size_t index, std::uint32_t host_id) const {
  const std::uint32_t box_id = options_.uid_base + static_cast<std::uint32_t>(index);
  if (rootless_) return std::to_string(box_id) + " " + std::to_string(host_id) + " 1";
  const std::uint32_t admin = options_.uid_base + static_cast<std::uint32_t>(slots_.size() + index);
  return "0 " + std::to_string(admin) + " 1\n" + std::to_string(box_id) + " " +
         std::to_string(box_id) + " 1";
}

Expected<Unit, Error> SandboxImpl::map_user_namespace(pid_t init, std::size_t index, Channels& ch) {
  if (auto r = write_proc_file(init, "uid_map", id_map(index, host_uid_)); !r) return r;
  // Unprivileged writers must give up setgroups before mapping gids.
  if (rootless_) {
    if (auto r = write_proc_file(init, "setgroups", "deny"); !r) return r;
  }
  if (auto r = write_proc_file(init, "gid_map", id_map(index, host_gid_)); !r) return r;
  // Best effort: needs CAP_SYS_RESOURCE, which some container hosts withhold. Without it an OOM
  // may pick init (its RSS counts the server's shared pages); the verdict is memory_limit
  // either way, only artifacts are lost.
  const bool shielded = shield_init_from_oom() && oom_shield_works_.load() &&
                        write_proc_file(init, "oom_score_adj", kInitOomScoreAdj).has_value();
  if (shield_init_from_oom() && !shielded) oom_shield_works_.store(false);  // don't retry
  const char go = shielded ? kReleaseOomShielded : kReleasePlain;
  if (::write(ch.sync.write.get(), &go, 1) != 1) {
    return fail(Errc::resource_failed, "release init: " + errno_text());
  }
  // ch.sync.write stays open until the run ends: init's lifeline (see die_with_parent).
  return Unit{};
}

Expected<Result, Error> SandboxImpl::verdict(const Spec& spec, const Supervision& s, Slot& slot,
                                             Clock::time_point started) {
  RunFacts facts;
  facts.spec = &spec;
  facts.supervision = &s;
  facts.started = started;
  if (slot.cgroup) {
    auto stats = slot.cgroup->read_stats();
    if (!stats) return unexpected(stats.error());
    facts.cgroup = *stats;
  }
  return decide(facts);
}

Expected<Result, Error> SandboxImpl::run(const Spec& spec, std::size_t index,
                                         const OutputSink& sink) {
  auto slot = acquire(index);
  if (!slot) return unexpected(slot.error());
  SlotLease lease(*slot);
  if (auto r = validate(spec); !r) return unexpected(r.error());
  RunPlan plan;
  if (auto r = plan_run(spec, index, **slot, plan); !r) return unexpected(r.error());
  if (auto r = reset_cgroup(**slot, spec.limits); !r) return unexpected(r.error());
  auto ch = open_channels(spec, (*slot)->spawner != nullptr);
  if (!ch) return unexpected(ch.error());
  wire_channels(*ch, **slot, plan);

  const auto started = Clock::now();
  // Vfork start: the slot's spawner returns from clone() when init exits. Declared before init,
  // so that this waits only once init is reaped (or killed and reaped on an error path).
  SpawnerJoin join((*slot)->spawner.get());
  auto init = start_init(**slot, plan, spec, index, *ch);
  if (!init) return unexpected(init.error());
  // The children hold their own copies now; ours would keep the pipes open forever.
  ch->in.read.reset();
  ch->out.write.reset();
  ch->err.write.reset();
  ch->report.write.reset();
  ch->notify_child.reset();
  ch->sync.read.reset();

  SupervisedChannels sc{init->take_pidfd(),         std::move(ch->in.write),
                        std::move(ch->out.read),    std::move(ch->err.read),
                        std::move(ch->report.read), std::move(ch->notify_parent)};
  SuperviseInput si;
  si.stdin_data = &spec.stdin_data;
  si.stdin_stream_fd = spec.stdin_stream_fd;
  si.limits = &spec.limits;
  si.cgroup = (*slot)->cgroup ? &*(*slot)->cgroup : nullptr;
  si.policy = policy_for(policies_, spec.security_level, spec.network);
  si.sink = &sink;
  si.notif_size = notif_sizes_.seccomp_notif;
  si.notif_resp_size = notif_sizes_.seccomp_notif_resp;
  si.small_report = spec.collect.empty();
  si.started = started;
  const Supervision s = supervise(sc, si);
  if (sc.pidfd.valid()) {
    // The loop gave up on init (should not happen): kill and reap it before reusing the slot.
    InitProcess leftover(init->pid(), std::move(sc.pidfd));
    return fail(Errc::resource_failed, "box did not terminate");
  }
  return verdict(spec, s, **slot, started);
}

}  // namespace

Expected<std::unique_ptr<Sandbox>, Error> Sandbox::create(const Options& options) {
  auto impl = std::make_unique<SandboxImpl>(options);
  if (auto r = impl->init(); !r) return unexpected(r.error());
  return std::unique_ptr<Sandbox>(std::move(impl));
}

const char* to_string(Outcome o) {
  switch (o) {
    case Outcome::exited:
      return "exited";
    case Outcome::signaled:
      return "signaled";
    case Outcome::time_limit:
      return "time_limit";
    case Outcome::memory_limit:
      return "memory_limit";
    case Outcome::output_limit:
      return "output_limit";
  }
  return "unknown";
}

const char* to_string(Errc e) {
  switch (e) {
    case Errc::invalid_spec:
      return "invalid_spec";
    case Errc::setup_failed:
      return "setup_failed";
    case Errc::exec_failed:
      return "exec_failed";
    case Errc::resource_failed:
      return "resource_failed";
    case Errc::slot_busy:
      return "slot_busy";
  }
  return "unknown";
}

const char* to_string(SecurityLevel l) {
  switch (l) {
    case SecurityLevel::low:
      return "low";
    case SecurityLevel::medium:
      return "medium";
    case SecurityLevel::high:
      return "high";
  }
  return "unknown";
}

}  // namespace riemann::sandbox
