// init and program of the box. Async-signal-safe code only (see child.hpp).
#include "sandbox/child.hpp"

#include <fcntl.h>
#include <grp.h>
#include <linux/capability.h>
#include <linux/close_range.h>
#include <linux/openat2.h>
#include <net/if.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstring>

#include "sandbox/seccomp.hpp"

namespace riemann::sandbox {
namespace {

constexpr const char* kInitName = "riemann-init";  // comm: at most 15 characters
constexpr int kInitFailedExit = 120;     // init could not build the box (reported separately)
constexpr int kProgramFailedExit = 121;  // the program failed before execve (reported)
constexpr mode_t kBoxUmask = 022;
constexpr long kUsPerSecond = 1'000'000;
constexpr unsigned kAllFdsAbove = UINT_MAX;
constexpr unsigned kFirstNonStdioFd = 3;
constexpr std::uint64_t kDecimalBase = 10;

// Writes all of buf, retrying on EINTR and short writes.
bool write_all(int fd, const void* buf, std::size_t len) {
  const char* p = static_cast<const char*>(buf);
  while (len > 0) {
    const ssize_t n = ::write(fd, p, len);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    p += n;
    len -= static_cast<std::size_t>(n);
  }
  return true;
}

[[noreturn]] void fail(const ChildPlan& plan, ChildStep step, int detail, int exit_code) {
  ReportRecord r{};
  r.kind = ReportKind::step_failed;
  r.step = static_cast<std::int32_t>(step);
  r.error = errno;
  r.detail = detail;
  write_all(plan.report_fd, &r, sizeof(r));
  ::_exit(exit_code);
}

[[noreturn]] void init_fail(const ChildPlan& plan, ChildStep step, int detail = 0) {
  fail(plan, step, detail, kInitFailedExit);
}
[[noreturn]] void program_fail(const ChildPlan& plan, ChildStep step, int detail = 0) {
  fail(plan, step, detail, kProgramFailedExit);
}

// Closes every descriptor except plan.keep_fds (sorted): a concurrent run's fds, or anything
// the server opened, must not stay reachable from the box.
int close_other_fds(const ChildPlan& plan) {
  unsigned next = 0;
  for (int fd : plan.keep_fds) {
    const auto ufd = static_cast<unsigned>(fd);
    if (ufd > next && ::syscall(SYS_close_range, next, ufd - 1, 0) != 0) return -1;
    next = ufd + 1;
  }
  return static_cast<int>(::syscall(SYS_close_range, next, kAllFdsAbove, 0));
}

// The server's handlers and blocked signals must not leak into the box.
int reset_signals() {
  struct sigaction dfl {};
  dfl.sa_handler = SIG_DFL;
  for (int sig = 1; sig < NSIG; ++sig) {
    if (sig == SIGKILL || sig == SIGSTOP) continue;
    ::sigaction(sig, &dfl, nullptr);  // fails harmlessly for the signals glibc reserves
  }
  sigset_t none;
  sigemptyset(&none);
  return ::sigprocmask(SIG_SETMASK, &none, nullptr);
}

// Vfork start: the parent learns that init runs (and may read its pid) from this byte. A
// failure needs no report: the parent sees the pipe close without it and reports that.
void say_hello(const ChildPlan& plan) {
  if (plan.hello_fd < 0) return;
  const char byte = 1;
  while (::write(plan.hello_fd, &byte, 1) < 0 && errno == EINTR) {
  }
  ::close(plan.hello_fd);
}

int wait_for_parent(const ChildPlan& plan) {
  if (plan.sync_fd < 0) return 0;
  char byte = 0;
  ssize_t n;
  do {
    n = ::read(plan.sync_fd, &byte, 1);
  } while (n < 0 && errno == EINTR);
  plan.oom_shielded = n == 1 && byte == kReleaseOomShielded;
  if (n != 1) {
    errno = EPIPE;  // the parent gave up (or died) before mapping our ids
    return -1;
  }
  return 0;
}

// PR_SET_PDEATHSIG, then a look at the lifeline: the parent holds the sync pipe's write end for
// the whole run, so a hang-up means it died before the signal was armed.
int die_with_parent(const ChildPlan& plan) {
  if (::prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0) != 0) return -1;
  if (plan.sync_fd < 0) return 0;
  pollfd lifeline{plan.sync_fd, POLLIN, 0};
  const int ready = ::poll(&lifeline, 1, 0);
  ::close(plan.sync_fd);
  if (ready > 0 && (lifeline.revents & (POLLHUP | POLLERR)) != 0) {
    errno = EPIPE;
    return -1;
  }
  return 0;
}

// Behind seccomp, a second wall: user.max_user_namespaces is per user namespace and ours to
// set, so even a call seccomp let through could not create a nested user namespace (the usual
// first step of kernel exploits).
int forbid_nested_user_namespaces() {
  const int fd = ::open("/proc/sys/user/max_user_namespaces", O_WRONLY | O_CLOEXEC);
  if (fd < 0) return -1;
  const int rc = ::write(fd, "0", 1) == 1 ? 0 : -1;
  ::close(fd);
  return rc;
}

int bring_loopback_up() {
  const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
  if (fd < 0) return -1;
  ifreq ifr{};
  std::strncpy(ifr.ifr_name, "lo", IFNAMSIZ - 1);
  int rc = ::ioctl(fd, SIOCGIFFLAGS, &ifr);
  if (rc == 0) {
    ifr.ifr_flags = static_cast<short>(ifr.ifr_flags | IFF_UP | IFF_RUNNING);
    rc = ::ioctl(fd, SIOCSIFFLAGS, &ifr);
  }
  const int saved = errno;
  ::close(fd);
  errno = saved;
  return rc;
}

int drop_capability_bounding_set(int cap_last) {
  for (int cap = 0; cap <= cap_last; ++cap) {
    if (::prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) != 0 && errno != EINVAL) return -1;
  }
  // Also clear the ambient set: nothing may survive execve.
  return ::prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0);
}

