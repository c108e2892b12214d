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
  };
  return list;
}

}  // namespace riemann::storage
