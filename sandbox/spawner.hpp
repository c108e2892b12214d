// A per-slot thread that lives inside the slot's cgroups and clones every box of that slot.
//
// Moving a task into a cgroup v1 hierarchy takes the global cgroup_threadgroup_rwsem for
// writing, which waits for an RCU grace period: about 3 ms per run on this host, the largest
// part of the sandbox overhead. cgroup v1 lets single threads join a cgroup (the "tasks" file),
// and a child is born in the cgroups of the thread that clones it. So each slot's spawner
// thread joins the slot's cgroups once, at create(), and every init it clones starts inside
// them with no migration at all. (cgroup v2 has CLONE_INTO_CGROUP for the same purpose.)
//
// The sandbox starts a job that lasts the whole run (the thread sleeps in a vfork-style clone
// until the box's init exits, see sandbox.cpp), so jobs can be started and awaited separately.
#pragma once

#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace riemann::sandbox {

class Spawner {
 public:
  // setup runs first on the new thread (e.g. join the slot's cgroups); its result is returned
  // by started().
  explicit Spawner(std::function<bool()> setup);
  Spawner(const Spawner&) = delete;
  Spawner& operator=(const Spawner&) = delete;
  ~Spawner();

  bool started() const { return setup_ok_; }
  // Starts job on the spawner thread and returns at once; wait() blocks until it is done.
  // One caller at a time (the slot's lease), and a started job is awaited before the next.
  void start(std::function<void()> job);
  void wait();

 private:
  void loop(const std::function<bool()>& setup);

  std::mutex mutex_;
  std::condition_variable cv_;
  std::function<void()> job_;
  bool pending_ = false;  // job_ is set and the thread has not taken it yet
  bool done_ = true;
  bool stop_ = false;
  bool ready_ = false;
  bool setup_ok_ = false;
  std::thread thread_;
};

}  // namespace riemann::sandbox
