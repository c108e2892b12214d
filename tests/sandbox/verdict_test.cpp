// Every Outcome for the right reason, from synthetic facts (no process is run).
#include "sandbox/verdict.hpp"

#include <signal.h>
#include <sys/wait.h>

#include <catch2/catch.hpp>
#include <cstring>

namespace riemann::sandbox {
namespace {

using std::chrono::milliseconds;

std::string record(const ReportRecord& r) {
  return std::string(reinterpret_cast<const char*>(&r), sizeof(r));
}

std::string status_record(int wait_status) {
  ReportRecord r{};
  r.kind = ReportKind::status;
  r.wait_status = wait_status;
  r.user_us = 1500;
  r.system_us = 500;
  r.max_rss_kb = 2048;
  return record(r);
}

// Wait statuses as the kernel encodes them.
int exited_with(int code) {
  return (code & 0xff) << 8;
}
int killed_by(int sig) {
  return sig & 0x7f;
}

struct Fixture {
  Spec spec;
  Supervision sup;
  RunFacts facts;
  Fixture() {
    spec.argv = {"/usr/bin/python3"};
    spec.limits.cpu_time = milliseconds(1000);
    facts.spec = &spec;
    facts.supervision = &sup;
    facts.started = std::chrono::steady_clock::now();
    sup.init_exited_at = facts.started + milliseconds(25);
  }
  Result ok() {
    auto r = decide(facts);
    REQUIRE(r);
    return std::move(r).value();
  }
};

TEST_CASE("verdict: exit codes are exited, with the code", "[verdict]") {
  Fixture f;
  f.sup.report = status_record(exited_with(3));
  f.sup.out = "out";
  const Result r = f.ok();
  CHECK(r.outcome == Outcome::exited);
  CHECK(r.exit_code == 3);
  CHECK(r.stdout_data == "out");
  CHECK(r.wall_time_s == Approx(0.025));
  CHECK(r.cpu_time_s == Approx(0.002));  // no cgroup: init's rusage of the tree
  CHECK(r.peak_memory_bytes == 2048 * 1024);
}

TEST_CASE("verdict: a signal is signaled, SIGXCPU is time_limit", "[verdict]") {
  Fixture f;
  f.sup.report = status_record(killed_by(SIGSEGV));
  CHECK(f.ok().outcome == Outcome::signaled);
  CHECK(f.ok().signal == SIGSEGV);
  f.sup.report = status_record(killed_by(SIGXCPU));
  CHECK(f.ok().outcome == Outcome::time_limit);
}

TEST_CASE("verdict: SIGKILL is time_limit only when the CPU limit was reached", "[verdict]") {
  Fixture f;
  f.sup.report = status_record(killed_by(SIGKILL));
  f.facts.cgroup = CgroupStats{500'000'000, 0, 0};
  CHECK(f.ok().outcome == Outcome::signaled);
  f.facts.cgroup = CgroupStats{1'200'000'000, 0, 0};
  CHECK(f.ok().outcome == Outcome::time_limit);
}

TEST_CASE("verdict: our kills name their reason", "[verdict]") {
  Fixture f;
  f.sup.report = "";  // init was killed with the box: no status
  f.sup.killed = KillReason::wall_time;
  CHECK(f.ok().outcome == Outcome::time_limit);
  f.sup.killed = KillReason::cpu_time;
  CHECK(f.ok().outcome == Outcome::time_limit);
  f.sup.killed = KillReason::output;
  f.sup.out_truncated = true;
  CHECK(f.ok().outcome == Outcome::output_limit);
  CHECK(f.ok().stdout_truncated);
  f.sup.killed = KillReason::policy;
  CHECK(f.ok().outcome == Outcome::signaled);
  CHECK(f.ok().signal == SIGSYS);
}

TEST_CASE("verdict: an OOM kill wins over every other limit", "[verdict]") {
  Fixture f;
  f.facts.cgroup = CgroupStats{1000, 256u << 20, 1};
  f.sup.killed = KillReason::wall_time;  // the rest of the tree slept on after the OOM kill
  CHECK(f.ok().outcome == Outcome::memory_limit);
  f.sup.killed = KillReason::none;
  f.sup.report = status_record(exited_with(0));
  CHECK(f.ok().outcome == Outcome::memory_limit);
  CHECK(f.ok().peak_memory_bytes == (256u << 20));
}

TEST_CASE("verdict: CPU time is the reaped tree's, not init's or the set-up's", "[verdict]") {
  Fixture f;
  f.sup.report = status_record(exited_with(0));
  f.facts.cgroup = CgroupStats{3'000'000, 0, 0};  // also counts init, spawner, teardown
  CHECK(f.ok().cpu_time_s == Approx(0.002));      // user 1500 + system 500 us of the tree
  // init could not report (killed): the cgroup's counter stands in.
  f.sup.report.clear();
  f.sup.killed = KillReason::wall_time;
  CHECK(f.ok().cpu_time_s == Approx(0.003));
}

TEST_CASE("verdict: child setup failures are engine errors", "[verdict]") {
  Fixture f;
  ReportRecord fail{};
  fail.kind = ReportKind::step_failed;
  fail.step = static_cast<std::int32_t>(ChildStep::execve);
  fail.error = ENOENT;
  f.sup.report = record(fail) + status_record(exited_with(121));
  auto r = decide(f.facts);
  REQUIRE_FALSE(r);
  CHECK(r.error().code == Errc::exec_failed);
  CHECK(r.error().message.find("/usr/bin/python3") != std::string::npos);
  fail.step = static_cast<std::int32_t>(ChildStep::mounts);
  fail.detail = 4;
  f.sup.report = record(fail);
  r = decide(f.facts);
  REQUIRE_FALSE(r);
  CHECK(r.error().code == Errc::setup_failed);
  CHECK(r.error().message.find("item 4") != std::string::npos);
}

TEST_CASE("verdict: init dying unreported is an engine error, not a verdict", "[verdict]") {
  Fixture f;
  f.sup.report = "";
  auto r = decide(f.facts);
  REQUIRE_FALSE(r);
  CHECK(r.error().code == Errc::resource_failed);
}

TEST_CASE("verdict: artifacts are framed, a bad frame ends the list", "[verdict]") {
  Fixture f;
  f.spec.collect = {"a.txt", "b.txt"};
  ReportRecord art{};
  art.kind = ReportKind::artifact;
  art.index = 1;
  art.size = 3;
  ReportRecord bogus = art;
  bogus.index = 7;  // no such collect entry
  f.sup.report = record(art) + "xyz" + status_record(exited_with(0)) + record(bogus) + "abc";
  const ParsedReport p = parse_report(f.sup.report, f.spec);
  REQUIRE(p.artifacts.size() == 1);
  CHECK(p.artifacts[0].path == "b.txt");
  CHECK(p.artifacts[0].content == "xyz");
  CHECK(p.status.has_value());
}

}  // namespace
}  // namespace riemann::sandbox
