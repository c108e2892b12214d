// Live executions that a client watches (WebSocket streaming): the runner looks the execution's
// id up here and, when someone listens, forwards each output chunk as it happens and feeds the
// program's stdin from the client's pipe. Local to one node; listeners run on the worker's
// thread and must not block.
#pragma once

#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

namespace riemann::actors {

// kind: "started" | "stdout" | "stderr"; data: the chunk ("" for started).
using StreamListener = std::function<void(std::string_view kind, std::string_view data)>;

// The read end of a pipe carrying live stdin; closed when the last holder lets go (the run and
// the registry may outlive the client's session, so the fd is never closed under the runner).
class StreamInput {
 public:
  explicit StreamInput(int fd) : fd_(fd) {}
  ~StreamInput();
  StreamInput(const StreamInput&) = delete;
  StreamInput& operator=(const StreamInput&) = delete;
  int fd() const { return fd_; }

 private:
  int fd_;
};

struct StreamHooks {
  StreamListener listener;
  std::shared_ptr<StreamInput> input;  // null: no live stdin
  explicit operator bool() const { return static_cast<bool>(listener); }
};

class StreamRegistry {
 public:
  void add(const std::string& execution_id, StreamHooks hooks);
  void remove(const std::string& execution_id);
  // A copy of the hooks (or empty): safe to use after the registry changed.
  StreamHooks find(const std::string& execution_id) const;

 private:
  mutable std::mutex mutex_;
  std::unordered_map<std::string, StreamHooks> hooks_;
};

}  // namespace riemann::actors
