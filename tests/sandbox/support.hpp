// Shared helpers of the sandbox tests: one Sandbox per test process, with its own state dir
// and cgroup subtree so concurrent ctest processes never share slots.
#pragma once

#include <unistd.h>

#include <memory>
#include <string>

#include "sandbox/sandbox.hpp"

namespace riemann::sandbox::test {

// The options of the test process `pid` (this one by default).
inline Options test_options(pid_t pid = ::getpid()) {
  Options o;
  o.slots = 2;
  // Concurrent test processes (ctest -j) get disjoint uid ranges, so the host checks of one
  // never see the other's boxes: 2 slots use 4 uids (program + namespace root).
  constexpr std::uint32_t kTestUidBase = 200000;
  constexpr std::uint32_t kUidsPerProcess = 4;
  constexpr std::uint32_t kUidRanges = 10000;
  o.uid_base = kTestUidBase + static_cast<std::uint32_t>(pid) % kUidRanges * kUidsPerProcess;
  const std::string tag = std::to_string(pid);
  o.cgroup_name = "riemann/test-" + tag;  // inside our own subtree, never beside it
  o.state_dir = (::geteuid() == 0 ? "/run/riemann-test-" : "/tmp/riemann-test-") + tag;
  return o;
}

// The sandbox of this test process (created on first use, destroyed at exit).
inline Sandbox& box() {
  static std::unique_ptr<Sandbox> instance = [] {
    auto created = Sandbox::create(test_options());
    if (!created) throw std::runtime_error("Sandbox::create: " + created.error().message);
    return std::move(created).value();
  }();
  return *instance;
}

inline Spec python(const std::string& code) {
  Spec s;
  s.argv = {"/usr/bin/python3", "-c", code};
  s.env = {"PATH=/usr/bin:/bin", "LANG=C.UTF-8"};
  return s;
}

inline Spec bash(const std::string& script) {
  Spec s;
  s.argv = {"/bin/bash", "-c", script};
  s.env = {"PATH=/usr/bin:/bin"};
  return s;
}

// Runs and requires that the engine succeeded.
inline Result run_ok(const Spec& spec, std::size_t slot = 0) {
  auto r = box().run(spec, slot);
  if (!r) {
    throw std::runtime_error(std::string("engine error ") + to_string(r.error().code) + ": " +
                             r.error().message);
  }
  return std::move(r).value();
}

}  // namespace riemann::sandbox::test
