// Public surface of the sandbox: run one untrusted program under hard limits.
//
// This module knows nothing of actors or HTTP (SPEC §3): the CLI, the execution workers and the
// tests call it directly. Engine failures (we could not run the program) come back as the error
// side of Expected; program verdicts (the program ran and did something) are in Result. The two
// are never mixed (house style rule 3).
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "config/expected.hpp"

namespace riemann::sandbox {

// The program's working directory inside the box: a private tmpfs holding Spec::files.
inline constexpr const char* kWorkDir = "/box";

// Selects the seccomp policy (SPEC §5.1 `security_level`).
enum class SecurityLevel : std::uint8_t { low, medium, high };

// Hard limits of one run. Every field has a safe default; callers clamp to config maxima.
struct Limits {
  std::chrono::milliseconds wall_time{10'000};  // wall clock, whole run
  std::chrono::milliseconds cpu_time{10'000};   // CPU time of the whole process tree
  std::uint64_t memory_bytes = 256ull << 20;    // resident memory of the whole tree (cgroup)
  std::uint64_t output_bytes = 1ull << 20;      // per stream (stdout, stderr); rest dropped
  std::uint32_t processes = 64;                 // tasks (processes + threads) in the box
  std::uint64_t file_size_bytes = 16ull << 20;  // largest file the program may write
  std::uint32_t open_files = 256;               // RLIMIT_NOFILE
  std::uint64_t workdir_bytes = 64ull << 20;    // size of the tmpfs work dir (and of /tmp)
};

// A file placed in the work directory before the program starts.
struct File {
  std::string path;     // relative to the work dir; validated by the caller (no "..", not absolute)
  std::string content;  // raw bytes
  bool executable = false;
};

// Everything needed to run one program. The sandbox adds nothing from the host environment.
struct Spec {
  std::vector<std::string> argv;  // argv[0]: absolute path as seen inside the box
  std::vector<std::string> env;   // the complete environment, "KEY=VALUE"
  std::vector<File> files;        // written into the work dir (the program's cwd)
  std::string stdin_data;         // fed to the program's stdin, then EOF
  // Live stdin (optional): a readable fd (a pipe) owned by the caller; after stdin_data, its
  // bytes are forwarded to the program as they arrive, and its EOF closes the program's stdin.
  int stdin_stream_fd = -1;
  std::vector<std::string> ro_paths;  // extra host paths bound read-only at the same place
  std::vector<std::string> collect;   // work-dir files to read back after the run (artifacts)
  Limits limits;
  SecurityLevel security_level = SecurityLevel::medium;
  bool network = false;  // false: no IP sockets at all; true: private loopback only
};

// Why the program stopped. These are verdicts about the program, not engine errors.
enum class Outcome : std::uint8_t {
  exited,        // exited by itself; see exit_code
  signaled,      // killed by a signal it caused or sent itself; see signal
  time_limit,    // wall or CPU limit reached; we killed the tree
  memory_limit,  // the memory limit was reached (OOM kill in the box's cgroup)
  output_limit,  // stdout/stderr exceeded the cap and the program was stopped
};

// A system call the seccomp policy refused (dynamic analysis).
struct RuntimeEvent {
  std::string syscall;  // name, e.g. "socket"
  std::string action;   // "blocked" (errno returned) or "killed"
  std::uint64_t count = 0;
};

struct Result {
  Outcome outcome = Outcome::exited;
  int exit_code = 0;  // valid when outcome == exited
  int signal = 0;     // valid when outcome == signaled (and set for limit kills)
  std::string stdout_data;
  std::string stderr_data;
  bool stdout_truncated = false;
  bool stderr_truncated = false;
  double cpu_time_s = 0;  // user + system of the whole tree
  double wall_time_s = 0;
  std::uint64_t peak_memory_bytes = 0;
  std::vector<RuntimeEvent> runtime_events;
  std::vector<File> collected;      // files of Spec::collect that existed as regular files
  std::uint64_t network_bytes = 0;  // bytes the box sent over its loopback (network=true only)
};

// Engine failures: we could not run the program as asked.
enum class Errc : std::uint8_t {
  invalid_spec = 1,  // empty argv, bad file name, ...
  setup_failed,      // a step in the child failed before execve (message says which)
  exec_failed,       // execve failed (binary missing inside the box)
  resource_failed,   // clone, pipe, cgroup, mount in the parent failed
  slot_busy,         // the slot index is in use or out of range
};

struct Error {
  Errc code;
  std::string message;
};

// Static facts about the host decided once at start-up.
struct Options {
  std::size_t slots = 2;                   // concurrent runs; one uid, cgroup and dir per slot
  std::uint32_t uid_base = 60000;          // slot i runs as uid/gid uid_base + i
  std::string cgroup_name = "riemann";     // our subtree under each controller; never touch others
  std::string state_dir = "/run/riemann";  // per-slot scratch (emptied at start-up)
  // /etc/ld.so.cache: without it the dynamic loader probes ~18 hwcaps/tls directories per
  // library before /lib (~36 failed lookups per exec of a dynamically linked program).
  std::vector<std::string> ro_paths = {
      "/usr", "/lib", "/lib64", "/bin", "/etc/alternatives", "/etc/ld.so.cache"};
  // The program's scheduler slice (sched_attr.sched_runtime, EEVDF custom slice, Linux >= 6.12;
  // 0 = the kernel's default). Best effort: older kernels ignore it. See config.hpp.
  std::chrono::microseconds program_slice{std::chrono::milliseconds(5)};
};

// Where a chunk of live output came from (for streaming callers).
enum class Stream : std::uint8_t { out, err };
using OutputSink = std::function<void(Stream, std::string_view)>;

class Sandbox {
 public:
  // Detects root/rootless and cgroup v1/v2, creates the slots, cleans stale ones.
  static Expected<std::unique_ptr<Sandbox>, Error> create(const Options& options);
  virtual ~Sandbox() = default;

  // Runs spec in the given slot. Thread-safe for distinct slots; blocks the calling thread.
  // `sink`, when set, receives output chunks as they arrive (the result still holds all of it).
  virtual Expected<Result, Error> run(const Spec& spec, std::size_t slot,
                                      const OutputSink& sink = {}) = 0;

  virtual std::size_t slots() const = 0;
  // One line per weaker-than-full protection (rootless, no cgroups, ...); empty when none.
  virtual std::vector<std::string> warnings() const = 0;
};

const char* to_string(Outcome o);
const char* to_string(Errc e);
const char* to_string(SecurityLevel l);

}  // namespace riemann::sandbox
