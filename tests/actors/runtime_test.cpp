// Actor tier: the whole tree (root supervisor, pipeline, scanner, pattern, store, execution
// supervisor) with an injected runner, so these tests need no sandbox. The sandbox path is
// covered end to end in tests/e2e.
#include "actors/runtime.hpp"

#include <boost/json.hpp>
#include <catch2/catch.hpp>
#include <filesystem>
#include <future>
#include <thread>

#include "config/loader.hpp"
#include "config/units.hpp"
#include "storage/database.hpp"

using namespace riemann;
using namespace riemann::actors;
using namespace std::chrono_literals;

namespace {

struct TempDir {
  std::filesystem::path path;
  TempDir() {
    path = std::filesystem::temp_directory_path() /
           ("riemann-rt-" + std::to_string(::getpid()) + "-" + std::to_string(std::rand()));
    std::filesystem::create_directories(path);
  }
  ~TempDir() { std::filesystem::remove_all(path); }
};

config::Config test_config(const TempDir& dir) {
  config::Config c;
  c.storage.data_dir = dir.path.string();
  c.paths.languages_dir = RIEMANN_SOURCE_DIR "/config/languages";
  c.paths.rules_dir = RIEMANN_SOURCE_DIR "/patterns/rules";
  c.execution.workers = 2;
  c.cluster.node_name = "test";
  return *config::validate(c);
}

std::shared_ptr<config::LanguageRegistry> languages() {
  return std::make_shared<config::LanguageRegistry>(
      *config::LanguageRegistry::load(RIEMANN_SOURCE_DIR "/config/languages"));
}

execution_request python(std::string code) {
  execution_request r;
  r.language = "python";
  r.files.push_back(source_file{"main.py", std::move(code)});
  r.timeout_ms = 5000;
  r.security_level = "medium";
  r.riemann_threshold = 0.7;
  return r;
}

// Echoes the source back as the program's output, like `cat main.py` would.
Runner echo_runner() {
  return [](const execution_request& req, std::size_t) {
    run_outcome o;
    o.status = "completed";
    o.output = req.files.at(0).content;
    o.has_exit_code = true;
    o.wall_time_s = 0.001;
    return o;
  };
}

// echo_runner that counts its runs.
Runner counting_runner(std::atomic<int>& runs) {
  return [&runs](const execution_request& req, std::size_t slot) {
    ++runs;
    return echo_runner()(req, slot);
  };
}

Expected<stored_execution, EngineError> fetch(Runtime& rt, const std::string& id) {
  std::promise<Expected<stored_execution, EngineError>> p;
  auto f = p.get_future();
  rt.fetch(id, [&p](Expected<stored_execution, EngineError> r) { p.set_value(std::move(r)); });
  return f.get();
}

}  // namespace

TEST_CASE("an execution goes through the tree, is persisted and can be read back") {
  TempDir dir;
  auto rt = Runtime::start(RuntimeOptions{test_config(dir), languages(), echo_runner(), {}});
  REQUIRE(rt);
  auto result = (*rt)->execute_sync(python("print('hi')\n"), 20s);
  REQUIRE(result);
  CHECK(result->status == "completed");
  CHECK(result->run.output == "print('hi')\n");
  CHECK(result->id.rfind("exec_test_", 0) == 0);
  auto stored = fetch(**rt, result->id);
  REQUIRE(stored);
  CHECK(stored->status == "completed");
  auto doc = boost::json::parse(stored->result_json).as_object();
  CHECK(doc.at("execution_id").as_string() == result->id);
  CHECK(doc.at("output") == "print('hi')\n");
  auto missing = fetch(**rt, "exec_test_000000000000000000000");
  REQUIRE_FALSE(missing);
  CHECK(missing.error().code == errc::not_found);
}

