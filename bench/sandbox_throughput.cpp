// The sandbox's own ceiling on issue 8's throughput ratio: N threads each running
// `python3 -c 'print("hello")'` in a loop for T seconds, sandboxed (Sandbox::run on a slot of
// its own, default limits, medium policy) against bare (posix_spawn, stdout through a pipe),
// in alternating rounds of the same process so both see the same machine. No server, HTTP,
// actors, scan or database: what the end-to-end benchmark (bench/e2e_vs_bare.py) loses beyond
// this ratio is the rest of the path's.
// Usage: sandbox_throughput [threads=2] [seconds=10] [rounds=3]
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>
#include <thread>
#include <vector>

#include "bench/bare_spawn.hpp"
#include "sandbox/sandbox.hpp"

namespace {

using Clock = std::chrono::steady_clock;
using riemann::sandbox::Sandbox;
using riemann::sandbox::Spec;

constexpr int kDefaultThreads = 2;  // one per core of the machine type
constexpr double kDefaultSeconds = 10;
constexpr int kDefaultRounds = 3;
constexpr const char* kPython = "/usr/bin/python3";
constexpr const char* kCode = "print(\"hello\")";
constexpr const char* kExpected = "hello\n";
// The environment the API gives a python program (config/languages/python.json).
const std::vector<std::string> kEnv = {"PATH=/usr/local/bin:/usr/bin:/bin", "HOME=/tmp",
                                       "LANG=C.UTF-8"};

bool bare_run() {
  std::vector<const char*> envp;
  for (const auto& e : kEnv) envp.push_back(e.c_str());
  const auto out = riemann::bench::bare_spawn({kPython, "-c", kCode}, envp);
  return out && *out == kExpected;
}

// Runs `one(thread index)` on `threads` threads for `seconds`; returns runs per second.
double loop(int threads, double seconds, const std::function<bool(int)>& one) {
  std::atomic<long> runs{0};
  std::atomic<bool> stop{false}, failed{false};
  const auto t0 = Clock::now();
  std::vector<std::thread> pool;
  for (int i = 0; i < threads; ++i) {
    pool.emplace_back([&, i] {
      while (!stop) {
        if (!one(i)) {
          failed = true;
          return;
        }
        ++runs;
      }
    });
  }
  std::this_thread::sleep_for(std::chrono::duration<double>(seconds));
  stop = true;
  for (auto& t : pool) t.join();
  if (failed) return -1;
  return static_cast<double>(runs) / std::chrono::duration<double>(Clock::now() - t0).count();
}

}  // namespace

int main(int argc, char** argv) {
  const int threads = argc > 1 ? std::atoi(argv[1]) : kDefaultThreads;
  const double seconds = argc > 2 ? std::atof(argv[2]) : kDefaultSeconds;
  const int rounds = argc > 3 ? std::atoi(argv[3]) : kDefaultRounds;
  riemann::sandbox::Options options;
  options.slots = static_cast<std::size_t>(threads);
  options.cgroup_name = "riemann/bench-throughput";
  options.state_dir =
      ::geteuid() == 0 ? "/run/riemann-bench-throughput" : "/tmp/riemann-bench-throughput";
  auto created = Sandbox::create(options);
  if (!created) {
    std::fprintf(stderr, "create: %s\n", created.error().message.c_str());
    return 1;
  }
  Sandbox& box = **created;
  Spec spec;
  spec.argv = {kPython, "-c", kCode};
  spec.env = kEnv;
  const auto boxed = [&](int slot) {
    auto r = box.run(spec, static_cast<std::size_t>(slot));
    return r && r->stdout_data == kExpected;
  };
  std::vector<double> ratios;
  for (int round = 0; round < rounds; ++round) {
    const double bare = loop(threads, seconds, [](int) { return bare_run(); });
    const double sandboxed = loop(threads, seconds, boxed);
    if (bare <= 0 || sandboxed <= 0) {
      std::fprintf(stderr, "a run failed\n");
      return 1;
    }
    ratios.push_back(sandboxed / bare);
    std::printf("round %d: bare %.1f runs/s, sandboxed %.1f runs/s, ratio %.3f\n", round + 1, bare,
                sandboxed, sandboxed / bare);
  }
  std::sort(ratios.begin(), ratios.end());
  std::printf("threads=%d seconds=%.0f median ratio %.3f\n", threads, seconds,
              ratios[ratios.size() / 2]);
  return 0;
}
