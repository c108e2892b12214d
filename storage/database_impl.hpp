// Private to storage/: the SQLite connection behind Database, shared by the files that
// implement its parts (executions, API keys, webhook deliveries).
#pragma once

#include <SQLiteCpp/SQLiteCpp.h>

#include <memory>
#include <string>

#include "storage/database.hpp"

namespace riemann::storage {

struct Database::Impl {
  explicit Impl(const std::string& path)
      : db(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE | SQLite::OPEN_FULLMUTEX) {}
  SQLite::Database db;
  std::unique_ptr<SQLite::Statement> upsert;
  std::unique_ptr<SQLite::Statement> select_one;
};

inline Error query_error(const std::string& what, const std::exception& e) {
  return Error{Errc::query_failed, what + ": " + e.what()};
}

}  // namespace riemann::storage