TEST_CASE("a critical finding at security_level high rejects the run without executing it") {
  TempDir dir;
  std::atomic<int> runs{0};
  Runner counting = counting_runner(runs);
  auto rt = Runtime::start(RuntimeOptions{test_config(dir), languages(), counting, {}});
  REQUIRE(rt);
  auto req = python("import os\nos.system(input())\n");
  req.security_level = "high";
  auto result = (*rt)->execute_sync(req, 20s);
  REQUIRE(result);
  CHECK(result->status == "rejected");
  CHECK_FALSE(result->security.issues.empty());
  CHECK(runs == 0);
  // Nothing ran: all of the analysis was on the latency path.
  CHECK(result->timings.analysis_ms > 0);
  CHECK(result->timings.analysis_wait_ms == result->timings.analysis_ms);
  CHECK(result->timings.run_ms == 0);
  CHECK(result->timings.total_ms >= result->timings.analysis_ms);
  // The same code at medium runs, with the finding reported.
  req.security_level = "medium";
  auto ran = (*rt)->execute_sync(req, 20s);
  REQUIRE(ran);
  CHECK(ran->status == "completed");
  CHECK_FALSE(ran->security.issues.empty());
  CHECK(runs == 1);
  CHECK(ran->timings.analysis_wait_ms <= ran->timings.analysis_ms);
  CHECK(ran->timings.total_ms >= ran->timings.run_ms);
}

TEST_CASE("at security_level high a static scan cut short by its bounds rejects the run") {
  TempDir dir;
  std::atomic<int> runs{0};
  Runner counting = counting_runner(runs);
  auto rt = Runtime::start(RuntimeOptions{test_config(dir), languages(), counting, {}});
  REQUIRE(rt);
  // Calls nested thousands deep (only medium findings) exhaust the scanner's per-file budget:
  // what it did not look at could hide a critical call. The comment names one, so the gate
  // cannot rule the critical rules out from the text alone (patterns/literal_prefilter.hpp).
  constexpr int kDepth = 3000;
  std::string nest = "x = ";
  for (int i = 0; i < kDepth; ++i) nest += "hashlib.md5(";
  nest += "c" + std::string(kDepth, ')') + "\n";
  const std::string code = "import hashlib  # not os.system(input())\n" + nest;
  auto req = python(code);
  req.security_level = "high";
  auto result = (*rt)->execute_sync(req, 60s);
  REQUIRE(result);
  CHECK(result->status == "rejected");
  CHECK_FALSE(result->security.complete);
  CHECK(result->error.find("incomplete") != std::string::npos);
  CHECK(runs == 0);
  // Below high the same program runs, its report marked incomplete.
  req.security_level = "medium";
  auto ran = (*rt)->execute_sync(req, 60s);
  REQUIRE(ran);
  CHECK(ran->status == "completed");
  CHECK_FALSE(ran->security.complete);
  CHECK(runs == 1);
  // Without a single name a critical rule needs, no critical finding is possible however far
  // the scan gets: high runs it, and the report beside the run still says it is incomplete.
  auto plain = python("import hashlib\n" + nest);
  plain.security_level = "high";
  auto plain_ran = (*rt)->execute_sync(plain, 60s);
  REQUIRE(plain_ran);
  CHECK(plain_ran->status == "completed");
  CHECK_FALSE(plain_ran->security.complete);
  CHECK(runs == 2);
}

// Python with one sieve function per copy: an analysis that takes far longer than the instant
// test runners.
std::string sieves(int copies) {
  std::string code;
  for (int i = 0; i < copies; ++i) {
    code += "def sieve" + std::to_string(i) +
            "(n):\n    is_p = [True] * (n + 1)\n    for i in range(2, n + 1):\n"
            "        if is_p[i]:\n            for j in range(i * i, n + 1, i):\n"
            "                is_p[j] = False\n    return [i for i in range(2, n + 1) if is_p[i]]\n";
  }
  return code;
}

TEST_CASE("at level high only the scan gates the run; the Riemann analysis runs beside it") {
  TempDir dir;
  std::atomic<int> runs{0};
  Runner counting = counting_runner(runs);
  auto rt = Runtime::start(RuntimeOptions{test_config(dir), languages(), counting, {}});
  REQUIRE(rt);
  auto req = python("import hashlib\nh = hashlib.md5(data)\n" + sieves(400));
  req.security_level = "high";
  auto result = (*rt)->execute_sync(req, 60s);
  REQUIRE(result);
  CHECK(result->status == "completed");
  CHECK(runs == 1);
  CHECK_FALSE(result->security.issues.empty());  // the medium md5 finding: reported, not gating
  CHECK_FALSE(result->riemann.patterns_matched.empty());
  const auto& t = result->timings;
  CHECK(t.analysis_wait_ms > 0);  // the scan, at least
  CHECK(t.analysis_wait_ms < t.analysis_ms);
  // The gate and the full scan are observed once each, in their own series.
  const auto text = (*rt)->metrics().serialize();
  CHECK_THAT(text, Catch::Contains("riemann_scan_duration_seconds_count{phase=\"gate\"} 1"));
  CHECK_THAT(text, Catch::Contains("riemann_scan_duration_seconds_count{phase=\"examine\"} 1"));

  // Rejected: nothing runs, and the result still carries both reports.
  auto bad = python("import os\nos.system(input())\n" + sieves(2));
  bad.security_level = "high";
  auto rejected = (*rt)->execute_sync(bad, 60s);
  REQUIRE(rejected);
  CHECK(rejected->status == "rejected");
  CHECK(runs == 1);
  CHECK_FALSE(rejected->riemann.patterns_matched.empty());
  CHECK(rejected->timings.analysis_wait_ms == rejected->timings.analysis_ms);
}

