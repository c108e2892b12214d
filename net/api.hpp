// The router of the HTTP API: matches a request to its handler, authenticates and rate-limits
// /v1 routes, gathers what the handler needs from the actor tree (asynchronously, through
// actors::Runtime), and completes with a response. It owns request ids, per-route metrics and
// access logs. No Beast here: the session code (server.cpp) feeds it HttpRequest values and
// writes back HttpResponse values.
#pragma once

#include <chrono>
#include <functional>
#include <memory>

#include "actors/runtime.hpp"
#include "net/auth.hpp"
#include "net/http_types.hpp"
#include "net/rate_limiter.hpp"

namespace riemann::net {

// What the router learned about one request on its way through (for headers and logs).
struct RequestContext {
  std::string request_id;
  std::string route;
  std::string method;
  std::string key_id;                // "" when unauthenticated
  std::string key_webhook_url;       // the key's default webhook ("" = none)
  std::optional<RateDecision> rate;  // set on rate-limited routes
};

class Api {
 public:
  using Done = std::function<void(HttpResponse)>;

  explicit Api(actors::Runtime& runtime);

  // Handles one request; `done` is called exactly once, possibly on another thread.
  void handle(HttpRequest request, Done done);

  // Authenticates and rate-limits a /v1 request (also used by the WebSocket upgrade).
  // Fills ctx.key_id / ctx.rate; an error response when refused.
  std::optional<HttpResponse> admit(const HttpRequest& request, RequestContext& ctx);

  // Route label used in metrics for a path ("/v1/execute/{id}").
  static std::string route_of(const std::string& path);

  actors::Runtime& runtime() { return runtime_; }

 private:
  void execute(HttpRequest&& request, const RequestContext& ctx, Done done);
  void batch(HttpRequest&& request, const RequestContext& ctx, Done done);
  void get_execution(const std::string& id, const RequestContext& ctx, Done done);
  void health(Done done, bool json_metrics, const RequestContext& ctx);
  const config::TierLimits& tier_limits(const std::string& tier) const;

  actors::Runtime& runtime_;
  std::chrono::steady_clock::time_point started_;
  Authenticator auth_;
  RateLimiter limiter_;
};

// How long the bridge waits for an execution: its own limits, a queue wait, and slack.
std::chrono::milliseconds execution_timeout(const actors::execution_request& req,
                                            const config::Config& cfg);

}  // namespace riemann::net
