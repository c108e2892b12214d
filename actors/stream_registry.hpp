// Live output of executions that a client watches (WebSocket streaming): the runner looks up
// the execution's id here and, when someone listens, forwards each output chunk as it happens.
// Local to one node; callbacks run on the worker's thread and must not block.
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

class StreamRegistry {
 public:
  void add(const std::string& execution_id, StreamListener listener);
  void remove(const std::string& execution_id);
  // A copy of the listener (or empty): safe to call after the registry changed.
  StreamListener find(const std::string& execution_id) const;

 private:
  mutable std::mutex mutex_;
  std::unordered_map<std::string, std::shared_ptr<StreamListener>> listeners_;
};

}  // namespace riemann::actors
