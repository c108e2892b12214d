// Actor tier: the execution supervisor with injected runners. A runner that throws is a worker
// crash; the supervisor must retry once, restart the worker, count the restart in the metrics,
// and escalate when crashes exceed the restart intensity.
#include "actors/execution_supervisor.hpp"

#include <atomic>
#include <caf/actor_system.hpp>
#include <caf/actor_system_config.hpp>
#include <caf/exit_reason.hpp>
#include <caf/scoped_actor.hpp>
#include <catch2/catch.hpp>
#include <future>
#include <stdexcept>

#include "actors/errors.hpp"

using namespace riemann::actors;
using namespace std::chrono_literals;

namespace {

constexpr auto kWait = 20s;

struct Fixture {
  caf::actor_system_config cfg;
  caf::actor_system sys{cfg};
  std::shared_ptr<Metrics> metrics = std::make_shared<Metrics>();
};

execution_request make_request(std::string id) {
  execution_request r;
  r.id = std::move(id);
  r.language = "python";
  return r;
}

run_outcome ok_outcome(const execution_request& req) {
  run_outcome o;
  o.status = "completed";
  o.output = "ran " + req.id + " attempt " + std::to_string(req.attempt);
  return o;
}

struct Reply {
  std::optional<run_outcome> outcome;
  caf::error error;
};

Reply run(caf::actor_system& sys, const caf::actor& sup, execution_request req) {
  caf::scoped_actor self{sys};
  Reply reply;
  self->request(sup, kWait, run_atom_v, std::move(req))
      .receive([&](run_outcome& o) { reply.outcome = std::move(o); },
               [&](caf::error& e) { reply.error = e; });
  return reply;
}

supervisor_figures figures(caf::actor_system& sys, const caf::actor& sup) {
  caf::scoped_actor self{sys};
  supervisor_figures f;
  self->request(sup, kWait, figures_atom_v)
      .receive([&](supervisor_figures& x) { f = x; }, [](caf::error&) {});
  return f;
}

}  // namespace

TEST_CASE("a worker crash mid-request is retried once, the worker restarted and counted") {
  Fixture fx;
  std::atomic<int> calls{0};
  Runner crash_first = [&calls](const execution_request& req, std::size_t) -> run_outcome {
    if (calls++ == 0) throw std::runtime_error("simulated crash in the middle of a run");
    return ok_outcome(req);
  };
  ExecutionSupervisorOptions opts;
  opts.workers = 2;
  auto sup = spawn_execution_supervisor(fx.sys, opts, crash_first, fx.metrics);
  auto reply = run(fx.sys, sup, make_request("exec_t_1"));
  REQUIRE(reply.outcome);
  CHECK(reply.outcome->status == "completed");
  CHECK(reply.outcome->output == "ran exec_t_1 attempt 1");  // the retry, not the first try
  CHECK(calls == 2);
  auto f = figures(fx.sys, sup);
  CHECK(f.restarts == 1);
  CHECK(f.children_alive == 2);  // the crashed worker was replaced
  const auto text = fx.metrics->serialize();
  CHECK(
      text.find("riemann_supervisor_restarts_total{child=\"worker\",supervisor=\"execution\"} 1") !=
      std::string::npos);
  // The restarted worker serves new requests.
  auto again = run(fx.sys, sup, make_request("exec_t_2"));
  REQUIRE(again.outcome);
  CHECK(again.outcome->output == "ran exec_t_2 attempt 0");
  caf::anon_send_exit(sup, caf::exit_reason::user_shutdown);
}

TEST_CASE("a request whose worker crashes twice ends with a clean worker_crashed error") {
  Fixture fx;
  Runner always_crash = [](const execution_request&, std::size_t) -> run_outcome {
    throw std::runtime_error("simulated crash");
  };
  ExecutionSupervisorOptions opts;
  opts.workers = 1;
  auto sup = spawn_execution_supervisor(fx.sys, opts, always_crash, fx.metrics);
  auto reply = run(fx.sys, sup, make_request("exec_t_3"));
  CHECK_FALSE(reply.outcome);
  REQUIRE(our_code(reply.error) == errc::worker_crashed);
  auto f = figures(fx.sys, sup);
  CHECK(f.restarts == 2);
  CHECK(f.children_alive == 1);
  caf::anon_send_exit(sup, caf::exit_reason::user_shutdown);
}

TEST_CASE("crashes beyond the restart intensity escalate: the supervisor stops cleanly") {
  Fixture fx;
  Runner always_crash = [](const execution_request&, std::size_t) -> run_outcome {
    throw std::runtime_error("simulated crash");
  };
  ExecutionSupervisorOptions opts;
  opts.workers = 1;
  opts.restart_limit = 2;
  opts.restart_window = 60s;
  auto sup = spawn_execution_supervisor(fx.sys, opts, always_crash, fx.metrics);
  caf::scoped_actor self{fx.sys};
  self->monitor(sup);
  auto first = run(fx.sys, sup, make_request("exec_t_4"));  // crash, retry, crash: 2 restarts
  CHECK(our_code(first.error) == errc::worker_crashed);
  auto second = run(fx.sys, sup, make_request("exec_t_5"));  // third crash: escalation
  CHECK(our_code(second.error) == errc::shutting_down);
  bool down = false;
  self->receive([&](caf::down_msg& dm) { down = dm.source == sup.address(); },
                caf::after(kWait) >> [] {});
  CHECK(down);
  CHECK(fx.metrics->serialize().find(
            "riemann_supervisor_escalations_total{supervisor=\"execution\"} 1") !=
        std::string::npos);
}

TEST_CASE("a full queue refuses with queue_full instead of growing") {
  Fixture fx;
  std::promise<void> release;
  auto gate = release.get_future().share();
  Runner blocking = [gate](const execution_request& req, std::size_t) {
    gate.wait();
    return ok_outcome(req);
  };
  ExecutionSupervisorOptions opts;
  opts.workers = 1;
  opts.queue_capacity = 1;
  auto sup = spawn_execution_supervisor(fx.sys, opts, blocking, fx.metrics);
  caf::scoped_actor self{fx.sys};
  // One running, one queued: both accepted. The third is refused at once.
  self->send(sup, run_atom_v, make_request("exec_q_1"));
  self->send(sup, run_atom_v, make_request("exec_q_2"));
  auto third = run(fx.sys, sup, make_request("exec_q_3"));
  INFO(fx.sys.render(third.error));
  CHECK(our_code(third.error) == errc::queue_full);
  auto f = figures(fx.sys, sup);
  CHECK(f.in_flight == 1);
  CHECK(f.queued == 1);
  release.set_value();
  // Both accepted requests complete (their replies go to `self`).
  int completed = 0;
  for (int i = 0; i < 2; ++i) {
    self->receive([&](run_outcome& o) { completed += o.status == "completed"; },
                  caf::after(kWait) >> [] {});
  }
  CHECK(completed == 2);
  caf::anon_send_exit(sup, caf::exit_reason::user_shutdown);
}
