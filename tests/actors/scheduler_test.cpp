// The server's CAF scheduler (actors/scheduler.hpp): messages still flow and timeouts still
// fire with our policy and clock, and an actor that never set a timeout ends without a trip to
// the clock's thread.
#include "actors/scheduler.hpp"

#include <caf/actor_system.hpp>
#include <caf/actor_system_config.hpp>
#include <caf/event_based_actor.hpp>
#include <caf/scoped_actor.hpp>
#include <caf/send.hpp>
#include <catch2/catch.hpp>
#include <chrono>

#include "actors/messages.hpp"

using namespace riemann::actors;
using namespace std::chrono_literals;

namespace {

struct SchedulerConfig : caf::actor_system_config {
  SchedulerConfig() {
    add_message_types<caf::id_block::riemann>();
    set("scheduler.max-threads", 2);
    module_factories.push_back([](caf::actor_system& sys) -> caf::actor_system::module* {
      return new Scheduler(sys);  // NOLINT: owned by sys, as in actors/runtime.cpp
    });
  }
};

// Answers `count_atom, n` by passing n - 1 on to `next`, then reports to `done` at zero.
caf::behavior relay(caf::event_based_actor* self, caf::actor done) {
  return {[self, done](count_atom, std::uint64_t n) {
    if (n == 0) {
      self->send(done, count_atom_v, n);
      return;
    }
    self->send(self, count_atom_v, n - 1);
  }};
}

}  // namespace

TEST_CASE("our scheduler runs messages between actors to the end") {
  SchedulerConfig cfg;
  caf::actor_system sys{cfg};
  REQUIRE(dynamic_cast<QuietClock*>(&sys.clock()) != nullptr);
  caf::scoped_actor self{sys};
  constexpr std::uint64_t kHops = 20000;
  auto a = sys.spawn(relay, caf::actor{self});
  auto b = sys.spawn(relay, caf::actor{self});
  self->send(a, count_atom_v, kHops);
  self->send(b, count_atom_v, kHops);
  int finished = 0;
  self->receive_for(finished, 2)([](count_atom, std::uint64_t n) { CHECK(n == 0); });
  CHECK(finished == 2);
  self->send_exit(a, caf::exit_reason::user_shutdown);
  self->send_exit(b, caf::exit_reason::user_shutdown);
}

TEST_CASE("request timeouts and delayed messages still fire through our clock") {
  SchedulerConfig cfg;
  caf::actor_system sys{cfg};
  caf::scoped_actor self{sys};
  auto silent = sys.spawn([](caf::event_based_actor*) -> caf::behavior {
    return {
        [](count_atom) -> caf::result<std::uint64_t> { return caf::delegated<std::uint64_t>{}; }};
  });
  const auto start = std::chrono::steady_clock::now();
  bool timed_out = false;
  self->request(silent, 100ms, count_atom_v)
      .receive([](std::uint64_t) { FAIL("the silent actor answered"); },
               [&](caf::error& err) { timed_out = err == caf::sec::request_timeout; });
  CHECK(timed_out);
  CHECK(std::chrono::steady_clock::now() - start >= 100ms);
  self->delayed_send(self, 50ms, tick_atom_v);
  bool ticked = false;
  self->receive([&](tick_atom) { ticked = true; }, caf::after(5s) >> [] {});
  CHECK(ticked);
  self->send_exit(silent, caf::exit_reason::user_shutdown);
}

TEST_CASE("actors that never set a timeout end without waking the clock") {
  SchedulerConfig cfg;
  caf::actor_system sys{cfg};
  auto& clock = dynamic_cast<QuietClock&>(sys.clock());
  const auto before = clock.cancellations_skipped();
  constexpr int kActors = 100;
  {
    caf::scoped_actor self{sys};
    for (int i = 0; i < kActors; ++i) {
      auto once = sys.spawn([](caf::event_based_actor* a) -> caf::behavior {
        return {[a](count_atom) -> std::uint64_t {
          a->quit();
          return 1;
        }};
      });
      self->request(once, caf::infinite, count_atom_v)
          .receive([](std::uint64_t) {}, [](caf::error&) {});
    }
  }
  // Each ended on its own (no timeout set): skipped. Allow the last cleanups a moment.
  for (int i = 0; i < 100 && clock.cancellations_skipped() - before < kActors; ++i) {
    std::this_thread::sleep_for(10ms);
  }
  CHECK(clock.cancellations_skipped() - before >= kActors);
}
