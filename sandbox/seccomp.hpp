// seccomp policies per SecurityLevel, compiled once in the parent to a BPF program that the
// child only loads (the last step before execve).
//
// Refused system calls are not silently skipped: most rules use SECCOMP_RET_USER_NOTIF, so the
// kernel parks the calling thread and hands the call to the supervising server thread, which
// records it as a RuntimeEvent and answers with an errno (or kills the box). See docs/SANDBOX.md.
#pragma once

#include <linux/filter.h>

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "config/expected.hpp"
#include "sandbox/sandbox.hpp"

namespace riemann::sandbox {

// What the supervisor does with a notified (refused) system call.
enum class Refusal : std::uint8_t {
  errno_eperm,  // the call fails with EPERM; reported as "blocked"
  kill,         // the whole box is killed; reported as "killed", Outcome::signaled with SIGSYS
};

struct CompiledPolicy {
  std::vector<sock_filter> bpf;
  std::unordered_map<int, Refusal> refusals;  // per syscall number; missing: errno_eperm
  SecurityLevel level = SecurityLevel::medium;
  bool network = false;
};

// One rule of a policy, for documentation and tests: syscall, what happens, and why.
struct RuleDoc {
  std::string syscall;
  std::string action;
  std::string why;
};

Expected<CompiledPolicy, Error> compile_policy(SecurityLevel level, bool network);

// The rules of a policy, in the order they are added.
std::vector<RuleDoc> describe_policy(SecurityLevel level, bool network);

// "socket" for __NR_socket (x86-64); "syscall_<nr>" when unknown.
std::string syscall_name(int nr);

// Loads a compiled program in the calling thread (child side, async-signal-safe).
// With want_listener, returns the notification fd; otherwise 0. -1 on error (errno set).
int load_policy(const sock_fprog& prog, bool want_listener);

}  // namespace riemann::sandbox
