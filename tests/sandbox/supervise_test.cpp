// The supervisor against plain child processes (no namespaces): stdin, output caps, the wall
// clock, and the kill reasons it records.
#include "sandbox/supervise.hpp"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <string>

namespace riemann::sandbox {
namespace {

using std::chrono::milliseconds;

// A /bin/sh child with its stdio on pipes; the parent ends go to the supervisor.
struct Child {
  SupervisedChannels ch;
  static Child start(const std::string& script) {
    int in[2], out[2], err[2], report[2];
    REQUIRE(::pipe2(in, O_CLOEXEC) == 0);
    REQUIRE(::pipe2(out, O_CLOEXEC) == 0);
    REQUIRE(::pipe2(err, O_CLOEXEC) == 0);
    REQUIRE(::pipe2(report, O_CLOEXEC) == 0);
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_adddup2(&fa, in[0], STDIN_FILENO);
    posix_spawn_file_actions_adddup2(&fa, out[1], STDOUT_FILENO);
    posix_spawn_file_actions_adddup2(&fa, err[1], STDERR_FILENO);
    const char* argv[] = {"/bin/sh", "-c", script.c_str(), nullptr};
    pid_t pid = 0;
    REQUIRE(::posix_spawn(&pid, argv[0], &fa, nullptr, const_cast<char**>(argv), nullptr) == 0);
    posix_spawn_file_actions_destroy(&fa);
    for (int fd : {in[0], out[1], err[1], report[1]}) ::close(fd);  // report: EOF at once
    Child c;
    c.ch.pidfd.reset(static_cast<int>(::syscall(SYS_pidfd_open, pid, 0)));
    REQUIRE(c.ch.pidfd.valid());
    c.ch.stdin_w.reset(in[1]);
    c.ch.stdout_r.reset(out[0]);
    c.ch.stderr_r.reset(err[0]);
    c.ch.report_r.reset(report[0]);
    for (int fd : {in[1], out[0], err[0]}) ::fcntl(fd, F_SETFL, O_NONBLOCK);
    return c;
  }
};

struct Inputs {
  std::string stdin_data;
  Limits limits;
  CompiledPolicy policy;
  OutputSink sink;
  SuperviseInput in() {
    SuperviseInput si;
    si.stdin_data = &stdin_data;
    si.limits = &limits;
    si.policy = &policy;
    si.sink = &sink;
    si.started = std::chrono::steady_clock::now();
    return si;
  }
};

TEST_CASE("supervise: stdin in, stdout and stderr out, exit collected", "[supervise]") {
  Inputs x;
  x.stdin_data = "abc";
  Child c = Child::start("cat; echo err >&2; exit 7");
  const Supervision s = supervise(c.ch, x.in());
  CHECK(s.out == "abc");
  CHECK(s.err == "err\n");
  CHECK(s.killed == KillReason::none);
  CHECK(s.init_exit.si_code == CLD_EXITED);
  CHECK(s.init_exit.si_status == 7);
}

TEST_CASE("supervise: the output cap keeps the first bytes and kills", "[supervise]") {
  Inputs x;
  x.limits.output_bytes = 1000;
  std::string streamed;
  x.sink = [&](Stream, std::string_view chunk) { streamed.append(chunk); };
  Child c = Child::start("yes");
  const Supervision s = supervise(c.ch, x.in());
  CHECK(s.killed == KillReason::output);
  CHECK(s.out_truncated);
  CHECK(s.out.size() == 1000);
  CHECK(streamed == s.out);
  CHECK(s.init_exit.si_code == CLD_KILLED);
}

// Without a live sink and with the cap within the pipe, stdout/stderr are read on ticks and at
// the end, not polled (quiet output): the cap still holds, and output arrives whole and in order.
TEST_CASE("supervise: quiet output still caps and kills a flood", "[supervise]") {
  Inputs x;
  x.limits.output_bytes = 1000;
  x.sink = nullptr;
  Child c = Child::start("yes");
  const Supervision s = supervise(c.ch, x.in());
  CHECK(s.killed == KillReason::output);
  CHECK(s.out_truncated);
  CHECK(s.out.size() == 1000);
  CHECK(s.out.substr(0, 4) == "y\ny\n");
}

TEST_CASE("supervise: quiet output arrives whole across pauses, from both streams", "[supervise]") {
  Inputs x;
  x.sink = nullptr;
  x.limits.output_bytes = 60000;  // within a default pipe (64 KiB): quiet
  Child c = Child::start(
      "head -c 50000 /dev/zero | tr '\\0' a; echo; sleep 0.2; echo tail; echo e1 >&2; "
      "sleep 0.1; echo e2 >&2");
  const Supervision s = supervise(c.ch, x.in());
  CHECK(s.killed == KillReason::none);
  CHECK(s.out == std::string(50000, 'a') + "\ntail\n");
  CHECK(s.err == "e1\ne2\n");
}

TEST_CASE("supervise: a cap beyond the pipe's capacity is polled, and arrives whole",
          "[supervise]") {
  Inputs x;
  x.sink = nullptr;
  x.limits.output_bytes = 4 << 20;  // far more than the 64 KiB of a default pipe
  Child c = Child::start("head -c 2000000 /dev/zero | tr '\\0' b");
  const Supervision s = supervise(c.ch, x.in());
  CHECK(s.killed == KillReason::none);
  CHECK(s.out == std::string(2000000, 'b'));
}

TEST_CASE("supervise: the wall clock kills a sleeper", "[supervise]") {
  Inputs x;
  x.limits.wall_time = milliseconds(300);
  Child c = Child::start("sleep 100");
  const Supervision s = supervise(c.ch, x.in());
  CHECK(s.killed == KillReason::wall_time);
  CHECK(s.init_exit.si_status == SIGKILL);
}

TEST_CASE("supervise: a child that never reads stdin does not block us", "[supervise]") {
  Inputs x;
  x.stdin_data = std::string(4 << 20, 'x');  // far more than a pipe holds
  Child c = Child::start("exit 0");
  const Supervision s = supervise(c.ch, x.in());
  CHECK(s.killed == KillReason::none);
  CHECK(s.init_exit.si_status == 0);
}

}  // namespace
}  // namespace riemann::sandbox