int send_fd(int sock, int fd) {
  char dummy = 'L';
  iovec iov{&dummy, 1};
  alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int))] = {};
  msghdr msg{};
  msg.msg_iov = &iov;
  msg.msg_iovlen = 1;
  msg.msg_control = control;
  msg.msg_controllen = sizeof(control);
  cmsghdr* c = CMSG_FIRSTHDR(&msg);
  c->cmsg_level = SOL_SOCKET;
  c->cmsg_type = SCM_RIGHTS;
  c->cmsg_len = CMSG_LEN(sizeof(int));
  std::memcpy(CMSG_DATA(c), &fd, sizeof(int));
  return ::sendmsg(sock, &msg, MSG_NOSIGNAL) == 1 ? 0 : -1;
}

// Raw set*id calls: glibc's wrappers broadcast to the server's threads, which do not exist here.
int switch_ids(const ChildPlan& plan, ChildStep& step) {
  step = ChildStep::drop_groups;
  if (::syscall(SYS_setgroups, 0, nullptr) != 0) return -1;
  step = ChildStep::set_gid;
  if (::syscall(SYS_setresgid, plan.gid, plan.gid, plan.gid) != 0) return -1;
  step = ChildStep::set_uid;
  if (::syscall(SYS_setresuid, plan.uid, plan.uid, plan.uid) != 0) return -1;
  return 0;
}

// Root mode: init starts as the host's uid 0, which is unmapped in the new user namespace;
// it becomes the namespace's own root (a distinct unprivileged uid on the host) and drops the
// server's supplementary groups.
int become_namespace_root() {
  if (::syscall(SYS_setgroups, 0, nullptr) != 0) return -1;
  if (::syscall(SYS_setresgid, 0, 0, 0) != 0) return -1;
  return static_cast<int>(::syscall(SYS_setresuid, 0, 0, 0));
}

// The parent set init's oom_score_adj to -1000 so that an OOM in the slot cgroup kills the
// program, not the init that reports on it; the program goes back to the default.
int reset_oom_score() {
  const int fd = ::open("/proc/self/oom_score_adj", O_WRONLY | O_CLOEXEC);
  if (fd < 0) return -1;
  const int rc = ::write(fd, "0", 1) == 1 ? 0 : -1;
  ::close(fd);
  return rc;
}

