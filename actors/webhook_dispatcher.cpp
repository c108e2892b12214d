#include "actors/webhook_dispatcher.hpp"

#include <caf/actor_system.hpp>
#include <caf/event_based_actor.hpp>
#include <caf/scoped_actor.hpp>
#include <caf/stateful_actor.hpp>

#include "actors/errors.hpp"
#include "actors/messages.hpp"
#include "config/log.hpp"
#include "config/units.hpp"

namespace riemann::actors {
namespace {

constexpr std::uint64_t kBatch = 16;  // deliveries fetched per tick
constexpr auto kStoreTimeout = std::chrono::seconds(10);
constexpr unsigned kMaxShift = 20;  // 2^20 x initial backoff: beyond any cap
constexpr unsigned kSuccessMin = 200;
constexpr unsigned kSuccessMax = 299;

struct State {
  caf::actor store;
  WebhookSender sender;
  WebhookPolicy policy;
  std::shared_ptr<Metrics> metrics;
  const char* name = "webhooks";
};

using Self = caf::stateful_actor<State>;

void deliver_one(Self* self, const webhook_delivery& d) {
  auto& s = self->state;
  const unsigned attempt = static_cast<unsigned>(d.attempts) + 1;
  auto status =
      s.sender
          ? s.sender(d.url, d.event, d.body)
          : Expected<unsigned, std::string>(unexpected(std::string("webhooks are not configured")));
  const bool ok = status && *status >= kSuccessMin && *status <= kSuccessMax;
  std::string error = ok ? "" : (status ? "HTTP " + std::to_string(*status) : status.error());
  const bool give_up = !ok && attempt >= s.policy.max_attempts;
  const auto next = config::now_ms() + webhook_backoff(s.policy, attempt).count();
  s.metrics->webhook_delivery(d.event, ok ? "delivered" : give_up ? "gave_up" : "retry");
  if (!ok) {
    config::log(give_up ? config::LogLevel::error : config::LogLevel::warn, "webhook_failed",
                {{"delivery", std::to_string(d.id)},
                 {"event", d.event},
                 {"attempt", std::to_string(attempt)},
                 {"error", error}});
  }
  caf::scoped_actor blocking{self->system()};
  blocking->request(s.store, kStoreTimeout, wh_result_atom_v, d.id, ok, error, next, give_up)
      .receive([](bool) {}, [](caf::error&) {});
}

void tick(Self* self) {
  auto& s = self->state;
  self->request(s.store, kStoreTimeout, wh_due_atom_v, config::now_ms(), kBatch)
      .then(
          [self](std::vector<webhook_delivery>& due) {
            for (const auto& d : due) deliver_one(self, d);
            auto& s = self->state;
            // A full batch means more may be due right away; otherwise wait for the next poll.
            if (due.size() == kBatch) {
              self->send(self, tick_atom_v);
            } else {
              self->delayed_send(self, s.policy.poll_interval, tick_atom_v);
            }
          },
          [self](caf::error&) {
            self->delayed_send(self, self->state.policy.poll_interval, tick_atom_v);
          });
}

caf::behavior dispatcher(Self* self, caf::actor store, WebhookSender sender, WebhookPolicy policy,
                         std::shared_ptr<Metrics> metrics) {
  auto& s = self->state;
  s.store = std::move(store);
  s.sender = std::move(sender);
  s.policy = policy;
  s.metrics = std::move(metrics);
  self->send(self, tick_atom_v);  // deliver whatever a previous run left pending
  return {
      [self](notify_atom, const std::string& url, const std::string& event,
             const std::string& data_json) {
        auto body = webhook_payload(event, data_json, config::now_ms());
        self->request(self->state.store, kStoreTimeout, wh_enqueue_atom_v, url, event,
                      std::move(body))
            .then([](std::int64_t) {},
                  [event](caf::error& err) {
                    config::log(config::LogLevel::error, "webhook_not_queued",
                                {{"event", event}, {"error", error_message(err)}});
                  });
      },
      [self](tick_atom) { tick(self); },
  };
}

}  // namespace

std::string webhook_payload(const std::string& event, const std::string& data_json,
                            std::int64_t now_ms) {
  // data_json is already a JSON document (the execution result or an alert object).
  return "{\"event\":\"" + event + "\",\"data\":" + data_json + ",\"timestamp\":\"" +
         config::format_timestamp(now_ms) + "\"}";
}

std::chrono::milliseconds webhook_backoff(const WebhookPolicy& policy, unsigned attempts) {
  const unsigned shift = std::min(attempts > 0 ? attempts - 1 : 0, kMaxShift);
  const std::chrono::milliseconds delay = policy.initial_backoff * (std::int64_t{1} << shift);
  return std::min(delay, policy.max_backoff);
}

caf::actor spawn_webhook_dispatcher(caf::actor_system& sys, caf::actor store, WebhookSender sender,
                                    WebhookPolicy policy, std::shared_ptr<Metrics> metrics) {
  return sys.spawn<caf::detached>(dispatcher, std::move(store), std::move(sender), policy,
                                  std::move(metrics));
}

}  // namespace riemann::actors
