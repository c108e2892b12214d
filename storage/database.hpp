// The SQLite database of one node (SPEC §9): executions, schema version (and, as later
// migrations add them, API keys and webhook deliveries). WAL mode, versioned migrations.
//
// Only the store actor writes through this class (one writer); readers may open their own
// read-only instance. Errors are values; SQLiteCpp exceptions never leave this module.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "config/expected.hpp"

namespace riemann::storage {

// One execution as stored. `result_json` is the API's `data` object, stored as served.
struct ExecutionRow {
  std::string id;
  std::string status;  // SPEC §5.1 status
  std::string language;
  std::string node;  // node that accepted it
  std::int64_t created_at_ms = 0;
  std::int64_t updated_at_ms = 0;
  std::string request_json;  // the validated request (without secrets), for re-runs/audit
  std::string result_json;   // the `data` object of the response; empty until terminal
};

struct ApiKey {
  std::string id;  // "key_<hex>": shown in logs and `keys list`, never the secret
  std::string name;
  std::string tier;  // free | pro | enterprise
  std::int64_t created_at_ms = 0;
  std::int64_t revoked_at_ms = 0;  // 0 = active
  std::string webhook_url;         // per-key default webhook ("" = none)
};

struct Delivery {
  std::int64_t id = 0;
  std::string url;
  std::string event;
  std::string body;
  std::int32_t attempts = 0;
  std::int64_t next_attempt_ms = 0;
  std::string state;  // pending | delivered | failed
  std::string last_error;
};

enum class Errc : std::uint8_t {
  open_failed = 1,   // cannot open/create the file (message says why)
  migration_failed,  // schema upgrade failed; nothing was changed
  query_failed,      // a statement failed
  too_new,           // the file's schema is newer than this binary
};

struct Error {
  Errc code;
  std::string message;
};

class Database {
 public:
  // Opens (creating if needed) data_dir/riemann.db, enables WAL, applies pending migrations.
  static Expected<std::unique_ptr<Database>, Error> open(const std::string& data_dir);
  // An in-memory database with the full schema (tests).
  static Expected<std::unique_ptr<Database>, Error> open_memory();
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  int schema_version() const;
  static int latest_schema_version();

  // Inserts or replaces the row with the same id.
  Expected<Unit, Error> put_execution(const ExecutionRow& row);
  Expected<std::optional<ExecutionRow>, Error> get_execution(const std::string& id);
  // Every execution not in a terminal state (queued/running) at start-up.
  Expected<std::vector<ExecutionRow>, Error> unfinished_executions();
  Expected<std::uint64_t, Error> count_executions();
  // Deletes rows older than `older_than_ms` and beyond the newest `keep_rows`; returns count.
  Expected<std::uint64_t, Error> prune(std::int64_t older_than_ms, std::uint64_t keep_rows);

  // Runs several writes as one transaction (group commit).
  Expected<Unit, Error> put_executions(const std::vector<ExecutionRow>& rows);

  // API keys (api_keys.cpp). Only the hash of a key is ever stored.
  Expected<ApiKey, Error> create_key(const std::string& name, const std::string& tier,
                                     const std::string& key_hash,
                                     const std::string& webhook_url = {});
  Expected<std::optional<ApiKey>, Error> find_key_by_hash(const std::string& key_hash);
  Expected<std::vector<ApiKey>, Error> list_keys();
  Expected<bool, Error> revoke_key(const std::string& id);  // false: no such key
  Expected<Unit, Error> add_usage(const std::string& key_id, const std::string& month,
                                  std::uint64_t requests);
  Expected<std::uint64_t, Error> usage(const std::string& key_id, const std::string& month);

  // Webhook deliveries (webhook_queue.cpp): a durable queue, so a restart loses nothing.
  Expected<std::int64_t, Error> enqueue_delivery(const std::string& url, const std::string& event,
                                                 const std::string& body, std::int64_t now_ms);
  Expected<std::vector<Delivery>, Error> due_deliveries(std::int64_t now_ms, std::size_t limit);
  Expected<Unit, Error> delivery_succeeded(std::int64_t id);
  Expected<Unit, Error> delivery_failed(std::int64_t id, const std::string& error,
                                        std::int64_t next_attempt_ms, bool give_up);
  Expected<std::optional<Delivery>, Error> get_delivery(std::int64_t id);

  struct Impl;
  // Only open()/open_memory() can make a Passkey, so only they construct a Database.
  class Passkey {
    friend class Database;
    Passkey() = default;
  };
  Database(Passkey, std::unique_ptr<Impl> impl);

 private:
  static Expected<std::unique_ptr<Database>, Error> open_path(const std::string& path, bool wal);
  std::unique_ptr<Impl> impl_;
};

bool is_terminal_status(const std::string& status);

}  // namespace riemann::storage