constexpr std::uint64_t kSchedFlagKeepPolicy = 0x08;  // SCHED_FLAG_KEEP_POLICY (linux/sched.h)

struct SchedAttr {  // the kernel's struct sched_attr (glibc 2.36 has no declaration)
  std::uint32_t size;
  std::uint32_t sched_policy;
  std::uint64_t sched_flags;
  std::int32_t sched_nice;
  std::uint32_t sched_priority;
  std::uint64_t sched_runtime, sched_deadline, sched_period;
};

// A scheduling hint, not a limit: best effort (kernels before 6.12 ignore the runtime of a fair
// task), so unchecked. Policy and nice stay what the server's were; children inherit the slice.
void set_slice(std::uint64_t slice_ns) {
  SchedAttr attr{};
  attr.size = sizeof(attr);
  attr.sched_flags = kSchedFlagKeepPolicy;
  attr.sched_nice = ::getpriority(PRIO_PROCESS, 0);
  attr.sched_runtime = slice_ns;
  ::syscall(SYS_sched_setattr, 0, &attr, 0);
}

// pid 2: becomes the user's program. Runs on its own stack, sharing init's memory until execve.
int program_main(void* arg) {
  const ChildPlan& plan = *static_cast<const ChildPlan*>(arg);
  // A new session: no controlling terminal, so no TIOCSTI-style injection into anyone's tty.
  if (::setsid() < 0) program_fail(plan, ChildStep::new_session);
  for (int fd : plan.cgroup_fds) {
    if (::write(fd, "0", 1) != 1) program_fail(plan, ChildStep::join_cgroup);
  }
  if (plan.new_cgroup_ns && ::unshare(CLONE_NEWCGROUP) != 0) {
    program_fail(plan, ChildStep::cgroup_namespace);
  }
  if (::dup2(plan.stdin_fd, STDIN_FILENO) < 0 || ::dup2(plan.stdout_fd, STDOUT_FILENO) < 0 ||
      ::dup2(plan.stderr_fd, STDERR_FILENO) < 0) {
    program_fail(plan, ChildStep::stdio);
  }
  // Everything above stdio closes at execve; report and listener sockets stay usable until then.
  if (::syscall(SYS_close_range, kFirstNonStdioFd, kAllFdsAbove, CLOSE_RANGE_CLOEXEC) != 0) {
    program_fail(plan, ChildStep::close_on_exec);
  }
  if (plan.oom_shielded && reset_oom_score() != 0) program_fail(plan, ChildStep::oom_score);
  if (const int bad = apply_rlimits(plan.rlimits); bad != 0) {
    program_fail(plan, ChildStep::rlimits, bad);
  }
  if (plan.slice_ns != 0) set_slice(plan.slice_ns);
  if (drop_capability_bounding_set(plan.cap_last) != 0) {
    program_fail(plan, ChildStep::drop_capabilities);
  }
  if (plan.switch_ids) {
    ChildStep step = ChildStep::drop_groups;
    if (switch_ids(plan, step) != 0) program_fail(plan, step);
  }
  // No setuid binary or file capability can grant anything from here on.
  if (::prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) program_fail(plan, ChildStep::no_new_privs);
  if (plan.seccomp != nullptr) {
    const int listener = load_policy(*plan.seccomp, plan.seccomp_listener);
    if (listener < 0) program_fail(plan, ChildStep::seccomp);
    if (plan.seccomp_listener) {
      if (send_fd(plan.notify_fd, listener) != 0) program_fail(plan, ChildStep::send_listener);
      ::close(listener);
    }
  }
  ::execve(plan.exec_path, plan.argv.data(), plan.envp.data());
  program_fail(plan, ChildStep::execve);
}

void close_program_fds(const ChildPlan& plan) {
  ::close(plan.stdin_fd);
  ::close(plan.stdout_fd);
  ::close(plan.stderr_fd);
  if (plan.notify_fd >= 0) ::close(plan.notify_fd);
  for (int fd : plan.cgroup_fds) ::close(fd);
}

// Waits for the program; reaps orphans re-parented to us on the way.
int wait_program(pid_t program) {
  for (;;) {
    int status = 0;
    const pid_t pid = ::wait4(-1, &status, __WALL, nullptr);
    if (pid == program) return status;
    if (pid < 0 && errno != EINTR) return -1;
  }
}

