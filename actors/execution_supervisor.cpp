#include "actors/execution_supervisor.hpp"

#include <caf/actor_system.hpp>
#include <caf/event_based_actor.hpp>
#include <caf/exit_reason.hpp>
#include <caf/response_promise.hpp>
#include <caf/send.hpp>
#include <deque>
#include <optional>
#include <vector>

#include "actors/errors.hpp"
#include "actors/execution_worker.hpp"
#include "actors/restart_intensity.hpp"

namespace riemann::actors {
namespace {

constexpr const char* kName = "execution";

struct Pending {
  execution_request request;
  caf::response_promise promise;
};

struct Slot {
  caf::actor worker;
  std::uint64_t incarnation = 0;   // bumps on every restart; stale replies are ignored
  std::optional<Pending> current;  // the request this worker runs now
};

struct State {
  ExecutionSupervisorOptions options;
  Runner runner;
  std::shared_ptr<Metrics> metrics;
  std::vector<Slot> slots;
  std::deque<Pending> queue;
  std::optional<RestartIntensity> intensity;
  std::uint64_t restarts = 0;
  std::uint64_t escalations = 0;
  bool escalated = false;
  const char* name = kName;
};

using Self = caf::stateful_actor<State>;

std::size_t busy_count(const State& s) {
  std::size_t n = 0;
  for (const auto& slot : s.slots) n += slot.current ? 1 : 0;
  return n;
}

void publish(Self* self) {
  auto& s = self->state;
  s.metrics->set_queue_depth(static_cast<std::int64_t>(s.queue.size()));
  s.metrics->set_active_executions(static_cast<std::int64_t>(busy_count(s)));
  s.metrics->in_flight(kName, static_cast<std::int64_t>(busy_count(s) + s.queue.size()));
  s.metrics->mailbox_depth(kName, static_cast<std::int64_t>(self->mailbox().size()));
}

void start_worker(Self* self, std::size_t index) {
  auto& slot = self->state.slots[index];
  slot.worker = self->spawn<caf::detached>(execution_worker, self->state.runner, index);
  ++slot.incarnation;
  self->monitor(slot.worker);
}

void dispatch(Self* self, std::size_t index, Pending pending);

void pump(Self* self) {
  auto& s = self->state;
  for (std::size_t i = 0; i < s.slots.size() && !s.queue.empty(); ++i) {
    if (s.slots[i].current) continue;
    Pending next = std::move(s.queue.front());
    s.queue.pop_front();
    dispatch(self, i, std::move(next));
  }
  publish(self);
}

// A worker died while running `pending`: retry once elsewhere, then give up cleanly.
void handle_crashed(Self* self, Pending pending) {
  if (pending.request.attempt == 0) {
    ++pending.request.attempt;
    self->state.queue.push_front(std::move(pending));
    return;
  }
  pending.promise.deliver(make_error(
      errc::worker_crashed, "the execution worker crashed twice while running this request"));
}

void dispatch(Self* self, std::size_t index, Pending pending) {
  auto& slot = self->state.slots[index];
  const auto incarnation = slot.incarnation;
  auto request = pending.request;
  slot.current = std::move(pending);
  self->request(slot.worker, caf::infinite, run_atom_v, std::move(request))
      .then(
          [self, index, incarnation](run_outcome& outcome) {
            auto& slot = self->state.slots[index];
            if (slot.incarnation != incarnation || !slot.current) return;
            slot.current->promise.deliver(std::move(outcome));
            slot.current.reset();
            pump(self);
          },
          [self, index, incarnation](caf::error&) {
            // The worker died mid-request (or its reply was lost). The down handler restarts
            // it; whichever of the two runs first takes the pending request.
            auto& slot = self->state.slots[index];
            if (slot.incarnation != incarnation || !slot.current) return;
            Pending pending = std::move(*slot.current);
            slot.current.reset();
            handle_crashed(self, std::move(pending));
          });
  publish(self);
}

void escalate(Self* self) {
  auto& s = self->state;
  s.escalated = true;
  ++s.escalations;
  s.metrics->supervisor_escalation(kName);
  auto fail = [](Pending& p) {
    p.promise.deliver(
        make_error(errc::shutting_down, "execution supervisor escalated after repeated crashes"));
  };
  for (auto& slot : s.slots) {
    if (slot.current) fail(*slot.current);
    slot.current.reset();
    if (slot.worker) self->send_exit(slot.worker, caf::exit_reason::user_shutdown);
  }
  for (auto& p : s.queue) fail(p);
  s.queue.clear();
  self->quit(make_error(errc::shutting_down, "restart intensity exceeded"));
}

void on_worker_down(Self* self, const caf::down_msg& dm) {
  auto& s = self->state;
  for (std::size_t i = 0; i < s.slots.size(); ++i) {
    auto& slot = s.slots[i];
    if (!slot.worker || slot.worker.address() != dm.source) continue;
    slot.worker = nullptr;
    std::optional<Pending> orphan = std::move(slot.current);
    slot.current.reset();
    if (!s.intensity->allow()) {
      if (orphan) s.queue.push_front(std::move(*orphan));
      escalate(self);
      return;
    }
    ++s.restarts;
    s.metrics->supervisor_restart(kName, "worker");
    start_worker(self, i);
    if (orphan) handle_crashed(self, std::move(*orphan));
    pump(self);
    return;
  }
}

caf::behavior execution_supervisor(Self* self, ExecutionSupervisorOptions options, Runner runner,
                                   std::shared_ptr<Metrics> metrics) {
  auto& s = self->state;
  s.options = options;
  s.runner = std::move(runner);
  s.metrics = std::move(metrics);
  s.intensity.emplace(options.restart_limit, options.restart_window);
  s.slots.resize(options.workers);
  for (std::size_t i = 0; i < s.slots.size(); ++i) start_worker(self, i);
  s.metrics->supervisor_children(kName, static_cast<std::int64_t>(s.slots.size()));
  s.metrics->declare_supervisor(kName, "worker");
  self->set_down_handler([self](caf::down_msg& dm) { on_worker_down(self, dm); });
  self->set_exit_handler([self](caf::exit_msg& em) {
    for (auto& slot : self->state.slots) {
      if (slot.worker) self->send_exit(slot.worker, em.reason);
    }
    self->quit(em.reason);
  });
  return {
      [self](run_atom, execution_request& request) -> caf::result<run_outcome> {
        auto& s = self->state;
        if (s.escalated) return make_error(errc::shutting_down, "execution supervisor is stopping");
        std::optional<std::size_t> free_slot;
        for (std::size_t i = 0; i < s.slots.size() && !free_slot; ++i) {
          if (!s.slots[i].current && s.slots[i].worker) free_slot = i;
        }
        // Refuse before taking a response promise: once taken, a returned error is not sent.
        if (!free_slot && s.queue.size() >= s.options.queue_capacity) {
          return make_error(errc::queue_full, "the execution queue is full");
        }
        Pending pending{std::move(request), self->make_response_promise()};
        if (free_slot) {
          dispatch(self, *free_slot, std::move(pending));
          return caf::delegated<run_outcome>{};
        }
        s.queue.push_back(std::move(pending));
        publish(self);
        return caf::delegated<run_outcome>{};
      },
      [self](figures_atom) {
        auto& s = self->state;
        supervisor_figures f;
        f.name = kName;
        f.children = static_cast<std::uint32_t>(s.slots.size());
        for (const auto& slot : s.slots) f.children_alive += slot.worker ? 1 : 0;
        f.restarts = s.restarts;
        f.escalations = s.escalations;
        f.mailbox_depth = self->mailbox().size();
        f.in_flight = busy_count(s);
        f.queued = s.queue.size();
        return f;
      },
  };
}

}  // namespace

caf::actor spawn_execution_supervisor(caf::actor_system& sys, ExecutionSupervisorOptions options,
                                      Runner runner, std::shared_ptr<Metrics> metrics) {
  return sys.spawn(execution_supervisor, options, std::move(runner), std::move(metrics));
}

}  // namespace riemann::actors
