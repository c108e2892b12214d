// seccomp policies: every level compiles, every rule has a reason, names resolve.
#include "sandbox/seccomp.hpp"

#include <sys/syscall.h>

#include <catch2/catch.hpp>

namespace riemann::sandbox {
namespace {

constexpr SecurityLevel kLevels[] = {SecurityLevel::low, SecurityLevel::medium,
                                     SecurityLevel::high};

TEST_CASE("seccomp: every level compiles with and without network", "[seccomp]") {
  for (SecurityLevel level : kLevels) {
    for (bool network : {false, true}) {
      auto p = compile_policy(level, network);
      INFO(to_string(level) << " network=" << network);
      REQUIRE(p);
      CHECK_FALSE(p->bpf.empty());
      CHECK(p->level == level);
    }
  }
}

TEST_CASE("seccomp: every rule states why", "[seccomp]") {
  for (SecurityLevel level : kLevels) {
    for (const RuleDoc& r : describe_policy(level, false)) {
      INFO(r.syscall);
      CHECK_FALSE(r.syscall.empty());
      CHECK_FALSE(r.action.empty());
      CHECK(r.why.size() > 5);
    }
  }
}

TEST_CASE("seccomp: network off refuses IP sockets, network on does not", "[seccomp]") {
  const auto mentions_ipv4 = [](SecurityLevel level, bool network) {
    for (const RuleDoc& r : describe_policy(level, network)) {
      if (r.syscall == "socket" && r.why.find("IPv4") != std::string::npos) return true;
    }
    return false;
  };
  CHECK(mentions_ipv4(SecurityLevel::medium, false));
  CHECK_FALSE(mentions_ipv4(SecurityLevel::medium, true));
}

TEST_CASE("seccomp: the high level kills on the dangerous calls, others only block", "[seccomp]") {
  auto high = compile_policy(SecurityLevel::high, false);
  REQUIRE(high);
  CHECK(high->refusals.at(SYS_ptrace) == Refusal::kill);
  CHECK(high->refusals.at(SYS_bpf) == Refusal::kill);
  auto medium = compile_policy(SecurityLevel::medium, false);
  REQUIRE(medium);
  CHECK(medium->refusals.count(SYS_ptrace) == 0);  // blocked with EPERM (the default)
}

TEST_CASE("seccomp: the policies grow stricter with the level", "[seccomp]") {
  CHECK(describe_policy(SecurityLevel::medium, false).size() >
        describe_policy(SecurityLevel::low, false).size());
}

TEST_CASE("seccomp: syscall numbers resolve to names", "[seccomp]") {
  CHECK(syscall_name(SYS_socket) == "socket");
  CHECK(syscall_name(SYS_ptrace) == "ptrace");
  CHECK(syscall_name(99999) == "syscall_99999");
}

}  // namespace
}  // namespace riemann::sandbox
