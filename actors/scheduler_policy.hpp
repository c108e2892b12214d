// The CAF scheduler policy of the server: work sharing (one queue, workers sleep on a condition
// variable when it is empty), as CAF 0.17's policy::work_sharing, with two differences measured
// under load (docs/PERFORMANCE.md):
//   - the sleeping worker is signalled after the queue's lock is released. work_sharing signals
//     while holding it, so the woken worker runs into the held mutex and sleeps once more until
//     the enqueuer leaves: a second futex wake-up, 2.3 of the scheduler threads' 6.9 wake-ups
//     per execution;
//   - a signal is sent only when a worker sleeps, and a job costs no list node allocation.
// Work stealing, CAF's default, polls while idle (50 µs sleeps): see actors/runtime.cpp.
#pragma once

#include <caf/policy/unprofiled.hpp>
#include <caf/resumable.hpp>
#include <caf/scheduler/abstract_coordinator.hpp>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>

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

}  // namespace riemann::actors
