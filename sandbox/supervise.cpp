// The supervising poll loop. See supervise.hpp.
#include "sandbox/supervise.hpp"

#include <fcntl.h>
#include <linux/seccomp.h>
#include <poll.h>
#include <pthread.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <vector>

namespace riemann::sandbox {
namespace {

using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;

// How often the tree's CPU time is read from the cgroup while the program runs.
constexpr milliseconds kCpuPollInterval{50};
// After init exits, every writer is dead; this only bounds a kernel that is slow to close pipes.
constexpr milliseconds kDrainTimeout{2000};
constexpr std::size_t kReadChunkBytes = 64 * 1024;
constexpr std::size_t kStdinChunkBytes = 64 * 1024;
constexpr std::int64_t kNsPerMs = 1'000'000;

// SIGPIPE from writing stdin to a program that exited must not reach the server: block it in
// this thread for the run and swallow a pending one afterwards.
class SigpipeGuard {
 public:
  SigpipeGuard() {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGPIPE);
    pthread_sigmask(SIG_BLOCK, &set, &old_);
  }
  ~SigpipeGuard() {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGPIPE);
    const timespec zero{0, 0};
    while (sigtimedwait(&set, nullptr, &zero) > 0) {
    }
    pthread_sigmask(SIG_SETMASK, &old_, nullptr);
  }
  SigpipeGuard(const SigpipeGuard&) = delete;
  SigpipeGuard& operator=(const SigpipeGuard&) = delete;

 private:
  sigset_t old_{};
};

class Loop {
 public:
  Loop(SupervisedChannels& ch, const SuperviseInput& in) : ch_(ch), in_(in) {
    deadline_ = in.started + in.limits->wall_time;
    notif_buf_.resize(std::max(in.notif_size, sizeof(seccomp_notif)));
    resp_buf_.resize(std::max(in.notif_resp_size, sizeof(seccomp_notif_resp)));
    stream_open_ = in.stdin_stream_fd >= 0;
    if ((in.stdin_data == nullptr || in.stdin_data->empty()) && !stream_open_) ch_.stdin_w.reset();
    quiet_output_ = output_fits_pipes();
    quiet_report_ = in.small_report;
  }

  Supervision run() {
    while (!finished()) {
      std::array<pollfd, 8> fds{};
      std::size_t n = 0;
      const auto add = [&](const UniqueFd& fd, short events) {
        if (fd.valid()) fds[n++] = pollfd{fd.get(), events, 0};
      };
      add(ch_.pidfd, POLLIN);
      // stdin: write while there is something to write; read live input only when the buffer
      // is empty (so a fast client cannot make us buffer without bound).
      if (ch_.stdin_w.valid() && stdin_pending()) add(ch_.stdin_w, POLLOUT);
      if (ch_.stdin_w.valid() && stream_open_ && !stdin_pending()) {
        fds[n++] = pollfd{in_.stdin_stream_fd, POLLIN, 0};
      }
      if (!quiet_output_) {
        add(ch_.stdout_r, POLLIN);
        add(ch_.stderr_r, POLLIN);
      }
      // A quiet report is polled for nothing: POLLHUP/POLLERR still wake the loop if init's
      // end of the pipe goes away (init exited) before init's pidfd says so.
      add(ch_.report_r, quiet_report_ ? 0 : POLLIN);
      add(ch_.notify_r, POLLIN);
      add(listener_, POLLIN);
      const int rc = ::poll(fds.data(), n, poll_timeout_ms());
      if (rc < 0 && errno != EINTR) break;
      if (quiet_output_ && Clock::now() >= next_drain_) drain_output();  // see quiet_output_
      check_limits();
      for (std::size_t i = 0; i < n && rc > 0; ++i) {
        if (fds[i].revents != 0) dispatch(fds[i].fd, fds[i].revents);
      }
    }
    return std::move(s_);
  }

 private:
  // Quiet output: without a live sink, and when each pipe holds a whole capped output, the
  // program can never block on a full pipe before it is past its cap. Then stdout and stderr
  // are not polled (every write and every close would wake this thread, and on a busy machine
  // preempt a program): they are read on each CPU tick (where a program past its cap is
  // killed, as when polled) and drained after init exits. That spares three of the eight
  // wake-ups of a typical run.
  bool output_fits_pipes() const {
    if (in_.sink != nullptr && *in_.sink) return false;
    for (const UniqueFd* fd : {&ch_.stdout_r, &ch_.stderr_r}) {
      if (!fd->valid()) continue;
      const int capacity = ::fcntl(fd->get(), F_GETPIPE_SZ);
      if (capacity <= 0 || static_cast<std::uint64_t>(capacity) < in_.limits->output_bytes) {
        return false;
      }
    }
    return true;
  }