// Daemons and double forks die here: pid 1 may signal everything in its namespace.
void kill_everything_else() {
  ::kill(-1, SIGKILL);
  while (::wait4(-1, nullptr, __WALL, nullptr) > 0 || errno == EINTR) {
  }
}

void send_artifact(const ChildPlan& plan, int dir, std::uint32_t index) {
  // Beneath the work dir, no symlink anywhere on the path, no mount crossing, no FIFO blocking:
  // whatever the program planted, we read a regular file of its own tmpfs or nothing.
  open_how how{};
  how.flags = O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC;
  how.resolve = RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS | RESOLVE_NO_MAGICLINKS | RESOLVE_NO_XDEV;
  const int fd =
      static_cast<int>(::syscall(SYS_openat2, dir, plan.collect[index], &how, sizeof(how)));
  if (fd < 0) return;
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    ::close(fd);
    return;
  }
  ReportRecord r{};
  r.kind = ReportKind::artifact;
  r.index = index;
  r.size = std::min<std::uint64_t>(static_cast<std::uint64_t>(st.st_size), plan.collect_max_bytes);
  write_all(plan.report_fd, &r, sizeof(r));
  std::uint64_t left = r.size;
  while (left > 0) {
    const std::size_t want =
        static_cast<std::size_t>(std::min<std::uint64_t>(left, plan.io_buffer_size));
    ssize_t n = ::read(fd, plan.io_buffer, want);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {  // cannot happen (nothing runs in the box any more); keep the framing intact
      std::memset(plan.io_buffer, 0, want);
      n = static_cast<ssize_t>(want);
    }
    write_all(plan.report_fd, plan.io_buffer, static_cast<std::size_t>(n));
    left -= static_cast<std::uint64_t>(n);
  }
  ::close(fd);
}

void send_artifacts(const ChildPlan& plan) {
  if (plan.collect.empty()) return;
  const int dir =
      ::open(plan.mounts->work_dir.c_str(), O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  if (dir < 0) return;
  for (std::uint32_t i = 0; i < plan.collect.size(); ++i) send_artifact(plan, dir, i);
  ::close(dir);
}

// Bytes received on "lo" (= bytes sent, on a loopback) from /proc/net/dev of the box's own
// network namespace; 0 when it cannot be read.
std::uint64_t loopback_bytes(const ChildPlan& plan) {
  const int fd = ::open("/proc/net/dev", O_RDONLY | O_CLOEXEC);
  if (fd < 0) return 0;
  const ssize_t n = ::read(fd, plan.io_buffer, plan.io_buffer_size - 1);
  ::close(fd);
  if (n <= 0) return 0;
  plan.io_buffer[n] = '\0';
  const char* p = std::strstr(plan.io_buffer, "lo:");
  if (p == nullptr) return 0;
  p += std::strlen("lo:");
  while (*p == ' ') ++p;
  std::uint64_t bytes = 0;
  for (; *p >= '0' && *p <= '9'; ++p)
    bytes = bytes * kDecimalBase + static_cast<unsigned>(*p - '0');
  return bytes;
}

void send_status(const ChildPlan& plan, int wait_status) {
  rusage ru{};
  ::getrusage(RUSAGE_CHILDREN, &ru);
  ReportRecord r{};
  r.kind = ReportKind::status;
  r.wait_status = wait_status;
  r.user_us = ru.ru_utime.tv_sec * kUsPerSecond + ru.ru_utime.tv_usec;
  r.system_us = ru.ru_stime.tv_sec * kUsPerSecond + ru.ru_stime.tv_usec;
  r.max_rss_kb = ru.ru_maxrss;
  r.network_bytes = plan.loopback_up ? loopback_bytes(plan) : 0;
  write_all(plan.report_fd, &r, sizeof(r));
}

}  // namespace

