// Sandbox overhead per run: `python3 -c 'print(1)'` bare (posix_spawn, clean environment,
// stdout read through a pipe) vs. sandboxed (Sandbox::run, default limits, medium policy),
// interleaved in the same process so both see the same machine load. Wall time per run, and
// CPU per run: this process (the sandbox's parent side and its spawner threads) plus every
// child it reaped (bare: python; sandboxed: init and, through it, python).
// Usage: sandbox_overhead [runs] [security_level: low|medium|high]
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "bench/bare_spawn.hpp"
#include "sandbox/sandbox.hpp"

namespace {

using Clock = std::chrono::steady_clock;
using riemann::sandbox::Sandbox;
using riemann::sandbox::SecurityLevel;
using riemann::sandbox::Spec;

constexpr int kDefaultRuns = 200;
constexpr int kWarmupRuns = 10;
constexpr const char* kPython = "/usr/bin/python3";

double ms_since(Clock::time_point t0) {
  return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

// One bare run; returns milliseconds, or a negative value on failure.
double bare_run() {
  const auto t0 = Clock::now();
  const auto out = riemann::bench::bare_spawn({kPython, "-c", "print(1)"},
                                              {"PATH=/usr/bin:/bin", "LANG=C.UTF-8"});
  if (!out || *out != "1\n") return -1;
  return ms_since(t0);
}

double tv_ms(const timeval& tv) {
  return static_cast<double>(tv.tv_sec) * 1e3 + static_cast<double>(tv.tv_usec) / 1e3;
}

// CPU milliseconds used so far by this process and its reaped children.
double cpu_ms() {
  rusage self{}, children{};
  ::getrusage(RUSAGE_SELF, &self);
  ::getrusage(RUSAGE_CHILDREN, &children);
  return tv_ms(self.ru_utime) + tv_ms(self.ru_stime) + tv_ms(children.ru_utime) +
         tv_ms(children.ru_stime);
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

double mean(const std::vector<double>& v) {
  double s = 0;
  for (double x : v) s += x;
  return s / static_cast<double>(v.size());
}

}  // namespace

int main(int argc, char** argv) {
  const int runs = argc > 1 ? std::atoi(argv[1]) : kDefaultRuns;
  const std::string level = argc > 2 ? argv[2] : "medium";
  riemann::sandbox::Options options;
  options.slots = 1;
  options.cgroup_name = "riemann/bench";
  options.state_dir = ::geteuid() == 0 ? "/run/riemann-bench" : "/tmp/riemann-bench";
  const auto t0 = Clock::now();
  auto created = Sandbox::create(options);
  if (!created) {
    std::fprintf(stderr, "create: %s\n", created.error().message.c_str());
    return 1;
  }
  const double create_ms = ms_since(t0);
  Sandbox& box = **created;
  Spec spec;
  spec.argv = {kPython, "-c", "print(1)"};
  spec.env = {"PATH=/usr/bin:/bin", "LANG=C.UTF-8"};
  spec.security_level = level == "low"    ? SecurityLevel::low
                        : level == "high" ? SecurityLevel::high
                                          : SecurityLevel::medium;
  std::vector<double> bare, boxed;
  double bare_cpu = 0, boxed_cpu = 0, program_cpu = 0;
  for (int i = 0; i < runs + kWarmupRuns; ++i) {
    const double c0 = cpu_ms();
    const double b = bare_run();
    const double c1 = cpu_ms();
    const auto t = Clock::now();
    auto r = box.run(spec, 0);
    const double s = ms_since(t);
    const double c2 = cpu_ms();
    if (i >= kWarmupRuns) {
      bare_cpu += c1 - c0;
      boxed_cpu += c2 - c1;
      if (r) program_cpu += r->cpu_time_s * 1e3;  // the program alone, as init measured it
    }
    if (b < 0 || !r || r->stdout_data != "1\n") {
      std::fprintf(stderr, "run %d failed\n", i);
      return 1;
    }
    if (i < kWarmupRuns) continue;
    bare.push_back(b);
    boxed.push_back(s);
  }
  std::printf("runs=%d level=%s create=%.1fms\n", runs, level.c_str(), create_ms);
  std::printf("bare      median %.2f ms  mean %.2f ms\n", median(bare), mean(bare));
  std::printf("sandboxed median %.2f ms  mean %.2f ms\n", median(boxed), mean(boxed));
  std::printf("overhead  median %.2f ms  mean %.2f ms\n", median(boxed) - median(bare),
              mean(boxed) - mean(bare));
  std::printf("cpu/run   bare %.2f ms  sandboxed %.2f ms  overhead %.2f ms\n", bare_cpu / runs,
              boxed_cpu / runs, (boxed_cpu - bare_cpu) / runs);
  // The sandboxed CPU splits into the program itself (python in the box vs python bare) and
  // the box machinery (init, namespaces, the spawner thread, the parent's side).
  std::printf("cpu/run   program in the box %.2f ms (bare %.2f ms), box machinery %.2f ms\n",
              program_cpu / runs, bare_cpu / runs, (boxed_cpu - program_cpu) / runs);
  for (const auto& w : box.warnings()) std::printf("warning: %s\n", w.c_str());
  return 0;
}
