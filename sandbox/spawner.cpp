// The per-slot spawner thread. See spawner.hpp.
#include "sandbox/spawner.hpp"

#include <pthread.h>

namespace riemann::sandbox {
namespace {

constexpr const char* kThreadName = "riemann-spawn";  // at most 15 characters (comm)

}  // namespace

Spawner::Spawner(std::function<bool()> setup) {
  thread_ = std::thread([this, setup = std::move(setup)] { loop(setup); });
  std::unique_lock lock(mutex_);
  cv_.wait(lock, [this] { return ready_; });
}

Spawner::~Spawner() {
  {
    std::lock_guard lock(mutex_);
    stop_ = true;
  }
  cv_.notify_all();
  thread_.join();
}

void Spawner::start(std::function<void()> job) {
  std::lock_guard lock(mutex_);
  job_ = std::move(job);
  pending_ = true;
  done_ = false;
  cv_.notify_all();
}

void Spawner::wait() {
  std::unique_lock lock(mutex_);
  cv_.wait(lock, [this] { return done_; });
}

void Spawner::loop(const std::function<bool()>& setup) {
  ::pthread_setname_np(::pthread_self(), kThreadName);  // ps/top/perf tell it apart
  const bool ok = setup();
  {
    std::lock_guard lock(mutex_);
    setup_ok_ = ok;
    ready_ = true;
  }
  cv_.notify_all();
  std::unique_lock lock(mutex_);
  for (;;) {
    cv_.wait(lock, [this] { return stop_ || pending_; });
    if (stop_) return;
    pending_ = false;
    auto job = std::move(job_);
    lock.unlock();  // callers may wait() (and take the mutex) while a long job runs
    job();
    lock.lock();
    done_ = true;
    cv_.notify_all();
  }
}

}  // namespace riemann::sandbox
