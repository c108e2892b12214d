// seccomp policies (low, medium, high) as data, compiled with libseccomp. See seccomp.hpp.
#include "sandbox/seccomp.hpp"

#include <linux/seccomp.h>
#include <sched.h>
#include <seccomp.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/personality.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <memory>

#include "sandbox/fd.hpp"

namespace riemann::sandbox {
namespace {

enum class Act : std::uint8_t {
  block,   // SECCOMP_RET_USER_NOTIF; the supervisor answers EPERM and records "blocked"
  kill,    // SECCOMP_RET_USER_NOTIF; the supervisor kills the box and records "killed"
  enosys,  // SECCOMP_RET_ERRNO(ENOSYS), not reported (an expected probe with a fallback)
  allow,   // SECCOMP_RET_ALLOW (allowlist policy only)
};

enum class Cond : std::uint8_t {
  none,
  arg0_eq32,   // (arg0 & 0xffffffff) == value: int arguments (the kernel ignores high bits)
  arg1_eq32,   // (arg1 & 0xffffffff) == value
  arg0_bits,   // (arg0 & value) == value
  arg0_clear,  // (arg0 & value) == 0
};

struct Rule {
  const char* syscall;
  Act act;
  Cond cond;
  std::uint64_t value;
  const char* why;
};

constexpr std::uint64_t kLow32 = 0xffffffffull;
// Namespace flags a clone() may carry. CLONE_NEWTIME overlaps the exit-signal byte of clone().
constexpr std::uint64_t kCloneNamespaceFlags = CLONE_NEWNS | CLONE_NEWCGROUP | CLONE_NEWUTS |
                                               CLONE_NEWIPC | CLONE_NEWUSER | CLONE_NEWPID |
                                               CLONE_NEWNET;
constexpr int kAddressFamilies = AF_MAX;
// libseccomp SCMP_FLTATR_CTL_OPTIMIZE level 2: syscall numbers sorted into a binary tree.
constexpr std::uint32_t kBinaryTreeOptimize = 2;

// Refused at every level: kernel attack surface or host-wide state a program never needs.
// In the high (allowlist) policy these are not listed, and calling one kills the box.
constexpr Rule kDangerous[] = {
    {"ptrace", Act::block, Cond::none, 0, "reads and writes other processes' memory"},
    {"process_vm_readv", Act::block, Cond::none, 0, "ptrace-like read of another process"},
    {"process_vm_writev", Act::block, Cond::none, 0, "ptrace-like write to another process"},
    {"kcmp", Act::block, Cond::none, 0, "compares kernel objects of other processes"},
    {"pidfd_getfd", Act::block, Cond::none, 0, "steals file descriptors of other processes"},
    {"bpf", Act::block, Cond::none, 0, "eBPF verifier and JIT are a frequent exploit vector"},
    {"perf_event_open", Act::block, Cond::none, 0, "frequent exploit vector; leaks addresses"},
    {"userfaultfd", Act::block, Cond::none, 0, "lets exploits stall the kernel inside races"},
    {"io_uring_setup", Act::block, Cond::none, 0, "io_uring ops bypass seccomp; many CVEs"},
    {"io_uring_enter", Act::block, Cond::none, 0, "io_uring ops bypass seccomp; many CVEs"},
    {"io_uring_register", Act::block, Cond::none, 0, "io_uring ops bypass seccomp; many CVEs"},
    {"keyctl", Act::block, Cond::none, 0, "kernel keyrings are not namespaced"},
    {"add_key", Act::block, Cond::none, 0, "kernel keyrings are not namespaced"},
    {"request_key", Act::block, Cond::none, 0, "kernel keyrings are not namespaced"},
    {"kexec_load", Act::block, Cond::none, 0, "replaces the running kernel"},
    {"kexec_file_load", Act::block, Cond::none, 0, "replaces the running kernel"},
    {"init_module", Act::block, Cond::none, 0, "loads code into the kernel"},
    {"finit_module", Act::block, Cond::none, 0, "loads code into the kernel"},
    {"delete_module", Act::block, Cond::none, 0, "unloads kernel code"},
    {"reboot", Act::block, Cond::none, 0, "host-wide"},
    {"swapon", Act::block, Cond::none, 0, "host-wide"},
    {"swapoff", Act::block, Cond::none, 0, "host-wide"},
    {"acct", Act::block, Cond::none, 0, "host-wide process accounting"},
    {"iopl", Act::block, Cond::none, 0, "direct hardware port access"},
    {"ioperm", Act::block, Cond::none, 0, "direct hardware port access"},
    {"syslog", Act::block, Cond::none, 0, "the kernel log leaks addresses"},
    {"quotactl", Act::block, Cond::none, 0, "host file system quotas"},
    {"lookup_dcookie", Act::block, Cond::none, 0, "profiling interface; leaks paths"},
    {"open_by_handle_at", Act::block, Cond::none, 0, "bypasses the mount namespace (Shocker)"},
    {"name_to_handle_at", Act::block, Cond::none, 0, "the other half of open_by_handle_at"},
    {"settimeofday", Act::block, Cond::none, 0, "the clock is host-wide"},
    {"clock_settime", Act::block, Cond::none, 0, "the clock is host-wide"},
    {"clock_adjtime", Act::block, Cond::none, 0, "the clock is host-wide"},
    {"adjtimex", Act::block, Cond::none, 0, "the clock is host-wide"},
    {"mount", Act::block, Cond::none, 0, "the box's file system is fixed"},
    {"umount2", Act::block, Cond::none, 0, "would uncover what the box hides"},
    {"pivot_root", Act::block, Cond::none, 0, "the box's root is fixed"},
    {"chroot", Act::block, Cond::none, 0, "a classic step of root escapes"},
    {"move_mount", Act::block, Cond::none, 0, "new mount API: the file system is fixed"},
    {"open_tree", Act::block, Cond::none, 0, "new mount API: the file system is fixed"},
    {"fsopen", Act::block, Cond::none, 0, "new mount API: the file system is fixed"},
    {"fsconfig", Act::block, Cond::none, 0, "new mount API: the file system is fixed"},
    {"fsmount", Act::block, Cond::none, 0, "new mount API: the file system is fixed"},
    {"fspick", Act::block, Cond::none, 0, "new mount API: the file system is fixed"},
    {"mount_setattr", Act::block, Cond::none, 0, "new mount API: the file system is fixed"},
    {"unshare", Act::block, Cond::none, 0, "new namespaces (user ns) widen kernel attack surface"},
    {"setns", Act::block, Cond::none, 0, "joining namespaces is an escape route"},
    {"sethostname", Act::block, Cond::none, 0, "no program needs it"},
    {"setdomainname", Act::block, Cond::none, 0, "no program needs it"},
    {"vhangup", Act::block, Cond::none, 0, "terminal hijacking"},
    {"uselib", Act::block, Cond::none, 0, "obsolete a.out loader"},
};

// Argument-dependent refusals of the denylist policies (low, medium).
constexpr Rule kDenyConditional[] = {
    {"clone", Act::block, Cond::arg0_bits, CLONE_NEWNS, "no new mount namespace"},
    {"clone", Act::block, Cond::arg0_bits, CLONE_NEWCGROUP, "no new cgroup namespace"},
    {"clone", Act::block, Cond::arg0_bits, CLONE_NEWUTS, "no new uts namespace"},
    {"clone", Act::block, Cond::arg0_bits, CLONE_NEWIPC, "no new ipc namespace"},
    {"clone", Act::block, Cond::arg0_bits, CLONE_NEWUSER, "no user namespace (attack surface)"},
    {"clone", Act::block, Cond::arg0_bits, CLONE_NEWPID, "no new pid namespace"},
    {"clone", Act::block, Cond::arg0_bits, CLONE_NEWNET, "no new network namespace"},
    {"ioctl", Act::block, Cond::arg1_eq32, TIOCSTI, "injects input into a terminal"},
    {"ioctl", Act::block, Cond::arg1_eq32, TIOCLINUX, "console control; can inject input"},
    {"socket", Act::block, Cond::arg0_eq32, AF_VSOCK, "talks to the hypervisor host"},
    {"socket", Act::block, Cond::arg0_eq32, AF_PACKET, "raw frames; no program needs them"},
};

// Refused whatever the level: clone3 passes its flags in memory that seccomp cannot read, so it
// cannot be filtered for namespace flags; ENOSYS makes glibc fall back to the filterable clone.
constexpr Rule kClone3 = {"clone3", Act::enosys, Cond::none, 0, "flags unreadable by seccomp"};

// Extra refusals of the medium level.
constexpr Rule kMediumExtra[] = {
    {"personality", Act::block, Cond::arg0_bits, ADDR_NO_RANDOMIZE, "would disable ASLR"},
    {"personality", Act::block, Cond::arg0_bits, READ_IMPLIES_EXEC, "makes data executable"},
};

// The high level's allowlist: what the supported runtimes (python, bash, node, JVM, Go) use.
constexpr const char* kAllowed[] = {
    "read",
    "write",
    "readv",
    "writev",
    "pread64",
    "pwrite64",
    "preadv",
    "pwritev",
    "preadv2",
    "pwritev2",
    "open",
    "openat",
    "openat2",
    "close",
    "close_range",
    "creat",
    "stat",
    "fstat",
    "lstat",
    "newfstatat",
    "statx",
    "statfs",
    "fstatfs",
    "access",
    "faccessat",
    "faccessat2",
    "lseek",
    "getdents",
    "getdents64",
    "readlink",
    "readlinkat",
    "getcwd",
    "chdir",
    "fchdir",
    "rename",
    "renameat",
    "renameat2",
    "mkdir",
    "mkdirat",
    "rmdir",
    "link",
    "linkat",
    "unlink",
    "unlinkat",
    "symlink",
    "symlinkat",
    "chmod",
    "fchmod",
    "fchmodat",
    "chown",
    "fchown",
    "lchown",
    "fchownat",
    "umask",
    "truncate",
    "ftruncate",
    "fallocate",
    "fsync",
    "fdatasync",
    "sync_file_range",
    "fadvise64",
    "flock",
    "fcntl",
    "dup",
    "dup2",
    "dup3",
    "pipe",
    "pipe2",
    "sendfile",
    "splice",
    "tee",
    "copy_file_range",
    "utime",
    "utimes",
    "utimensat",
    "futimesat",
    "getxattr",
    "lgetxattr",
    "fgetxattr",
    "listxattr",
    "llistxattr",
    "flistxattr",
    "mmap",
    "munmap",
    "mprotect",
    "mremap",
    "msync",
    "mincore",
    "madvise",
    "brk",
    "mlock",
    "munlock",
    "membarrier",
    "memfd_create",
    "poll",
    "ppoll",
    "select",
    "pselect6",
    "epoll_create",
    "epoll_create1",
    "epoll_ctl",
    "epoll_wait",
    "epoll_pwait",
    "epoll_pwait2",
    "eventfd",
    "eventfd2",
    "timerfd_create",
    "timerfd_settime",
    "timerfd_gettime",
    "signalfd",
    "signalfd4",
    "inotify_init",
    "inotify_init1",
    "inotify_add_watch",
    "inotify_rm_watch",
    "rt_sigaction",
    "rt_sigprocmask",
    "rt_sigreturn",
    "rt_sigpending",
    "rt_sigtimedwait",
    "rt_sigsuspend",
    "rt_sigqueueinfo",
    "rt_tgsigqueueinfo",
    "sigaltstack",
    "kill",
    "tkill",
    "tgkill",
    "pause",
    "nanosleep",
    "clock_nanosleep",
    "clock_gettime",
    "clock_getres",
    "gettimeofday",
    "time",
    "alarm",
    "getitimer",
    "setitimer",
    "timer_create",
    "timer_settime",
    "timer_gettime",
    "timer_getoverrun",
    "timer_delete",
    "times",
    "fork",
    "vfork",
    "execve",
    "execveat",
    "exit",
    "exit_group",
    "wait4",
    "waitid",
    "getpid",
    "getppid",
    "gettid",
    "getpgrp",
    "getpgid",
    "setpgid",
    "getsid",
    "setsid",
    "getuid",
    "geteuid",
    "getgid",
    "getegid",
    "getresuid",
    "getresgid",
    "getgroups",
    "getrlimit",
    "setrlimit",
    "prlimit64",
    "getrusage",
    "sysinfo",
    "uname",
    "getpriority",
    "setpriority",
    "sched_yield",
    "sched_getaffinity",
    "sched_setaffinity",
    "sched_getparam",
    "sched_getscheduler",
    "sched_get_priority_max",
    "sched_get_priority_min",
    "futex",
    "futex_waitv",
    "set_robust_list",
    "get_robust_list",
    "set_tid_address",
    "arch_prctl",
    "prctl",
    "rseq",
    "getrandom",
    "restart_syscall",
    "pidfd_open",
    "pidfd_send_signal",
    "getcpu",
    "socketpair",
    "connect",
    "accept",
    "accept4",
    "bind",
    "listen",
    "sendto",
    "recvfrom",
    "sendmsg",
    "recvmsg",
    "sendmmsg",
    "recvmmsg",
    "shutdown",
    "getsockname",
    "getpeername",
    "setsockopt",
    "getsockopt",
};

// ioctl requests the allowlist lets through: terminal queries and fd flags, nothing that writes
// to a terminal.
constexpr std::uint64_t kAllowedIoctls[] = {TCGETS,  TIOCGWINSZ, TIOCGPGRP, FIONREAD,
                                            FIONBIO, FIOCLEX,    FIONCLEX,  FIOASYNC};

struct FilterDeleter {
  void operator()(void* ctx) const { seccomp_release(ctx); }
};
using FilterCtx = std::unique_ptr<void, FilterDeleter>;

std::uint32_t action_of(Act act) {
  switch (act) {
    case Act::block:
    case Act::kill:
      return SCMP_ACT_NOTIFY;
    case Act::enosys:
      return SCMP_ACT_ERRNO(ENOSYS);
    case Act::allow:
      return SCMP_ACT_ALLOW;
  }
  return SCMP_ACT_KILL_PROCESS;
}

const char* action_name(Act act) {
  switch (act) {
    case Act::block:
      return "blocked (EPERM, reported)";
    case Act::kill:
      return "killed (reported)";
    case Act::enosys:
      return "ENOSYS (not reported)";
    case Act::allow:
      return "allowed";
  }
  return "?";
}

// The rules of a level, in order; the high level also lists its conditional allows.
std::vector<Rule> rules_of(SecurityLevel level, bool network) {
  std::vector<Rule> rules;
  rules.push_back(kClone3);
  if (level == SecurityLevel::high) {
    for (const char* name : kAllowed) {
      rules.push_back({name, Act::allow, Cond::none, 0, "used by the supported runtimes"});
    }
    rules.push_back({"clone", Act::allow, Cond::arg0_clear, kCloneNamespaceFlags,
                     "threads and processes, but no namespaces"});
    for (std::uint64_t req : kAllowedIoctls) {
      rules.push_back({"ioctl", Act::allow, Cond::arg1_eq32, req, "terminal query / fd flag"});
    }
    rules.push_back({"socket", Act::allow, Cond::arg0_eq32, AF_UNIX, "local IPC only"});
    if (network) {
      rules.push_back({"socket", Act::allow, Cond::arg0_eq32, AF_INET, "network: true"});
      rules.push_back({"socket", Act::allow, Cond::arg0_eq32, AF_INET6, "network: true"});
      rules.push_back(
          {"socket", Act::allow, Cond::arg0_eq32, AF_NETLINK, "getaddrinfo asks for routes"});
    }
    for (const Rule& r : kDangerous)
      rules.push_back({r.syscall, Act::kill, r.cond, r.value, r.why});
    return rules;
  }
  for (const Rule& r : kDangerous) rules.push_back(r);
  for (const Rule& r : kDenyConditional) rules.push_back(r);
  if (!network) {
    rules.push_back({"socket", Act::block, Cond::arg0_eq32, AF_INET, "network off: no IPv4"});
    rules.push_back({"socket", Act::block, Cond::arg0_eq32, AF_INET6, "network off: no IPv6"});
  }
  if (level == SecurityLevel::medium) {
    for (const Rule& r : kMediumExtra) rules.push_back(r);
    // Only local, IP and netlink sockets: every other family is rarely used kernel code.
    for (int family = 0; family < kAddressFamilies; ++family) {
      if (family == AF_UNIX || family == AF_INET || family == AF_INET6 || family == AF_NETLINK ||
          family == AF_VSOCK || family == AF_PACKET) {
        continue;
      }
      rules.push_back({"socket", Act::block, Cond::arg0_eq32, static_cast<std::uint64_t>(family),
                       "rare socket family: unneeded kernel attack surface"});
    }
  }
  return rules;
}

int add_rule(void* ctx, const Rule& r, int nr) {
  const std::uint32_t action = action_of(r.act);
  switch (r.cond) {
    case Cond::none:
      return seccomp_rule_add(ctx, action, nr, 0);
    case Cond::arg0_eq32:
      return seccomp_rule_add(ctx, action, nr, 1, SCMP_A0(SCMP_CMP_MASKED_EQ, kLow32, r.value));
    case Cond::arg1_eq32:
      return seccomp_rule_add(ctx, action, nr, 1, SCMP_A1(SCMP_CMP_MASKED_EQ, kLow32, r.value));
    case Cond::arg0_bits:
      return seccomp_rule_add(ctx, action, nr, 1, SCMP_A0(SCMP_CMP_MASKED_EQ, r.value, r.value));
    case Cond::arg0_clear:
      return seccomp_rule_add(ctx, action, nr, 1, SCMP_A0(SCMP_CMP_MASKED_EQ, r.value, 0));
  }
  return -EINVAL;
}

Unexpected<Error> seccomp_error(const std::string& what, int rc) {
  return unexpected(Error{Errc::resource_failed, "seccomp: " + what + ": " + std::strerror(-rc)});
}

// libseccomp 2.5 exports only to an fd: a memfd keeps it in memory.
Expected<std::vector<sock_filter>, Error> export_bpf(void* ctx) {
  UniqueFd fd{::memfd_create("riemann-seccomp", MFD_CLOEXEC)};
  if (!fd.valid()) return seccomp_error("memfd_create", -errno);
  if (int rc = seccomp_export_bpf(ctx, fd.get()); rc != 0) return seccomp_error("export", rc);
  const off_t size = ::lseek(fd.get(), 0, SEEK_END);
  if (size <= 0 || size % static_cast<off_t>(sizeof(sock_filter)) != 0) {
    return seccomp_error("export size", -EINVAL);
  }
  std::vector<sock_filter> prog(static_cast<std::size_t>(size) / sizeof(sock_filter));
  if (::pread(fd.get(), prog.data(), static_cast<std::size_t>(size), 0) != size) {
    return seccomp_error("read back", -EIO);
  }
  return prog;
}

}  // namespace

Expected<CompiledPolicy, Error> compile_policy(SecurityLevel level, bool network) {
  const std::uint32_t default_action =
      level == SecurityLevel::high ? SCMP_ACT_NOTIFY : SCMP_ACT_ALLOW;
  FilterCtx ctx{seccomp_init(default_action)};
  if (!ctx) return seccomp_error("init", -ENOMEM);
  // Another ABI (i386, x32) would get different syscall numbers past the rules: kill.
  if (int rc = seccomp_attr_set(ctx.get(), SCMP_FLTATR_ACT_BADARCH, SCMP_ACT_KILL_PROCESS);
      rc != 0) {
    return seccomp_error("badarch", rc);
  }
  // A binary tree of syscall numbers instead of libseccomp's default linear chain. Why: at
  // every load the kernel emulates the filter once per syscall number to build its allow cache
  // (seccomp_cache_prepare, with interrupts off); through a 152-instruction chain that was
  // ~85 us of each run's ~170 us fork+load+exit. The tree also shortens every checked call.
  if (int rc = seccomp_attr_set(ctx.get(), SCMP_FLTATR_CTL_OPTIMIZE, kBinaryTreeOptimize);
      rc != 0) {
    return seccomp_error("optimize", rc);
  }
  // We set no_new_privs ourselves, right before loading.
  if (int rc = seccomp_attr_set(ctx.get(), SCMP_FLTATR_CTL_NNP, 0); rc != 0) {
    return seccomp_error("nnp", rc);
  }
  CompiledPolicy policy;
  policy.level = level;
  policy.network = network;
  for (const Rule& r : rules_of(level, network)) {
    const int nr = seccomp_syscall_resolve_name(r.syscall);
    if (nr == __NR_SCMP_ERROR) continue;  // unknown on this kernel/arch: nothing to filter
    if (r.act == Act::kill) {
      policy.refusals[nr] = Refusal::kill;  // the high default action already notifies
      continue;
    }
    if (int rc = add_rule(ctx.get(), r, nr); rc != 0) {
      return seccomp_error(std::string("rule ") + r.syscall, rc);
    }
  }
  auto bpf = export_bpf(ctx.get());
  if (!bpf) return unexpected(bpf.error());
  policy.bpf = std::move(*bpf);
  return policy;
}

std::vector<RuleDoc> describe_policy(SecurityLevel level, bool network) {
  std::vector<RuleDoc> docs;
  for (const Rule& r : rules_of(level, network)) {
    docs.push_back({r.syscall, action_name(r.act), r.why});
  }
  return docs;
}

std::string syscall_name(int nr) {
  char* name = seccomp_syscall_resolve_num_arch(SCMP_ARCH_NATIVE, nr);
  if (name == nullptr) return "syscall_" + std::to_string(nr);
  std::string out{name};
  std::free(name);  // NOLINT: libseccomp hands out malloc'd memory
  return out;
}

int load_policy(const sock_fprog& prog, bool want_listener) {
  const unsigned flags = want_listener ? SECCOMP_FILTER_FLAG_NEW_LISTENER : 0;
  const long rc = ::syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, flags, &prog);
  if (rc < 0) return -1;
  return want_listener ? static_cast<int>(rc) : 0;
}

}  // namespace riemann::sandbox
