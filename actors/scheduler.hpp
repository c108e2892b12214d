// The server's CAF scheduler: CAF's coordinator with our policy and our clock, each saving
// context switches that CAF 0.17's own cost on every execution (docs/PERFORMANCE.md).
//
// QuietSharing, the policy: work sharing (one queue, workers sleep on a condition variable when
// it is empty), as CAF 0.17's policy::work_sharing, with two differences measured under load:
//   - the sleeping worker is signalled after the queue's lock is released. work_sharing signals
//     while holding it, so the woken worker runs into the held mutex and sleeps once more until
//     the enqueuer leaves: a second futex wake-up, 2.3 of the scheduler threads' 6.9 wake-ups
//     per execution;
//   - a signal is sent only when a worker sleeps, and a job costs no list node allocation.
// Work stealing, CAF's default, polls while idle (50 µs sleeps): see actors/runtime.cpp.
#pragma once

#include <caf/abstract_actor.hpp>
#include <caf/actor_system.hpp>
#include <caf/detail/set_thread_name.hpp>
#include <caf/detail/thread_safe_actor_clock.hpp>
#include <caf/policy/unprofiled.hpp>
#include <caf/resumable.hpp>
#include <caf/scheduler/abstract_coordinator.hpp>
#include <caf/scheduler/coordinator.hpp>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <thread>
#include <unordered_set>

namespace riemann::actors {

class QuietSharing : public caf::policy::unprofiled {
 public:
  struct coordinator_data {
    explicit coordinator_data(caf::scheduler::abstract_coordinator*) {}
    std::deque<caf::resumable*> queue;
    std::mutex lock;
    std::condition_variable cv;
    std::size_t sleeping = 0;  // workers waiting on cv; guarded by lock
  };

  struct worker_data {
    explicit worker_data(caf::scheduler::abstract_coordinator*) {}
  };

  template <class Coordinator>
  void central_enqueue(Coordinator* self, caf::resumable* job) {
    push(self->data(), job);
  }

  template <class Worker>
  void external_enqueue(Worker* self, caf::resumable* job) {
    push(self->parent()->data(), job);
  }

  template <class Worker>
  void internal_enqueue(Worker* self, caf::resumable* job) {
    push(self->parent()->data(), job);
  }

  // The job gave up the CPU for others: to the back of the queue.
  template <class Worker>
  void resume_job_later(Worker* self, caf::resumable* job) {
    push(self->parent()->data(), job);
  }

  template <class Worker>
  caf::resumable* dequeue(Worker* self) {
    auto& d = self->parent()->data();
    std::unique_lock guard(d.lock);
    while (d.queue.empty()) {
      ++d.sleeping;
      d.cv.wait(guard);
      --d.sleeping;
    }
    auto* job = d.queue.front();
    d.queue.pop_front();
    return job;
  }

  template <class Worker, class UnaryFunction>
  void foreach_resumable(Worker*, UnaryFunction) {}  // no per-worker queues

  // At shutdown: hands every queued job to f.
  template <class Coordinator, class UnaryFunction>
  void foreach_central_resumable(Coordinator* self, UnaryFunction f) {
    auto& d = self->data();
    std::lock_guard guard(d.lock);
    while (!d.queue.empty()) {
      auto* job = d.queue.front();
      d.queue.pop_front();
      f(job);
    }
  }

 private:
  static void push(coordinator_data& d, caf::resumable* job) {
    bool wake = false;
    {
      std::lock_guard guard(d.lock);
      d.queue.push_back(job);
      wake = d.sleeping > 0;
    }
    if (wake) d.cv.notify_one();
  }
};

// QuietClock: CAF's clock, except that an actor's end costs nothing when the actor never set a
// timeout. CAF 0.17 queues a "cancel this actor's timeouts" event at the clock for every
// terminating actor and wakes the clock's thread for it: one context switch per finished
// pipeline, i.e. per execution. Delayed messages are not an actor's timeouts (CAF does not
// cancel them either), so only the three kinds of timeout are tracked.
class QuietClock : public caf::detail::thread_safe_actor_clock {
 public:
  using super = caf::detail::thread_safe_actor_clock;

  void set_ordinary_timeout(time_point t, caf::abstract_actor* self, caf::atom_value type,
                            std::uint64_t id) override {
    remember(self);
    super::set_ordinary_timeout(t, self, type, id);
  }

  void set_request_timeout(time_point t, caf::abstract_actor* self, caf::message_id id) override {
    remember(self);
    super::set_request_timeout(t, self, id);
  }

  void set_multi_timeout(time_point t, caf::abstract_actor* self, caf::atom_value type,
                         std::uint64_t id) override {
    remember(self);
    super::set_multi_timeout(t, self, type, id);
  }

  void cancel_timeouts(caf::abstract_actor* self) override {
    {
      std::lock_guard guard(mutex_);
      if (timed_.erase(self->id()) == 0) {  // never set one: nothing to cancel
        ++skipped_;
        return;
      }
    }
    super::cancel_timeouts(self);
  }

  // How many actors ended without a trip to the clock's thread (for tests and curiosity).
  std::uint64_t cancellations_skipped() {
    std::lock_guard guard(mutex_);
    return skipped_;
  }

 private:
  void remember(caf::abstract_actor* self) {
    std::lock_guard guard(mutex_);
    timed_.insert(self->id());
  }

  std::mutex mutex_;
  std::unordered_set<caf::actor_id> timed_;  // actors that set a timeout and have not ended
  std::uint64_t skipped_ = 0;
};

// The coordinator CAF runs with these two. CAF's own clock (a private member with its thread)
// stays idle: every timeout goes through clock(), which is ours.
class Scheduler : public caf::scheduler::coordinator<QuietSharing> {
 public:
  using super = caf::scheduler::coordinator<QuietSharing>;
  using super::super;

  QuietClock& clock() noexcept override { return clock_; }

 protected:
  void start() override {
    clock_thread_ = std::thread([this] {
      caf::detail::set_thread_name("riemann.clock");
      system().thread_started();
      clock_.run_dispatch_loop();
      system().thread_terminates();
    });
    super::start();
  }

  void stop() override {
    super::stop();  // runs the actors' last cleanups, which still reach the clock
    clock_.cancel_dispatch_loop();
    clock_thread_.join();
  }

 private:
  QuietClock clock_;
  std::thread clock_thread_;
};

}  // namespace riemann::actors
