// The parent side of a run: one poll() loop over the init's pidfd, the program's stdio pipes,
// the report pipe and the seccomp listener. Feeds stdin, caps output, enforces the wall-clock
// and CPU limits (killing init kills the whole box), and answers refused system calls.
#pragma once

#include <signal.h>

#include <chrono>
#include <cstdint>
#include <map>
#include <string>
#include <utility>

#include "sandbox/cgroup.hpp"
#include "sandbox/fd.hpp"
#include "sandbox/sandbox.hpp"
#include "sandbox/seccomp.hpp"

namespace riemann::sandbox {

struct SupervisedChannels {
  UniqueFd pidfd;    // init
  UniqueFd stdin_w;  // closed when stdin_data is written
  UniqueFd stdout_r;
  UniqueFd stderr_r;
  UniqueFd report_r;
  UniqueFd notify_r;  // receives the seccomp listener; invalid without a policy
};

struct SuperviseInput {
  const std::string* stdin_data = nullptr;
  int stdin_stream_fd = -1;  // live stdin after stdin_data (borrowed; -1: none)
  const Limits* limits = nullptr;
  const CgroupSlot* cgroup = nullptr;  // CPU limit of the whole tree; null: rlimit only
  const CompiledPolicy* policy = nullptr;
  const OutputSink* sink = nullptr;
  std::size_t notif_size = 0;       // kernel's struct seccomp_notif size
  std::size_t notif_resp_size = 0;  // kernel's struct seccomp_notif_resp size
  // No artifacts to collect: init's report is a few fixed-size records that fit the pipe, so it
  // is read once init has exited instead of waking the loop when it is written (quiet report).
  bool small_report = false;
  std::chrono::steady_clock::time_point started;
};

enum class KillReason : std::uint8_t { none, wall_time, cpu_time, output, policy };

struct Supervision {
  std::string out, err;
  bool out_truncated = false, err_truncated = false;
  std::string report;  // raw bytes of the report pipe
  KillReason killed = KillReason::none;
  std::map<std::pair<std::string, std::string>, std::uint64_t> events;  // (syscall, action)
  siginfo_t init_exit{};
  std::chrono::steady_clock::time_point init_exited_at;
};

Supervision supervise(SupervisedChannels& ch, const SuperviseInput& in);

}  // namespace riemann::sandbox
