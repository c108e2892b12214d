// The webhook dispatcher (SPEC §4, §5.5): turns events into durable deliveries and delivers
// them with retries and exponential backoff. The queue lives in SQLite (through the store, the
// only writer), so a restart loses nothing: the first tick after start sends what was pending.
//
//   (notify_atom, url, event, data_json)  -> (nothing): payload {"event", "data", "timestamp"}
//   (tick_atom)                           -> delivers what is due, then schedules the next tick
//
// Detached: a delivery blocks on the network. The sender (net/webhook_client) signs the body
// and enforces the SSRF policy; actors know nothing of HTTP.
#pragma once

#include <caf/actor.hpp>
#include <caf/behavior.hpp>
#include <chrono>
#include <functional>
#include <memory>
#include <string>

#include "actors/metrics.hpp"
#include "config/expected.hpp"

namespace riemann::actors {

// Delivers one body; the HTTP status, or why it could not be delivered.
using WebhookSender = std::function<Expected<unsigned, std::string>(
    const std::string& url, const std::string& event, const std::string& body)>;

struct WebhookPolicy {
  unsigned max_attempts = 8;
  std::chrono::milliseconds initial_backoff{1'000};
  std::chrono::milliseconds max_backoff{300'000};
  std::chrono::milliseconds poll_interval{1'000};  // how often due deliveries are looked for
};

// `store` receives the wh_* messages (the root supervisor, which forwards to its store child).
caf::actor spawn_webhook_dispatcher(caf::actor_system& sys, caf::actor store, WebhookSender sender,
                                    WebhookPolicy policy, std::shared_ptr<Metrics> metrics);

// The JSON payload of an event.
std::string webhook_payload(const std::string& event, const std::string& data_json,
                            std::int64_t now_ms);

// Delay before retry number `attempts` (1-based): initial * 2^(attempts-1), capped.
std::chrono::milliseconds webhook_backoff(const WebhookPolicy& policy, unsigned attempts);

}  // namespace riemann::actors
