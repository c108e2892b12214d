#include "storage/database.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

#include <filesystem>

#include "storage/database_impl.hpp"
#include "storage/migrations.hpp"

namespace riemann::storage {
namespace {

constexpr const char* kFileName = "riemann.db";
constexpr int kBusyTimeoutMs = 5'000;  // a reader holding the WAL briefly must not fail writes

constexpr const char* kTerminal[] = {"completed",
                                     "runtime_error",
                                     "signaled",
                                     "time_limit_exceeded",
                                     "memory_limit_exceeded",
                                     "output_limit_exceeded",
                                     "compilation_error",
                                     "rejected",
                                     "internal_error"};

Error fail(Errc code, const std::string& what, const std::exception& e) {
  return Error{code, what + ": " + e.what()};
}

ExecutionRow read_row(SQLite::Statement& q) {
  ExecutionRow r;
  r.id = q.getColumn(0).getString();
  r.status = q.getColumn(1).getString();
  r.language = q.getColumn(2).getString();
  r.node = q.getColumn(3).getString();
  r.created_at_ms = q.getColumn(4).getInt64();
  r.updated_at_ms = q.getColumn(5).getInt64();
  r.request_json = q.getColumn(6).getString();
  r.result_json = q.getColumn(7).getString();
  return r;
}

constexpr const char* kSelectColumns =
    "SELECT id, status, language, node, created_at_ms, updated_at_ms, request_json, result_json "
    "FROM executions ";

}  // namespace

bool is_terminal_status(const std::string& status) {
  for (const char* t : kTerminal) {
    if (status == t) return true;
  }
  return false;
}

Database::Database(Passkey, std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Database::~Database() = default;

int Database::latest_schema_version() {
  return migrations().back().version;
}

int Database::schema_version() const {
  return impl_->db.execAndGet("PRAGMA user_version").getInt();
}

namespace {

Expected<Unit, Error> migrate(SQLite::Database& db) {
  try {
    const int current = db.execAndGet("PRAGMA user_version").getInt();
    if (current > Database::latest_schema_version()) {
      return unexpected(Error{Errc::too_new, "database schema version " + std::to_string(current) +
                                                 " is newer than this binary supports (" +
                                                 std::to_string(Database::latest_schema_version()) +
                                                 ")"});
    }
    for (const auto& m : migrations()) {
      if (m.version <= current) continue;
      SQLite::Transaction tx(db);
      db.exec(std::string(m.sql));
      db.exec("PRAGMA user_version = " + std::to_string(m.version));
      tx.commit();
    }
  } catch (const std::exception& e) {
    return unexpected(fail(Errc::migration_failed, "migration failed", e));
  }
  return Unit{};
}

}  // namespace

Expected<std::unique_ptr<Database>, Error> Database::open_path(const std::string& path, bool wal) {
  std::unique_ptr<Impl> impl;
  try {
    impl = std::make_unique<Impl>(path);
    impl->db.setBusyTimeout(kBusyTimeoutMs);
    if (wal) {
      impl->db.exec("PRAGMA journal_mode = WAL");
      // NORMAL in WAL mode: a commit survives a crash of this process (kill -9); only an OS
      // crash may lose the last transactions. That is the durability the API promises.
      impl->db.exec("PRAGMA synchronous = NORMAL");
    }
    impl->db.exec("PRAGMA foreign_keys = ON");
  } catch (const std::exception& e) {
    return unexpected(fail(Errc::open_failed, "cannot open " + path, e));
  }
  if (auto m = migrate(impl->db); !m) return unexpected(m.error());
  try {
    impl->upsert = std::make_unique<SQLite::Statement>(
        impl->db,
        "INSERT INTO executions (id, status, language, node, created_at_ms, updated_at_ms, "
        "request_json, result_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(id) DO UPDATE SET status = excluded.status, "
        "updated_at_ms = excluded.updated_at_ms, result_json = excluded.result_json, "
        "node = excluded.node");
    impl->select_one =
        std::make_unique<SQLite::Statement>(impl->db, std::string(kSelectColumns) + "WHERE id = ?");
  } catch (const std::exception& e) {
    return unexpected(fail(Errc::open_failed, "cannot prepare statements", e));
  }
  return std::make_unique<Database>(Passkey{}, std::move(impl));
}

Expected<std::unique_ptr<Database>, Error> Database::open(const std::string& data_dir) {
  std::error_code ec;
  std::filesystem::create_directories(data_dir, ec);
  if (ec)
    return unexpected(Error{Errc::open_failed, "cannot create " + data_dir + ": " + ec.message()});
  return open_path((std::filesystem::path(data_dir) / kFileName).string(), true);
}

Expected<std::unique_ptr<Database>, Error> Database::open_memory() {
  return open_path(":memory:", false);
}

Expected<Unit, Error> Database::put_execution(const ExecutionRow& row) {
  return put_executions({row});
}

Expected<Unit, Error> Database::put_executions(const std::vector<ExecutionRow>& rows) {
  try {
    SQLite::Transaction tx(impl_->db);
    auto& q = *impl_->upsert;
    for (const auto& row : rows) {
      q.reset();
      q.bind(1, row.id);
      q.bind(2, row.status);
      q.bind(3, row.language);
      q.bind(4, row.node);
      q.bind(5, static_cast<int64_t>(row.created_at_ms));
      q.bind(6, static_cast<int64_t>(row.updated_at_ms));
      q.bind(7, row.request_json);
      q.bind(8, row.result_json);
      q.exec();
    }
    q.reset();
    tx.commit();
  } catch (const std::exception& e) {
    impl_->upsert->reset();
    return unexpected(fail(Errc::query_failed, "cannot store execution", e));
  }
  return Unit{};
}

Expected<std::optional<ExecutionRow>, Error> Database::get_execution(const std::string& id) {
  try {
    auto& q = *impl_->select_one;
    q.reset();
    q.bind(1, id);
    std::optional<ExecutionRow> row;
    if (q.executeStep()) row = read_row(q);
    q.reset();
    return row;
  } catch (const std::exception& e) {
    impl_->select_one->reset();
    return unexpected(fail(Errc::query_failed, "cannot read execution", e));
  }
}

Expected<std::vector<ExecutionRow>, Error> Database::unfinished_executions() {
  try {
    SQLite::Statement q(impl_->db,
                        std::string(kSelectColumns) +
                            "WHERE status IN ('queued', 'running') ORDER BY created_at_ms");
    std::vector<ExecutionRow> rows;
    while (q.executeStep()) rows.push_back(read_row(q));
    return rows;
  } catch (const std::exception& e) {
    return unexpected(fail(Errc::query_failed, "cannot list unfinished executions", e));
  }
}

Expected<std::uint64_t, Error> Database::count_executions() {
  try {
    return static_cast<std::uint64_t>(
        impl_->db.execAndGet("SELECT COUNT(*) FROM executions").getInt64());
  } catch (const std::exception& e) {
    return unexpected(fail(Errc::query_failed, "cannot count executions", e));
  }
}

Expected<std::uint64_t, Error> Database::prune(std::int64_t older_than_ms,
                                               std::uint64_t keep_rows) {
  try {
    SQLite::Transaction tx(impl_->db);
    SQLite::Statement by_age(
        impl_->db,
        "DELETE FROM executions WHERE created_at_ms < ? AND status NOT IN ('queued', 'running')");
    by_age.bind(1, static_cast<int64_t>(older_than_ms));
    auto removed = static_cast<std::uint64_t>(by_age.exec());
    SQLite::Statement by_count(
        impl_->db,
        "DELETE FROM executions WHERE status NOT IN ('queued', 'running') AND id NOT IN "
        "(SELECT id FROM executions ORDER BY created_at_ms DESC LIMIT ?)");
    by_count.bind(1, static_cast<int64_t>(keep_rows));
    removed += static_cast<std::uint64_t>(by_count.exec());
    tx.commit();
    return removed;
  } catch (const std::exception& e) {
    return unexpected(fail(Errc::query_failed, "cannot prune executions", e));
  }
}

}  // namespace riemann::storage
