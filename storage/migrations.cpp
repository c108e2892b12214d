#include "storage/migrations.hpp"

namespace riemann::storage {

const std::vector<Migration>& migrations() {
  static const std::vector<Migration> list = {
      {1, "executions",
       R"sql(
CREATE TABLE executions (
  id            TEXT PRIMARY KEY,
  status        TEXT NOT NULL,
  language      TEXT NOT NULL,
  node          TEXT NOT NULL,
  created_at_ms INTEGER NOT NULL,
  updated_at_ms INTEGER NOT NULL,
  request_json  TEXT NOT NULL,
  result_json   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX executions_created ON executions(created_at_ms);
CREATE INDEX executions_status ON executions(status);
)sql"},
      {2, "api keys and their monthly usage",
       R"sql(
CREATE TABLE api_keys (
  id            TEXT PRIMARY KEY,
  name          TEXT NOT NULL,
  tier          TEXT NOT NULL,
  key_hash      TEXT NOT NULL UNIQUE,
  created_at_ms INTEGER NOT NULL,
  revoked_at_ms INTEGER,
  webhook_url   TEXT
);
CREATE TABLE api_usage (
  key_id   TEXT NOT NULL,
  month    TEXT NOT NULL,
  requests INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (key_id, month)
);
)sql"},
      {3, "durable webhook delivery queue",
       R"sql(
CREATE TABLE webhook_deliveries (
  id              INTEGER PRIMARY KEY AUTOINCREMENT,
  url             TEXT NOT NULL,
  event           TEXT NOT NULL,
  body            TEXT NOT NULL,
  attempts        INTEGER NOT NULL DEFAULT 0,
  next_attempt_ms INTEGER NOT NULL,
  state           TEXT NOT NULL DEFAULT 'pending',
  last_error      TEXT NOT NULL DEFAULT '',
  created_at_ms   INTEGER NOT NULL
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries(state, next_attempt_ms);
)sql"},
  };
  return list;
}

}  // namespace riemann::storage
