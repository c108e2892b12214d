// The durable webhook delivery queue: Database methods over the webhook_deliveries table.
#include "storage/database_impl.hpp"

namespace riemann::storage {
namespace {

Delivery read_delivery(SQLite::Statement& q) {
  Delivery d;
  d.id = q.getColumn(0).getInt64();
  d.url = q.getColumn(1).getString();
  d.event = q.getColumn(2).getString();
  d.body = q.getColumn(3).getString();
  d.attempts = q.getColumn(4).getInt();
  d.next_attempt_ms = q.getColumn(5).getInt64();
  d.state = q.getColumn(6).getString();
  d.last_error = q.getColumn(7).getString();
  return d;
}

constexpr const char* kColumns =
    "SELECT id, url, event, body, attempts, next_attempt_ms, state, last_error FROM "
    "webhook_deliveries ";

}  // namespace

Expected<std::int64_t, Error> Database::enqueue_delivery(const std::string& url,
                                                         const std::string& event,
                                                         const std::string& body,
                                                         std::int64_t now_ms) {
  try {
    SQLite::Statement q(
        impl_->db,
        "INSERT INTO webhook_deliveries (url, event, body, next_attempt_ms, created_at_ms) "
        "VALUES (?, ?, ?, ?, ?)");
    q.bind(1, url);
    q.bind(2, event);
    q.bind(3, body);
    q.bind(4, static_cast<int64_t>(now_ms));
    q.bind(5, static_cast<int64_t>(now_ms));
    q.exec();
    return static_cast<std::int64_t>(impl_->db.getLastInsertRowid());
  } catch (const std::exception& e) {
    return unexpected(query_error("cannot enqueue webhook", e));
  }
}

Expected<std::vector<Delivery>, Error> Database::due_deliveries(std::int64_t now_ms,
                                                                std::size_t limit) {
  try {
    SQLite::Statement q(impl_->db, std::string(kColumns) +
                                       "WHERE state = 'pending' AND next_attempt_ms <= ? "
                                       "ORDER BY next_attempt_ms LIMIT ?");
    q.bind(1, static_cast<int64_t>(now_ms));
    q.bind(2, static_cast<int64_t>(limit));
    std::vector<Delivery> out;
    while (q.executeStep()) out.push_back(read_delivery(q));
    return out;
  } catch (const std::exception& e) {
    return unexpected(query_error("cannot list due webhooks", e));
  }
}

Expected<Unit, Error> Database::delivery_succeeded(std::int64_t id) {
  try {
    SQLite::Statement q(
        impl_->db,
        "UPDATE webhook_deliveries SET state = 'delivered', attempts = attempts + 1 WHERE id = ?");
    q.bind(1, static_cast<int64_t>(id));
    q.exec();
    return Unit{};
  } catch (const std::exception& e) {
    return unexpected(query_error("cannot mark webhook delivered", e));
  }
}

Expected<Unit, Error> Database::delivery_failed(std::int64_t id, const std::string& error,
                                                std::int64_t next_attempt_ms, bool give_up) {
  try {
    SQLite::Statement q(impl_->db,
                        "UPDATE webhook_deliveries SET attempts = attempts + 1, last_error = ?, "
                        "next_attempt_ms = ?, state = ? WHERE id = ?");
    q.bind(1, error);
    q.bind(2, static_cast<int64_t>(next_attempt_ms));
    q.bind(3, give_up ? "failed" : "pending");
    q.bind(4, static_cast<int64_t>(id));
    q.exec();
    return Unit{};
  } catch (const std::exception& e) {
    return unexpected(query_error("cannot record webhook failure", e));
  }
}

Expected<std::optional<Delivery>, Error> Database::get_delivery(std::int64_t id) {
  try {
    SQLite::Statement q(impl_->db, std::string(kColumns) + "WHERE id = ?");
    q.bind(1, static_cast<int64_t>(id));
    if (q.executeStep()) return std::optional<Delivery>(read_delivery(q));
    return std::optional<Delivery>();
  } catch (const std::exception& e) {
    return unexpected(query_error("cannot read webhook", e));
  }
}

}  // namespace riemann::storage