TEST_CASE("below level high the run does not wait for the analysis; both reports still arrive") {
  TempDir dir;
  std::atomic<int> runs{0};
  Runner counting = counting_runner(runs);
  auto rt = Runtime::start(RuntimeOptions{test_config(dir), languages(), counting, {}});
  REQUIRE(rt);
  // Large enough that its analysis takes far longer than the instant runner: the run ends
  // first and the pipeline must hold its outcome until the reports are in.
  const std::string code = "import os\nos.system(input())\n" + sieves(400);
  auto result = (*rt)->execute_sync(python(code), 60s);
  REQUIRE(result);
  CHECK(result->status == "completed");
  CHECK(runs == 1);
  CHECK(result->run.output == code);
  CHECK_FALSE(result->security.issues.empty());
  CHECK_FALSE(result->riemann.patterns_matched.empty());
  // The timings say so: the analysis outlasted the run, and only its tail after the run
  // ended was added to the latency.
  const auto& t = result->timings;
  CHECK(t.analysis_wait_ms > 0);
  CHECK(t.analysis_wait_ms < t.analysis_ms);
  CHECK(t.run_ms < t.analysis_ms);
  CHECK(t.total_ms >= t.analysis_ms);
}

TEST_CASE("an asynchronous execution is stored as queued, then completed") {
  TempDir dir;
  auto rt = Runtime::start(RuntimeOptions{test_config(dir), languages(), echo_runner(), {}});
  REQUIRE(rt);
  auto req = python("x = 1\n");
  req.wait = false;
  req.id = "exec_test_0000000000000async";
  std::promise<void> done;
  (*rt)->execute(req, 20s, [&done](Expected<execution_result, EngineError>) { done.set_value(); });
  done.get_future().wait();
  auto stored = fetch(**rt, req.id);
  REQUIRE(stored);
  CHECK(stored->status == "completed");
}

TEST_CASE("executions a crash left unfinished end as internal_error at the next start") {
  TempDir dir;
  {
    auto db = storage::Database::open(dir.path.string());
    REQUIRE(db);
    // Recent, so that the retention prune at start-up keeps it.
    const auto now = config::now_ms();
    storage::ExecutionRow row{
        "exec_test_00000000000000crash", "running", "python", "test", now, now, "{}", ""};
    REQUIRE((*db)->put_execution(row));
  }
  auto rt = Runtime::start(RuntimeOptions{test_config(dir), languages(), echo_runner(), {}});
  REQUIRE(rt);
  CHECK((*rt)->recovered_at_start() == 1);
  auto stored = fetch(**rt, "exec_test_00000000000000crash");
  REQUIRE(stored);
  CHECK(stored->status == "internal_error");
  auto doc = boost::json::parse(stored->result_json).as_object();
  CHECK(doc.at("error").as_string().size() > 0);
}

TEST_CASE("a worker crash through the whole tree is retried and shows in the metrics") {
  TempDir dir;
  std::atomic<int> calls{0};
  Runner crash_first = [&calls](const execution_request& req, std::size_t slot) {
    if (calls++ == 0) throw std::runtime_error("simulated worker crash");
    return echo_runner()(req, slot);
  };
  auto rt = Runtime::start(RuntimeOptions{test_config(dir), languages(), crash_first, {}});
  REQUIRE(rt);
  auto result = (*rt)->execute_sync(python("print(1)\n"), 20s);
  REQUIRE(result);
  CHECK(result->status == "completed");
  const auto text = (*rt)->metrics().serialize();
  CHECK(
      text.find("riemann_supervisor_restarts_total{child=\"worker\",supervisor=\"execution\"} 1") !=
      std::string::npos);
  CHECK(text.find("riemann_executions_total{language=\"python\",status=\"completed\"} 1") !=
        std::string::npos);
}