  void drain_output() {
    next_drain_ = Clock::now() + kCpuPollInterval;
    drain(ch_.stdout_r, Stream::out);
    drain(ch_.stderr_r, Stream::err);
  }

  void drain(UniqueFd& fd, Stream stream) {
    while (fd.valid() && on_output(fd, stream)) {
    }
  }

  bool finished() const {
    if (ch_.pidfd.valid()) return false;  // init still running
    if (!ch_.stdout_r.valid() && !ch_.stderr_r.valid() && !ch_.report_r.valid()) return true;
    return Clock::now() - s_.init_exited_at > kDrainTimeout;
  }

  int poll_timeout_ms() const {
    const auto now = Clock::now();
    if (!ch_.pidfd.valid()) {
      const auto left = kDrainTimeout - (now - s_.init_exited_at);
      return static_cast<int>(
          std::max<std::int64_t>(0, std::chrono::ceil<milliseconds>(left).count()));
    }
    auto left = std::chrono::ceil<milliseconds>(deadline_ - now);
    if (s_.killed != KillReason::none) left = kDrainTimeout;  // waiting for init to die
    if (in_.cgroup != nullptr || quiet_output_) left = std::min(left, kCpuPollInterval);
    return static_cast<int>(std::max<std::int64_t>(0, left.count()));
  }

  void kill_box(KillReason why) {
    if (s_.killed != KillReason::none || !ch_.pidfd.valid()) return;
    s_.killed = why;
    // SIGKILL to init: the kernel then kills every process of its pid namespace.
    ::syscall(SYS_pidfd_send_signal, ch_.pidfd.get(), SIGKILL, nullptr, 0);
  }

  void check_limits() {
    if (!ch_.pidfd.valid() || s_.killed != KillReason::none) return;
    if (Clock::now() >= deadline_) return kill_box(KillReason::wall_time);
    if (in_.cgroup != nullptr) {
      const auto limit_ns = static_cast<std::uint64_t>(in_.limits->cpu_time.count() * kNsPerMs);
      if (in_.cgroup->cpu_ns() >= limit_ns) kill_box(KillReason::cpu_time);
    }
  }

  void dispatch(int fd, short revents) {
    if (fd == ch_.pidfd.get()) return on_init_exit();
    if (fd == ch_.stdin_w.get()) return on_stdin(revents);
    if (stream_open_ && fd == in_.stdin_stream_fd) return on_stream_input(revents);
    if (fd == ch_.stdout_r.get()) {
      on_output(ch_.stdout_r, Stream::out);
      return;
    }
    if (fd == ch_.stderr_r.get()) {
      on_output(ch_.stderr_r, Stream::err);
      return;
    }
    if (fd == ch_.report_r.get()) return on_report();
    if (fd == ch_.notify_r.get()) return on_listener_handoff();
    if (fd == listener_.get()) return on_notification(revents);
  }

  void on_init_exit() {
    s_.init_exit = {};
    ::waitid(static_cast<idtype_t>(P_PIDFD), static_cast<id_t>(ch_.pidfd.get()), &s_.init_exit,
             WEXITED | __WALL);
    s_.init_exited_at = Clock::now();
    ch_.pidfd.reset();
    ch_.stdin_w.reset();
    ch_.notify_r.reset();
    listener_.reset();
    // Every writer is gone with the box: what is left in the pipes is read (and its EOF seen)
    // by polling them from now on, which no longer waits.
    quiet_output_ = false;
    quiet_report_ = false;
  }

  // Bytes still to write: the rest of stdin_data, then what live input delivered.
  bool stdin_pending() const {
    const std::size_t fixed = in_.stdin_data ? in_.stdin_data->size() : 0;
    return stdin_off_ < fixed || live_off_ < live_.size();
  }

  void on_stdin(short revents) {
    if (revents & (POLLERR | POLLHUP)) return ch_.stdin_w.reset();
    static const std::string kNone;
    const std::string& fixed = in_.stdin_data ? *in_.stdin_data : kNone;
    const bool from_fixed = stdin_off_ < fixed.size();
    const std::string& data = from_fixed ? fixed : live_;
    std::size_t& off = from_fixed ? stdin_off_ : live_off_;
    const std::size_t len = std::min(kStdinChunkBytes, data.size() - off);
    const ssize_t n = ::write(ch_.stdin_w.get(), data.data() + off, len);
    if (n < 0 && (errno == EAGAIN || errno == EINTR)) return;
    if (n <= 0) return ch_.stdin_w.reset();  // the program closed stdin: not an error
    off += static_cast<std::size_t>(n);
    if (!stdin_pending() && !stream_open_) ch_.stdin_w.reset();  // EOF for the program
  }

