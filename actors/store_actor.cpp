#include "actors/store_actor.hpp"

#include <chrono>

#include "actors/errors.hpp"
#include "actors/result_json.hpp"
#include "config/log.hpp"
#include "config/units.hpp"

namespace riemann::actors {
namespace {

constexpr const char* kName = "store";
constexpr std::int64_t kMsPerDay = 24LL * 60 * 60 * 1000;

storage::ExecutionRow to_row(const stored_execution& e, std::string request_json) {
  return storage::ExecutionRow{e.id,
                               e.status,
                               e.language,
                               e.node,
                               e.created_at_ms,
                               e.updated_at_ms,
                               std::move(request_json),
                               e.result_json};
}

stored_execution from_row(storage::ExecutionRow&& r) {
  return stored_execution{std::move(r.id),         std::move(r.status), std::move(r.language),
                          std::move(r.node),       r.created_at_ms,     r.updated_at_ms,
                          std::move(r.result_json)};
}

// An execution found unfinished at start-up ends as internal_error with the reason (SPEC §9).
storage::ExecutionRow abandon(storage::ExecutionRow row) {
  execution_result r;
  r.id = row.id;
  r.status = "internal_error";
  r.language = row.language;
  r.created_at_ms = row.created_at_ms;
  r.completed_at_ms = config::now_ms();
  r.error = "the server stopped before this execution finished";
  r.run.status = r.status;
  r.run.node = row.node;
  row.status = r.status;
  row.updated_at_ms = r.completed_at_ms;
  row.result_json = result_to_json(r);
  return row;
}

}  // namespace

caf::behavior store_actor(caf::event_based_actor* self, std::shared_ptr<storage::Database> db,
                          RetentionPolicy retention, std::shared_ptr<Metrics> metrics) {
  self->send(self, tick_atom_v);  // retention: prune at start-up, then periodically
  return {
      [self, db, retention](tick_atom) {
        auto n = db->prune(config::now_ms() - static_cast<std::int64_t>(retention.days) * kMsPerDay,
                           retention.rows);
        if (!n) {
          config::log(config::LogLevel::error, "prune_failed", {{"error", n.error().message}});
        } else if (*n > 0) {
          config::log(config::LogLevel::info, "pruned", {{"executions", std::to_string(*n)}});
        }
        self->delayed_send(self, retention.interval, tick_atom_v);
      },
      [self, db, metrics](store_atom, const stored_execution& e,
                          std::string& request_json) -> caf::result<bool> {
        metrics->mailbox_depth(kName, static_cast<std::int64_t>(self->mailbox().size()));
        auto ok = db->put_execution(to_row(e, std::move(request_json)));
        if (!ok) return make_error(errc::storage_failure, ok.error().message);
        return true;
      },
      [db](fetch_atom, const std::string& id) -> caf::result<stored_execution> {
        auto row = db->get_execution(id);
        if (!row) return make_error(errc::storage_failure, row.error().message);
        if (!row->has_value()) return make_error(errc::not_found, "no execution with id " + id);
        return from_row(std::move(**row));
      },
      [db](recover_atom) -> caf::result<std::uint64_t> {
        auto rows = db->unfinished_executions();
        if (!rows) return make_error(errc::storage_failure, rows.error().message);
        std::vector<storage::ExecutionRow> ended;
        for (auto& row : *rows) ended.push_back(abandon(std::move(row)));
        if (auto ok = db->put_executions(ended); !ok) {
          return make_error(errc::storage_failure, ok.error().message);
        }
        return static_cast<std::uint64_t>(ended.size());
      },
      [db](usage_atom, const std::string& key_id, const std::string& month, std::uint64_t n) {
        if (auto ok = db->add_usage(key_id, month, n); !ok) {
          config::log(config::LogLevel::error, "usage_not_recorded",
                      {{"key_id", key_id}, {"error", ok.error().message}});
        }
      },
      [db](wh_enqueue_atom, const std::string& url, const std::string& event,
           const std::string& body) -> caf::result<std::int64_t> {
        auto id = db->enqueue_delivery(url, event, body, config::now_ms());
        if (!id) return make_error(errc::storage_failure, id.error().message);
        return *id;
      },
      [db](wh_due_atom, std::int64_t now,
           std::uint64_t limit) -> caf::result<std::vector<webhook_delivery>> {
        auto due = db->due_deliveries(now, static_cast<std::size_t>(limit));
        if (!due) return make_error(errc::storage_failure, due.error().message);
        std::vector<webhook_delivery> out;
        for (auto& d : *due)
          out.push_back(webhook_delivery{d.id, std::move(d.url), std::move(d.event),
                                         std::move(d.body), d.attempts});
        return out;
      },
      [db](wh_result_atom, std::int64_t id, bool ok, const std::string& error, std::int64_t next_ms,
           bool give_up) -> caf::result<bool> {
        auto done =
            ok ? db->delivery_succeeded(id) : db->delivery_failed(id, error, next_ms, give_up);
        if (!done) return make_error(errc::storage_failure, done.error().message);
        return true;
      },
      [db](count_atom) -> caf::result<std::uint64_t> {
        auto n = db->count_executions();
        if (!n) return make_error(errc::storage_failure, n.error().message);
        return *n;
      },
      [db, retention](prune_atom) -> caf::result<std::uint64_t> {
        auto n = db->prune(config::now_ms() - static_cast<std::int64_t>(retention.days) * kMsPerDay,
                           retention.rows);
        if (!n) return make_error(errc::storage_failure, n.error().message);
        return *n;
      },
  };
}

}  // namespace riemann::actors