const char* to_string(ChildStep step) {
  switch (step) {
    case ChildStep::close_fds:
      return "close inherited descriptors";
    case ChildStep::reset_signals:
      return "reset signal handlers";
    case ChildStep::parent_death_signal:
      return "set parent-death signal";
    case ChildStep::wait_for_parent:
      return "wait for the parent";
    case ChildStep::become_namespace_root:
      return "become root of the user namespace";
    case ChildStep::no_nested_user_namespaces:
      return "forbid nested user namespaces";
    case ChildStep::hostname:
      return "set host name";
    case ChildStep::mounts:
      return "build the root file system";
    case ChildStep::loopback:
      return "bring up loopback";
    case ChildStep::files:
      return "write the program's files";
    case ChildStep::pivot_root:
      return "pivot_root";
    case ChildStep::spawn_program:
      return "start the program process";
    case ChildStep::new_session:
      return "setsid";
    case ChildStep::join_cgroup:
      return "join the slot cgroup";
    case ChildStep::cgroup_namespace:
      return "new cgroup namespace";
    case ChildStep::stdio:
      return "set up stdin/stdout/stderr";
    case ChildStep::close_on_exec:
      return "mark descriptors close-on-exec";
    case ChildStep::oom_score:
      return "reset oom_score_adj";
    case ChildStep::rlimits:
      return "set rlimits";
    case ChildStep::drop_capabilities:
      return "drop capabilities";
    case ChildStep::drop_groups:
      return "drop supplementary groups";
    case ChildStep::set_gid:
      return "set gid";
    case ChildStep::set_uid:
      return "set uid";
    case ChildStep::no_new_privs:
      return "set no_new_privs";
    case ChildStep::seccomp:
      return "load the seccomp filter";
    case ChildStep::send_listener:
      return "hand the seccomp listener to the supervisor";
    case ChildStep::execve:
      return "execve";
  }
  return "unknown step";
}

int init_main(void* arg) {
  const ChildPlan& plan = *static_cast<const ChildPlan*>(arg);
  say_hello(plan);
  ::prctl(PR_SET_NAME, kInitName, 0, 0, 0);  // a name of its own in ps (cosmetic: unchecked)
  if (close_other_fds(plan) != 0) init_fail(plan, ChildStep::close_fds);
  if (reset_signals() != 0) init_fail(plan, ChildStep::reset_signals);
  if (wait_for_parent(plan) != 0) init_fail(plan, ChildStep::wait_for_parent);
  if (plan.become_root && become_namespace_root() != 0) {
    init_fail(plan, ChildStep::become_namespace_root);
  }
  // If the server dies, so does the box (and with init, every process in it). Set after the
  // last credential change, which would clear it.
  if (die_with_parent(plan) != 0) init_fail(plan, ChildStep::parent_death_signal);
  if (forbid_nested_user_namespaces() != 0) {
    init_fail(plan, ChildStep::no_nested_user_namespaces);
  }
  ::umask(kBoxUmask);
  if (::sethostname(plan.hostname, std::strlen(plan.hostname)) != 0) {
    init_fail(plan, ChildStep::hostname);
  }
  if (const int bad = apply_mounts(*plan.mounts); bad != 0) init_fail(plan, ChildStep::mounts, bad);
  if (plan.loopback_up && bring_loopback_up() != 0) init_fail(plan, ChildStep::loopback);
  if (const int bad = write_files(*plan.mounts); bad != 0) init_fail(plan, ChildStep::files, bad);
  if (const int bad = enter_root(*plan.mounts); bad != 0) {
    init_fail(plan, ChildStep::pivot_root, bad);
  }

  char* stack_top = plan.program_stack + plan.program_stack_size;
  const pid_t program = ::clone(program_main, stack_top, CLONE_VM | CLONE_VFORK | SIGCHLD,
                                const_cast<ChildPlan*>(&plan));
  if (program < 0) init_fail(plan, ChildStep::spawn_program);
  close_program_fds(plan);

  const int status = wait_program(program);
  kill_everything_else();
  // Reading artifacts needs no privilege: become the program's ids first (root mode).
  if (plan.switch_ids) {
    ChildStep step = ChildStep::drop_groups;
    if (switch_ids(plan, step) != 0) init_fail(plan, step);
  }
  send_artifacts(plan);
  send_status(plan, status);
  ::_exit(0);
}

}  // namespace riemann::sandbox