TEST_CASE("retention prunes old finished executions at start-up, never unfinished ones") {
  TempDir dir;
  {
    auto db = storage::Database::open(dir.path.string());
    REQUIRE(db);
    // Created at 1 ms after the epoch: far older than any retention.
    REQUIRE((*db)->put_execution(
        {"exec_test_0000000000000000old", "completed", "python", "test", 1, 1, "{}", "{}"}));
  }
  auto cfg = test_config(dir);
  cfg.storage.retention_days = 1;
  auto rt = Runtime::start(RuntimeOptions{cfg, languages(), echo_runner(), {}});
  REQUIRE(rt);
  bool gone = false;
  for (int i = 0; i < 100 && !gone; ++i) {
    auto r = fetch(**rt, "exec_test_0000000000000000old");
    gone = !r && r.error().code == errc::not_found;
    if (!gone) std::this_thread::sleep_for(50ms);
  }
  CHECK(gone);
  auto fresh = (*rt)->execute_sync(python("print(1)\n"), 20s);
  REQUIRE(fresh);
  CHECK(fetch(**rt, fresh->id));
}

TEST_CASE("the caller's deadline ends the wait for an engine that does not answer") {
  TempDir dir;
  std::promise<void> release;
  auto released = release.get_future().share();
  // A run that hangs until the test lets it go: the engine never answers in time.
  Runner stuck = [released](const execution_request& req, std::size_t slot) {
    released.wait();
    return echo_runner()(req, slot);
  };
  auto rt = Runtime::start(RuntimeOptions{test_config(dir), languages(), stuck, {}});
  REQUIRE(rt);
  // Lets the run go however the test ends, before the runtime shuts down (declared after it):
  // a failed REQUIRE must fail the test, not leave the runner and the runtime's shutdown
  // waiting until ctest's timeout.
  struct ReleaseOnExit {
    std::promise<void>& promise;
    bool done = false;
    void operator()() {
      if (!done) promise.set_value();
      done = true;
    }
    ~ReleaseOnExit() { (*this)(); }
  } release_run{release};
  const auto start = std::chrono::steady_clock::now();
  // The test's own wait is bounded too: an answer that never comes fails here, not in ctest's
  // timeout.
  auto done = std::make_shared<std::promise<Expected<execution_result, EngineError>>>();
  auto answer = done->get_future();
  (*rt)->execute(python("print(1)\n"), 200ms, [done](Expected<execution_result, EngineError> r) {
    done->set_value(std::move(r));
  });
  REQUIRE(answer.wait_for(30s) == std::future_status::ready);
  auto result = answer.get();
  const auto waited = std::chrono::steady_clock::now() - start;
  REQUIRE_FALSE(result);
  CHECK(result.error().message == "timed out waiting for the engine");
  CHECK(waited >= 200ms);
  CHECK(waited < 5s);  // swept once a second, not left waiting
  release_run();
  // The late answer goes nowhere; the next execution is answered normally.
  auto next = (*rt)->execute_sync(python("print(2)\n"), 20s);
  REQUIRE(next);
  CHECK(next->status == "completed");
}

TEST_CASE("many executions at once through the bridge each get their own answer") {
  TempDir dir;
  auto rt = Runtime::start(RuntimeOptions{test_config(dir), languages(), echo_runner(), {}});
  REQUIRE(rt);
  constexpr int kConcurrent = 64;
  std::vector<std::promise<Expected<execution_result, EngineError>>> done(kConcurrent);
  for (int i = 0; i < kConcurrent; ++i) {
    (*rt)->execute(
        python("print(" + std::to_string(i) + ")\n"), 20s,
        [&done, i](Expected<execution_result, EngineError> r) { done[i].set_value(std::move(r)); });
  }
  for (int i = 0; i < kConcurrent; ++i) {
    auto r = done[i].get_future().get();
    REQUIRE(r);
    CHECK(r->run.output == "print(" + std::to_string(i) + ")\n");
  }
}
