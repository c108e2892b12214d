// cluster/membership: up -> suspect -> down by silence, down at once on a lost connection,
// and up again when a node is heard from (rejoin).
#include "cluster/membership.hpp"

#include <catch2/catch.hpp>

using namespace riemann::cluster;
using namespace std::chrono_literals;

namespace {
const Timeouts kTimeouts{3s, 8s};
}

TEST_CASE("a node heard from is up; silence makes it suspect, then down") {
  Membership m(kTimeouts);
  const auto t0 = Clock::now();
  CHECK(m.heard("b", t0));
  CHECK(m.state("b") == NodeState::up);
  CHECK(m.tick(t0 + 2s).empty());
  CHECK(m.tick(t0 + 4s) == std::vector<std::string>{"b"});
  CHECK(m.state("b") == NodeState::suspect);
  CHECK(m.tick(t0 + 9s) == std::vector<std::string>{"b"});
  CHECK(m.state("b") == NodeState::down);
  CHECK(m.count(NodeState::down) == 1);
  CHECK(m.count(NodeState::up) == 0);
}

TEST_CASE("a heartbeat resets the silence; repeated heartbeats are not changes") {
  Membership m(kTimeouts);
  const auto t0 = Clock::now();
  m.heard("b", t0);
  CHECK_FALSE(m.heard("b", t0 + 2s));
  CHECK(m.tick(t0 + 4s).empty());
  CHECK(m.state("b") == NodeState::up);
}

TEST_CASE("a lost connection is down at once, and a rejoin brings the node back up") {
  Membership m(kTimeouts);
  const auto t0 = Clock::now();
  m.heard("b", t0);
  m.heard("c", t0);
  CHECK(m.lost("b"));
  CHECK_FALSE(m.lost("b"));
  CHECK_FALSE(m.lost("unknown"));
  CHECK(m.state("b") == NodeState::down);
  CHECK(m.state("c") == NodeState::up);
  CHECK(m.heard("b", t0 + 1s));
  CHECK(m.state("b") == NodeState::up);
  CHECK(m.names() == std::vector<std::string>{"b", "c"});
  CHECK_FALSE(m.state("x").has_value());
}

TEST_CASE("node states have their API names") {
  CHECK(std::string(to_string(NodeState::up)) == "up");
  CHECK(std::string(to_string(NodeState::suspect)) == "suspect");
  CHECK(std::string(to_string(NodeState::down)) == "down");
}
