// Latency a remote dispatch adds (issue 7 §8, docs/PERFORMANCE.md "Cluster").
//
//   cluster_dispatch [ITERATIONS]
//
// Two actor systems in one process, joined by CAF's middleman over loopback TCP, exactly as two
// nodes are. An executor stand-in answers (run_atom, execution_request) with a run_outcome of
// realistic size (1 KiB source, 1 KiB output) at once, so only the messaging is measured: the
// same request answered by the same actor in the local system, then through the remote system.
// Prints p50/p90/p99 of the round trip in microseconds and the median difference.
#include <algorithm>
#include <caf/actor_system.hpp>
#include <caf/actor_system_config.hpp>
#include <caf/event_based_actor.hpp>
#include <caf/exit_reason.hpp>
#include <caf/io/middleman.hpp>
#include <caf/scoped_actor.hpp>
#include <caf/send.hpp>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "actors/messages.hpp"

namespace {

using namespace riemann::actors;
using Clock = std::chrono::steady_clock;

constexpr int kDefaultIterations = 2000;
constexpr int kWarmup = 100;
constexpr std::size_t kPayloadBytes = 1024;
constexpr auto kTimeout = std::chrono::seconds(5);

struct Node {
  caf::actor_system_config cfg;
  std::unique_ptr<caf::actor_system> sys;
  Node() {
    cfg.add_message_types<caf::id_block::riemann>();
    cfg.load<caf::io::middleman>();
    cfg.set("scheduler.policy", caf::atom("sharing"));  // as riemann serve runs it
    sys = std::make_unique<caf::actor_system>(cfg);
  }
};

caf::behavior executor_stand_in(caf::event_based_actor*) {
  return {[](run_atom, const execution_request& r) {
    run_outcome o;
    o.status = "completed";
    o.output = std::string(kPayloadBytes, 'o');
    o.node = r.language;
    return o;
  }};
}

struct Percentiles {
  double p50, p90, p99;
};

Percentiles measure(caf::actor_system& sys, const caf::actor& target, int iterations) {
  execution_request req;
  req.id = "exec_bench_0";
  req.language = "python";
  req.files = {{"main.py", std::string(kPayloadBytes, 'x')}};
  std::vector<double> us;
  caf::scoped_actor self{sys};
  for (int i = 0; i < kWarmup + iterations; ++i) {
    const auto t0 = Clock::now();
    bool ok = false;
    self->request(target, kTimeout, run_atom_v, req)
        .receive([&](run_outcome&) { ok = true; },
                 [&](caf::error& e) { std::fprintf(stderr, "%s\n", sys.render(e).c_str()); });
    if (!ok) std::exit(1);
    if (i >= kWarmup)
      us.push_back(std::chrono::duration<double, std::micro>(Clock::now() - t0).count());
  }
  std::sort(us.begin(), us.end());
  auto at = [&](double q) {
    return us[static_cast<std::size_t>(q * static_cast<double>(us.size() - 1))];
  };
  return {at(0.50), at(0.90), at(0.99)};
}

}  // namespace

int main(int argc, char** argv) {
  const int iterations = argc > 1 ? std::atoi(argv[1]) : kDefaultIterations;
  Node accepting, executing;
  auto remote_executor = executing.sys->spawn(executor_stand_in);
  auto port = executing.sys->middleman().publish(remote_executor, 0, "127.0.0.1");
  if (!port) return 1;
  auto proxy = accepting.sys->middleman().remote_actor("127.0.0.1", *port);
  if (!proxy) return 1;
  auto local_executor = accepting.sys->spawn(executor_stand_in);
  const auto local = measure(*accepting.sys, local_executor, iterations);
  const auto remote = measure(*accepting.sys, *proxy, iterations);
  std::printf("iterations %d, payload %zu B each way\n", iterations, kPayloadBytes);
  std::printf("local  p50 %8.1f us  p90 %8.1f us  p99 %8.1f us\n", local.p50, local.p90, local.p99);
  std::printf("remote p50 %8.1f us  p90 %8.1f us  p99 %8.1f us\n", remote.p50, remote.p90,
              remote.p99);
  std::printf("added by a remote dispatch at the median: %.1f us\n", remote.p50 - local.p50);
  caf::anon_send_exit(remote_executor, caf::exit_reason::user_shutdown);
  caf::anon_send_exit(local_executor, caf::exit_reason::user_shutdown);
  return 0;
}
