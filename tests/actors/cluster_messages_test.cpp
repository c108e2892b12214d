// Every message type the cluster sends between nodes survives a round trip through CAF's
// middleman between two actor systems (stack notes: an unregistered type fails silently).
#include <caf/actor_system.hpp>
#include <caf/actor_system_config.hpp>
#include <caf/deep_to_string.hpp>
#include <caf/event_based_actor.hpp>
#include <caf/exit_reason.hpp>
#include <caf/io/middleman.hpp>
#include <caf/scoped_actor.hpp>
#include <caf/send.hpp>
#include <catch2/catch.hpp>
#include <chrono>
#include <memory>

#include "actors/messages.hpp"

using namespace riemann::actors;

namespace {

constexpr auto kReplyTimeout = std::chrono::seconds(5);

struct Node {
  caf::actor_system_config cfg;
  std::unique_ptr<caf::actor_system> sys;
  Node() {
    cfg.add_message_types<caf::id_block::riemann>();
    cfg.load<caf::io::middleman>();
    sys = std::make_unique<caf::actor_system>(cfg);
  }
};

// Sends every message back unchanged.
caf::behavior echo(caf::event_based_actor* self) {
  self->set_default_handler(caf::reflect);
  return {[](caf::exit_msg&) {}};
}

execution_request sample_request() {
  execution_request r;
  r.id = "exec_a_0123";
  r.language = "python";
  r.files = {{"main.py", "print(1)"}, {"util.py", "x = 2"}};
  r.args = {"a", "b"};
  r.tests = {{"in", "out", true}};
  r.network = true;
  r.attempt = 1;
  return r;
}

run_outcome sample_outcome() {
  run_outcome o;
  o.status = "completed";
  o.output = "1\n";
  o.has_exit_code = true;
  o.node = "b";
  o.runtime_events = {{"socket", "blocked", 2}};
  o.tests = {{"completed", "accepted", "out", "", true, 0, 0, false, 0.1, 0.2, 42}};
  return o;
}

node_status sample_status() {
  node_status n;
  n.name = "b";
  n.address = "127.0.0.1:7101";
  n.state = "suspect";
  n.workers = 4;
  n.load = 3;
  n.languages = {"python", "c"};
  n.figures = {{"execution", 4, 4, 1, 0, 2, 3, 1}};
  n.remote_dispatches = 7;
  n.failovers = 1;
  return n;
}

template <class... Ts>
void round_trip(caf::scoped_actor& self, const caf::actor& remote, Ts... values) {
  const auto sent = caf::deep_to_string(caf::make_message(values...));
  std::string received;
  self->request(remote, kReplyTimeout, values...)
      .receive([&](Ts&... back) { received = caf::deep_to_string(caf::make_message(back...)); },
               [&](caf::error& err) { FAIL("round trip failed: " << self->system().render(err)); });
  CHECK(received == sent);
}

}  // namespace

TEST_CASE("cluster messages cross the middleman between two actor systems", "[cluster][remote]") {
  Node server, client;
  auto responder = server.sys->spawn(echo);
  auto port = server.sys->middleman().publish(responder, 0, "127.0.0.1");
  REQUIRE(port);
  auto remote = client.sys->middleman().remote_actor("127.0.0.1", *port);
  REQUIRE(remote);
  {
    caf::scoped_actor self{*client.sys};
    round_trip(self, *remote, run_atom_v, sample_request());
    round_trip(self, *remote, sample_outcome());
    round_trip(self, *remote, heartbeat_atom_v, sample_status());
    round_trip(self, *remote, join_atom_v, sample_status(), std::string("proof"),
               std::string("nonce"));
    round_trip(self, *remote, sample_status(), std::string("proof"),
               std::vector<node_status>{sample_status()});
    round_trip(self, *remote, challenge_atom_v);
    round_trip(self, *remote, fetch_atom_v, std::string("exec_a_1"));
    round_trip(self, *remote, stored_execution{"exec_a_1", "completed", "python", "b", 1, 2, "{}"});
    round_trip(self, *remote, std::vector<supervisor_figures>{{"root", 6, 6, 0, 0, 0, 0, 0}});
  }
  caf::anon_send_exit(responder, caf::exit_reason::user_shutdown);
}
