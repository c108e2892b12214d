#include "actors/pipeline.hpp"

#include <algorithm>
#include <caf/actor_system.hpp>
#include <caf/event_based_actor.hpp>
#include <caf/response_promise.hpp>
#include <caf/send.hpp>
#include <caf/stateful_actor.hpp>
#include <chrono>
#include <optional>

#include "actors/errors.hpp"
#include "actors/result_json.hpp"
#include "config/log.hpp"
#include "config/units.hpp"
#include "patterns/patterns.hpp"

namespace riemann::actors {
namespace {

// Requests to the local children (scanner, pattern, router, store) carry no timeout: each
// timed request costs two wake-ups of CAF's clock thread (set, then cancel on the answer),
// a dozen context switches per execution, for a guard these children do not need. They are
// bounded by their own limits (the pattern engine's input and work limits, SQLite's busy
// timeout), a child that dies bounces the request back as an error, and the caller's deadline
// (Runtime::execute's timeout) still bounds what the client waits for.
constexpr auto kLocalChild = caf::infinite;

struct State {
  Handles h;
  execution_request request;
  caf::response_promise promise;
  std::optional<security_scan> scan;
  std::optional<riemann_analysis> analysis;
  std::optional<run_outcome> ran;  // the run ended before the analysis (see analysis_gates_run)
  std::string rejected;            // why security_level high refused to run the program
  std::int64_t created_at_ms = 0;
  std::chrono::steady_clock::time_point started;
  // For the result's timings (engine_timings); unset until the step happened.
  std::optional<std::chrono::steady_clock::time_point> scan_end, analysis_end, run_start, run_end;
  bool finishing = false;      // a verdict was reached; late replies change nothing
  std::string running_on;      // node the execution was dispatched to ("" = not dispatched)
  std::uint64_t dispatch = 0;  // bumps on every dispatch: replies of an abandoned one are ignored
  bool failed_over = false;    // re-dispatched once after its node was lost
  const char* name = "pipeline";
};

using Self = caf::stateful_actor<State>;

// The static scan gates the run only at security_level high, where a critical finding rejects
// the program unrun; the Riemann analysis never does. Below high the program starts at once
// and one `examine` (one parse, both reports) runs beside it on another core, off the latency
// path. At high the critical rules alone are walked first (Engine::gate: a parse and a few
// rules), then the same `examine` runs beside the program (a second parse, ~1 ms of CPU for
// 5 KB, for the rest of the security walk off the latency path).
bool analysis_gates_run(const execution_request& req) {
  return req.security_level == "high";
}

// Why security_level high refuses to run the program; empty when it may run. A scan that a
// work bound cut short (hostile input) may have missed a critical finding: refused too.
std::string rejection(const execution_request& req, const security_scan& scan) {
  if (req.security_level != "high") return {};
  for (const auto& i : scan.issues) {
    if (i.severity == patterns::kGateSeverity && !i.suppressed) {
      return "security_level high: a critical static finding; the program was not run";
    }
  }
  if (!scan.complete) {
    return "security_level high: the static scan hit its work bounds (hostile input) and may be "
           "incomplete; the program was not run";
  }
  return {};
}

double ms_between(std::chrono::steady_clock::time_point from,
                  std::chrono::steady_clock::time_point to) {
  return std::chrono::duration<double, std::milli>(to - from).count();
}

engine_timings timings_of(const State& s) {
  engine_timings t;
  const auto now = std::chrono::steady_clock::now();
  t.total_ms = ms_between(s.started, now);
  if (s.run_start && s.run_end) t.run_ms = ms_between(*s.run_start, *s.run_end);
  if (!s.analysis_end) return t;
  t.analysis_ms = ms_between(s.started, *s.analysis_end);
  if (!s.run_end) {
    t.analysis_wait_ms = t.analysis_ms;  // nothing ran beside it
    return t;
  }
  // The gating scan (level high), then whatever of the analysis outlasted the run.
  const double gate =
      s.scan_end && analysis_gates_run(s.request) ? ms_between(s.started, *s.scan_end) : 0.0;
  t.analysis_wait_ms = gate + std::max(0.0, ms_between(*s.run_end, *s.analysis_end));
  return t;
}

void record_metrics(Self* self, const execution_result& r) {
  auto& s = self->state;
  const double engine =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - s.started).count();
  s.h.metrics->execution_finished(r.language, r.status, engine, r.run.wall_time_s);
  for (const auto& e : r.run.runtime_events) s.h.metrics->runtime_event(e.syscall);
}

bool security_alert(const execution_result& r) {
  for (const auto& i : r.security.issues) {
    if (!i.suppressed && (i.severity == "high" || i.severity == "critical")) return true;
  }
  return !r.run.runtime_events.empty();
}

// SPEC §5.5 events of a finished execution, to the request's webhook URL.
void notify(Self* self, const execution_result& r, const std::string& data_json) {
  auto& s = self->state;
  const auto& url = s.request.webhook_url;
  if (url.empty() || !s.h.webhooks) return;
  const char* event = r.status == "completed" ? "execution.completed" : "execution.failed";
  self->send(s.h.webhooks, notify_atom_v, url, std::string(event), data_json);
  if (security_alert(r))
    self->send(s.h.webhooks, notify_atom_v, url, std::string("security.alert"), data_json);
}

// Persists the result, then answers the client. The reply waits for the commit so that a
// result the client has seen survives a kill -9 of the server.
void finish(Self* self, execution_result result) {
  auto& s = self->state;
  s.finishing = true;
  result.id = s.request.id;
  result.language = s.request.language;
  result.created_at_ms = s.created_at_ms;
  result.completed_at_ms = config::now_ms();
  if (s.scan) result.security = *s.scan;
  result.security.runtime_events = result.run.runtime_events;
  result.timings = timings_of(s);
  record_metrics(self, result);
  const auto& ran_on = result.run.node.empty() ? s.h.node : result.run.node;
  stored_execution row{result.id,
                       result.status,
                       result.language,
                       ran_on,
                       result.created_at_ms,
                       result.completed_at_ms,
                       result_to_json(result)};
  notify(self, result, row.result_json);
  self->request(s.h.store, kLocalChild, store_atom_v, std::move(row), request_to_json(s.request))
      .then(
          [self, result](bool) mutable {
            self->state.promise.deliver(std::move(result));
            self->quit();
          },
          [self, result](caf::error& err) mutable {
            config::log(config::LogLevel::error, "store_failed",
                        {{"execution_id", result.id}, {"error", error_message(err)}});
            self->state.promise.deliver(std::move(result));
            self->quit();
          });
}

execution_result engine_failure(std::string why) {
  execution_result r;
  r.status = "internal_error";
  r.run.status = r.status;
  r.error = std::move(why);
  return r;
}

void refine_and_finish(Self* self, run_outcome run) {
  auto& s = self->state;
  auto analysis = s.analysis.value_or(riemann_analysis{});
  auto output = run.output;
  self->request(s.h.pattern, kLocalChild, refine_atom_v, std::move(analysis), std::move(output),
                s.request.riemann_threshold)
      .then(
          [self, run](riemann_analysis& refined) mutable {
            execution_result r;
            r.status = run.status;
            r.error = run.error;
            r.run = std::move(run);
            r.riemann = std::move(refined);
            finish(self, std::move(r));
          },
          [self, run](caf::error&) mutable {
            execution_result r;
            r.status = run.status;
            r.error = run.error;
            r.run = std::move(run);
            r.riemann = self->state.analysis.value_or(riemann_analysis{});
            finish(self, std::move(r));
          });
}

void run_program(Self* self, const std::string& excluded = {});

// The program ran; the Riemann analysis may still be on its way (not gated, see above).
void run_finished(Self* self, run_outcome run) {
  auto& s = self->state;
  s.run_end = std::chrono::steady_clock::now();
  if (!s.analysis) {
    s.ran = std::move(run);
    return;
  }
  refine_and_finish(self, std::move(run));
}

// The run ended (either way): the router no longer counts it against its node.
void dispatch_ended(Self* self) {
  auto& s = self->state;
  ++s.dispatch;
  if (s.h.router && !s.running_on.empty()) self->send(s.h.router, routed_atom_v, s.running_on);
  s.running_on.clear();
}

// The node running this execution is gone: re-dispatch once elsewhere (issue 7 §4), except
// executions with network access, which may have had effects outside: those fail, said plainly.
void node_lost(Self* self, const std::string& node) {
  auto& s = self->state;
  ++s.dispatch;
  s.running_on.clear();
  std::string why;
  if (s.request.network) {
    why = "node " + node +
          " was lost while running this execution; executions with network access are not re-run";
  } else if (s.failed_over) {
    why = "node " + node + " was lost while running this execution, after one re-dispatch already";
  }
  if (!why.empty()) {
    auto r = engine_failure(std::move(why));
    r.riemann = s.analysis.value_or(riemann_analysis{});
    finish(self, std::move(r));
    return;
  }
  s.failed_over = true;
  s.h.metrics->failover(node);
  config::log(config::LogLevel::warn, "execution_failover",
              {{"execution_id", s.request.id}, {"lost_node", node}});
  run_program(self, node);
}

void run_on(Self* self, const caf::actor& executor, const std::string& node) {
  auto& s = self->state;
  const auto generation = ++s.dispatch;
  s.running_on = node;
  const bool remote = node != s.h.node;
  self->request(executor, caf::infinite, run_atom_v, s.request)
      .then(
          [self, generation](run_outcome& run) {
            if (generation != self->state.dispatch) return;
            dispatch_ended(self);
            run_finished(self, std::move(run));
          },
          [self, generation, remote, node](caf::error& err) {
            if (generation != self->state.dispatch) return;
            dispatch_ended(self);
            // Not one of our verdicts from a remote node: the node or the link failed.
            if (remote && !our_code(err)) return node_lost(self, node);
            // A full queue there: run here instead (our own queue bounds what we accepted).
            if (remote && our_code(err) == errc::queue_full) {
              return run_on(self, self->state.h.executor, self->state.h.node);
            }
            auto code = our_code(err);
            if ((code == errc::queue_full || code == errc::shutting_down) &&
                self->state.request.wait) {
              // Not accepted for running: the caller gets the error (503), nothing is stored.
              self->state.promise.deliver(err);
              self->quit();
              return;
            }
            auto r = engine_failure(error_message(err));
            r.riemann = self->state.analysis.value_or(riemann_analysis{});
            finish(self, std::move(r));
          });
}

void run_program(Self* self, const std::string& excluded) {
  auto& s = self->state;
  if (!s.run_start) s.run_start = std::chrono::steady_clock::now();  // a re-dispatch included
  if (!s.h.router) return run_on(self, s.h.executor, s.h.node);
  self->request(s.h.router, kLocalChild, route_atom_v, s.request.language, excluded)
      .then(
          [self](std::string& node, caf::actor& executor) {
            auto& s = self->state;
            if (!executor || node == s.h.node) return run_on(self, s.h.executor, s.h.node);
            run_on(self, executor, node);
          },
          // No router answer: run here rather than not at all.
          [self](caf::error&) { run_on(self, self->state.h.executor, self->state.h.node); });
}

// Both reports are in: finish a rejected execution, or one whose run already ended.
void analysis_done(Self* self) {
  auto& s = self->state;
  if (s.finishing || !s.scan || !s.analysis) return;
  if (!s.rejected.empty()) {
    execution_result r;
    r.status = "rejected";
    r.run.status = r.status;
    r.error = s.rejected;
    r.riemann = *s.analysis;
    finish(self, std::move(r));
    return;
  }
  if (s.ran) {
    auto run = std::move(*s.ran);
    s.ran.reset();
    refine_and_finish(self, std::move(run));
  }
}

// A scanner failure must not let code skip the policy at level high: the scan reads unknown.
security_scan failed_scan(Self* self, const caf::error& err) {
  security_scan failed;
  failed.level = "unknown";
  failed.score = 0;
  failed.complete = false;
  config::log(config::LogLevel::warn, "scan_failed",
              {{"execution_id", self->state.request.id}, {"error", error_message(err)}});
  return failed;
}

void request_examination(Self* self);

// Level high: the critical rules decide; both whole reports follow, beside the program when it
// runs (a rejected program gets them attached).
void request_gating_scan(Self* self) {
  auto& s = self->state;
  self->request(s.h.scanner, kLocalChild, scan_atom_v, s.request.language, s.request.files)
      .then(
          [self](security_scan& gate) {
            auto& s = self->state;
            s.scan_end = std::chrono::steady_clock::now();
            s.rejected = rejection(s.request, gate);
            if (s.rejected.empty()) run_program(self);
            request_examination(self);
          },
          [self](caf::error& err) {
            auto& s = self->state;
            s.scan_end = s.analysis_end = std::chrono::steady_clock::now();
            s.scan = failed_scan(self, err);
            s.analysis = riemann_analysis{};
            s.rejected = "security_level high: the static scan failed (" + error_message(err) + ")";
            analysis_done(self);
          });
}

// Both reports from one parse, beside the run (after the gate at level high).
void request_examination(Self* self) {
  auto& s = self->state;
  self->request(s.h.scanner, kLocalChild, examine_atom_v, s.request.language, s.request.files,
                s.request.riemann_threshold)
      .then(
          [self](security_scan& scan, riemann_analysis& analysis) {
            self->state.analysis_end = std::chrono::steady_clock::now();
            self->state.scan = std::move(scan);
            self->state.analysis = std::move(analysis);
            analysis_done(self);
          },
          [self](caf::error& err) {
            self->state.analysis_end = std::chrono::steady_clock::now();
            self->state.scan = failed_scan(self, err);
            self->state.analysis = riemann_analysis{};
            analysis_done(self);
          });
}

caf::behavior pipeline(Self* self, Handles handles) {
  self->state.h = std::move(handles);
  return {
      [self](lost_atom, const std::string& node) {
        auto& s = self->state;
        if (s.finishing || s.running_on != node) return;
        node_lost(self, node);
      },
      [self](execute_atom, execution_request& request) -> caf::result<execution_result> {
        auto& s = self->state;
        s.request = std::move(request);
        s.promise = self->make_response_promise();
        s.created_at_ms = config::now_ms();
        s.started = std::chrono::steady_clock::now();
        if (!s.request.wait) {
          // The client already holds the id: record it now so that a poll finds it queued.
          stored_execution row{
              s.request.id,    "queued", s.request.language, s.h.node, s.created_at_ms,
              s.created_at_ms, ""};
          caf::anon_send(s.h.store, store_atom_v, std::move(row), request_to_json(s.request));
        }
        if (analysis_gates_run(s.request)) {
          request_gating_scan(self);
        } else {
          request_examination(self);
          run_program(self);
        }
        return s.promise;
      },
  };
}

}  // namespace

caf::actor spawn_pipeline(caf::actor_system& sys, Handles handles) {
  return sys.spawn(pipeline, std::move(handles));
}

}  // namespace riemann::actors
