// Verdicts from the facts of a run. See verdict.hpp.
#include "sandbox/verdict.hpp"

#include <signal.h>
#include <sys/wait.h>

#include <algorithm>
#include <cstring>

namespace riemann::sandbox {
namespace {

constexpr double kNsPerSecond = 1e9;
constexpr double kUsPerSecond = 1e6;
constexpr double kMsPerSecond = 1e3;
constexpr std::uint64_t kBytesPerKb = 1024;

Error step_error(const ReportRecord& r, const Spec& spec) {
  const auto step = static_cast<ChildStep>(r.step);
  std::string msg = std::string(to_string(step)) + ": " + std::strerror(r.error);
  if (r.detail != 0) msg += " (item " + std::to_string(r.detail) + ")";
  if (step == ChildStep::execve) return Error{Errc::exec_failed, spec.argv[0] + ": " + msg};
  return Error{Errc::setup_failed, msg};
}

std::vector<RuntimeEvent> events_of(const Supervision& s) {
  std::vector<RuntimeEvent> events;
  for (const auto& [key, count] : s.events) events.push_back({key.first, key.second, count});
  return events;
}

// The slot cgroup's CPU counter (the box and its set-up), 0 without a cgroup.
double cgroup_cpu_s(const RunFacts& f) {
  return f.cgroup ? static_cast<double>(f.cgroup->cpu_ns) / kNsPerSecond : 0;
}

// CPU time: what init counted for every process it reaped (the program and everything it
// started: init reaps the whole pid namespace before it reports), which leaves out init, the
// spawner thread and the namespaces' teardown. Without init's report (init itself was killed)
// the cgroup's counter stands in. Peak memory: the cgroup's when there is one (the whole tree
// at once), else the largest single process.
void measure(const RunFacts& f, const ParsedReport& report, Result& r) {
  if (report.status) {
    r.cpu_time_s =
        static_cast<double>(report.status->user_us + report.status->system_us) / kUsPerSecond;
    r.peak_memory_bytes = static_cast<std::uint64_t>(report.status->max_rss_kb) * kBytesPerKb;
  }
  if (f.cgroup) {
    if (!report.status) r.cpu_time_s = cgroup_cpu_s(f);
    r.peak_memory_bytes = f.cgroup->peak_memory_bytes;
  }
}

}  // namespace

ParsedReport parse_report(const std::string& bytes, const Spec& spec) {
  ParsedReport out;
  std::size_t pos = 0;
  while (pos + sizeof(ReportRecord) <= bytes.size()) {
    ReportRecord r{};
    std::memcpy(&r, bytes.data() + pos, sizeof(r));
    pos += sizeof(r);
    if (r.kind == ReportKind::step_failed && !out.failure) out.failure = r;
    if (r.kind == ReportKind::status) out.status = r;
    if (r.kind == ReportKind::artifact) {
      if (r.size > bytes.size() - pos || r.index >= spec.collect.size()) break;
      out.artifacts.push_back(
          {spec.collect[r.index], bytes.substr(pos, static_cast<std::size_t>(r.size)), false});
      pos += static_cast<std::size_t>(r.size);
    }
  }
  return out;
}

Expected<Result, Error> decide(const RunFacts& f) {
  const Spec& spec = *f.spec;
  const Supervision& s = *f.supervision;
  const ParsedReport report = parse_report(s.report, spec);
  if (report.failure) return unexpected(step_error(*report.failure, spec));

  Result r;
  r.stdout_data = s.out;
  r.stderr_data = s.err;
  r.stdout_truncated = s.out_truncated;
  r.stderr_truncated = s.err_truncated;
  r.runtime_events = events_of(s);
  r.collected = report.artifacts;
  r.wall_time_s = std::chrono::duration<double>(s.init_exited_at - f.started).count();
  measure(f, report, r);
  if (report.status) r.network_bytes = report.status->network_bytes;

  const int ws = report.status ? report.status->wait_status : 0;
  // The memory limit is the first limit a run can hit and keep running after (an OOM-killed
  // child), so it wins over the limits we enforce by killing the box.
  if (f.cgroup && f.cgroup->oom_kills > 0) {
    r.outcome = Outcome::memory_limit;
    r.signal = report.status && WIFSIGNALED(ws) ? WTERMSIG(ws) : SIGKILL;
    return r;
  }
  switch (s.killed) {
    case KillReason::wall_time:
    case KillReason::cpu_time:
      r.outcome = Outcome::time_limit;
      r.signal = SIGKILL;
      return r;
    case KillReason::output:
      r.outcome = Outcome::output_limit;
      r.signal = SIGKILL;
      return r;
    case KillReason::policy:
      r.outcome = Outcome::signaled;
      r.signal = SIGSYS;
      return r;
    case KillReason::none:
      break;
  }
  if (!report.status) {
    return unexpected(
        Error{Errc::resource_failed, "box init died without a report (code " +
                                         std::to_string(s.init_exit.si_code) + ", status " +
                                         std::to_string(s.init_exit.si_status) + ")"});
  }
  if (WIFSIGNALED(ws)) {
    r.signal = WTERMSIG(ws);
    // RLIMIT_CPU: SIGXCPU at the soft limit, SIGKILL at the hard one. Either count may show
    // it: the tree's own, or the cgroup's (which also holds the set-up around it).
    const bool cpu_over = std::max(r.cpu_time_s, cgroup_cpu_s(f)) * kMsPerSecond >=
                          static_cast<double>(spec.limits.cpu_time.count());
    const bool cpu_kill = r.signal == SIGXCPU || (r.signal == SIGKILL && cpu_over);
    r.outcome = cpu_kill ? Outcome::time_limit : Outcome::signaled;
    return r;
  }
  r.outcome = Outcome::exited;
  r.exit_code = WEXITSTATUS(ws);
  return r;
}

}  // namespace riemann::sandbox
