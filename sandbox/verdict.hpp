// From the facts of a finished run to a Result (a verdict) or an engine error.
//
// Pure functions of what the supervisor saw, what init reported and what the cgroup counted:
// no system calls, so every Outcome can be unit-tested for the reason that produces it.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "config/expected.hpp"
#include "sandbox/cgroup.hpp"
#include "sandbox/child.hpp"
#include "sandbox/sandbox.hpp"
#include "sandbox/supervise.hpp"

namespace riemann::sandbox {

struct ParsedReport {
  std::optional<ReportRecord> failure;  // first (step, errno) of init or the program
  std::optional<ReportRecord> status;   // init's final record
  std::vector<File> artifacts;
};

// Parses the report pipe's bytes; a truncated or inconsistent tail is ignored.
ParsedReport parse_report(const std::string& bytes, const Spec& spec);

struct RunFacts {
  const Spec* spec = nullptr;
  const Supervision* supervision = nullptr;
  std::optional<CgroupStats> cgroup;  // absent without cgroups
  std::chrono::steady_clock::time_point started;
};

Expected<Result, Error> decide(const RunFacts& facts);

}  // namespace riemann::sandbox