  // Live stdin arrived (or ended): buffer one chunk; EOF closes the program's stdin.
  void on_stream_input(short revents) {
    live_.resize(kStdinChunkBytes);
    const ssize_t n = ::read(in_.stdin_stream_fd, live_.data(), live_.size());
    if (n < 0 && (errno == EAGAIN || errno == EINTR)) {
      live_.clear();
      return;
    }
    live_off_ = 0;
    if (n <= 0 || (revents & POLLERR)) {
      live_.clear();
      stream_open_ = false;
      ch_.stdin_w.reset();
      return;
    }
    live_.resize(static_cast<std::size_t>(n));
  }

  // Reads one chunk; whether there may be more.
  bool on_output(UniqueFd& fd, Stream stream) {
    char buf[kReadChunkBytes];
    const ssize_t n = ::read(fd.get(), buf, sizeof(buf));
    if (n < 0 && errno == EINTR) return true;
    if (n < 0 && errno == EAGAIN) return false;
    if (n <= 0) {
      fd.reset();
      return false;
    }
    std::string& dst = stream == Stream::out ? s_.out : s_.err;
    bool& truncated = stream == Stream::out ? s_.out_truncated : s_.err_truncated;
    const std::uint64_t cap = in_.limits->output_bytes;
    const std::size_t room = dst.size() < cap ? static_cast<std::size_t>(cap - dst.size()) : 0;
    const std::size_t keep = std::min(room, static_cast<std::size_t>(n));
    if (keep > 0) {
      dst.append(buf, keep);
      if (in_.sink != nullptr && *in_.sink) (*in_.sink)(stream, std::string_view(buf, keep));
    }
    if (keep < static_cast<std::size_t>(n)) {
      truncated = true;
      kill_box(KillReason::output);
    }
    return true;
  }

  void on_report() {
    char buf[kReadChunkBytes];
    const ssize_t n = ::read(ch_.report_r.get(), buf, sizeof(buf));
    if (n < 0 && (errno == EAGAIN || errno == EINTR)) return;
    if (n <= 0) return ch_.report_r.reset();
    s_.report.append(buf, static_cast<std::size_t>(n));
  }

  void on_listener_handoff() {
    char dummy = 0;
    iovec iov{&dummy, 1};
    alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int))] = {};
    msghdr msg{};
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    msg.msg_control = control;
    msg.msg_controllen = sizeof(control);
    const ssize_t n = ::recvmsg(ch_.notify_r.get(), &msg, MSG_CMSG_CLOEXEC | MSG_DONTWAIT);
    if (n < 0 && (errno == EAGAIN || errno == EINTR)) return;
    cmsghdr* c = n > 0 ? CMSG_FIRSTHDR(&msg) : nullptr;
    if (c != nullptr && c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_RIGHTS) {
      int fd = -1;
      std::memcpy(&fd, CMSG_DATA(c), sizeof(int));
      listener_.reset(fd);
    }
    ch_.notify_r.reset();  // exactly one hand-off per run
  }

  void on_notification(short revents) {
    if (!(revents & POLLIN)) return listener_.reset();  // every filtered task is gone
    std::fill(notif_buf_.begin(), notif_buf_.end(), 0);
    auto* req = reinterpret_cast<seccomp_notif*>(notif_buf_.data());
    if (::ioctl(listener_.get(), SECCOMP_IOCTL_NOTIF_RECV, req) != 0) return;  // task died
    const auto it = in_.policy->refusals.find(req->data.nr);
    const Refusal refusal = it == in_.policy->refusals.end() ? Refusal::errno_eperm : it->second;
    std::fill(resp_buf_.begin(), resp_buf_.end(), 0);
    auto* resp = reinterpret_cast<seccomp_notif_resp*>(resp_buf_.data());
    resp->id = req->id;
    resp->error = -EPERM;  // the program sees a refusal, never a silent success
    ::ioctl(listener_.get(), SECCOMP_IOCTL_NOTIF_SEND, resp);
    const char* action = refusal == Refusal::kill ? "killed" : "blocked";
    ++s_.events[{syscall_name(req->data.nr), action}];
    if (refusal == Refusal::kill) kill_box(KillReason::policy);
  }

  SupervisedChannels& ch_;
  const SuperviseInput& in_;
  Supervision s_;
  Clock::time_point deadline_;
  std::size_t stdin_off_ = 0;
  bool stream_open_ = false;  // live stdin not at EOF yet
  std::string live_;          // one chunk of live stdin being written
  std::size_t live_off_ = 0;
  UniqueFd listener_;
  std::vector<char> notif_buf_, resp_buf_;
  bool quiet_output_ = false;  // stdout/stderr read on ticks and at the end, not polled
  bool quiet_report_ = false;  // the report is read after init exits (SuperviseInput)
  Clock::time_point next_drain_ = Clock::now() + kCpuPollInterval;
};

}  // namespace

Supervision supervise(SupervisedChannels& ch, const SuperviseInput& in) {
  SigpipeGuard guard;
  return Loop(ch, in).run();
}

}  // namespace riemann::sandbox
