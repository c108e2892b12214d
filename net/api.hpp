// The router of the HTTP API: matches a request to its handler, gathers what the handler needs
// from the actor tree (asynchronously, through actors::Runtime), and completes with a response.
// It owns request ids, per-route metrics and access logs. No Beast here: the session code
// (server.cpp) feeds it HttpRequest values and writes back HttpResponse values.
#pragma once

#include <chrono>
#include <functional>

#include "actors/runtime.hpp"
#include "net/http_types.hpp"

namespace riemann::net {

class Api {
 public:
  using Done = std::function<void(HttpResponse)>;

  explicit Api(actors::Runtime& runtime);

  // Handles one request; `done` is called exactly once, possibly on another thread.
  void handle(HttpRequest request, Done done);

  // Route label used in metrics for a path ("/v1/execute/{id}").
  static std::string route_of(const std::string& method, const std::string& path);

 private:
  void execute(HttpRequest&& request, const std::string& request_id, Done done);
  void get_execution(const std::string& id, const std::string& request_id, Done done);
  void health(Done done, bool json_metrics, const std::string& request_id);

  actors::Runtime& runtime_;
  std::chrono::steady_clock::time_point started_;
};

}  // namespace riemann::net
