// storage/: the SQLite database (WAL, migrations) of one node, SPEC §9.
#include "storage/database.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <limits>
#include <string>

#include "storage/migrations.hpp"

using namespace riemann::storage;
namespace fs = std::filesystem;

namespace {

struct TempDir {
  fs::path path;
  TempDir() {
    std::string tmpl = (fs::temp_directory_path() / "riemann-db-XXXXXX").string();
    REQUIRE(mkdtemp(tmpl.data()) != nullptr);
    path = tmpl;
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
};

ExecutionRow row(std::string id, std::string status, std::int64_t created) {
  ExecutionRow r;
  r.id = std::move(id);
  r.status = std::move(status);
  r.language = "python";
  r.node = "node-1";
  r.created_at_ms = created;
  r.updated_at_ms = created;
  r.request_json = R"({"language":"python"})";
  r.result_json = is_terminal_status(r.status) ? R"({"status":")" + r.status + "\"}" : "";
  return r;
}

// "b" + std::to_string(i) trips a GCC 12 -Wrestrict false positive; append does not.
std::string numbered(const char* prefix, int i) {
  std::string s(prefix);
  s.append(std::to_string(i));
  return s;
}

std::unique_ptr<Database> memory_db() {
  auto db = Database::open_memory();
  REQUIRE(db.has_value());
  return std::move(*db);
}

std::unique_ptr<Database> file_db(const fs::path& dir) {
  auto db = Database::open(dir.string());
  INFO((db ? std::string() : db.error().message));
  REQUIRE(db.has_value());
  return std::move(*db);
}

std::uint64_t count(Database& db) {
  auto n = db.count_executions();
  REQUIRE(n.has_value());
  return *n;
}

bool exists(Database& db, const std::string& id) {
  auto r = db.get_execution(id);
  REQUIRE(r.has_value());
  return r->has_value();
}

}  // namespace

TEST_CASE("migrations are numbered 1..N in order", "[storage]") {
  const auto& list = migrations();
  REQUIRE_FALSE(list.empty());
  for (std::size_t i = 0; i < list.size(); ++i) {
    CHECK(list[i].version == static_cast<int>(i) + 1);
    CHECK_FALSE(list[i].sql.empty());
  }
  CHECK(Database::latest_schema_version() == list.back().version);
}

TEST_CASE("a new database has the latest schema and no executions", "[storage]") {
  auto db = memory_db();
  CHECK(db->schema_version() == Database::latest_schema_version());
  CHECK(count(*db) == 0);
  auto none = db->get_execution("exec_node_0000000000000deadbeef");
  REQUIRE(none.has_value());
  CHECK_FALSE(none->has_value());
  auto unfinished = db->unfinished_executions();
  REQUIRE(unfinished.has_value());
  CHECK(unfinished->empty());
}

TEST_CASE("put then get returns every field", "[storage]") {
  auto db = memory_db();
  ExecutionRow r = row("exec_n1_1", "completed", 1'700'000'000'123);
  r.updated_at_ms = 1'700'000'000'999;
  r.language = "bash";
  r.node = "n1";
  r.request_json = R"({"args":["a b","ünïcödé ✓"],"note":"it's \"quoted\""})";
  r.result_json = std::string(1 << 20, 'x');  // a large result (1 MiB of output)
  REQUIRE(db->put_execution(r).has_value());
  auto got = db->get_execution("exec_n1_1");
  REQUIRE(got.has_value());
  REQUIRE(got->has_value());
  const ExecutionRow& g = **got;
  CHECK(g.id == r.id);
  CHECK(g.status == "completed");
  CHECK(g.language == "bash");
  CHECK(g.node == "n1");
  CHECK(g.created_at_ms == 1'700'000'000'123);
  CHECK(g.updated_at_ms == 1'700'000'000'999);
  CHECK(g.request_json == r.request_json);
  CHECK(g.result_json == r.result_json);
  CHECK(count(*db) == 1);
}

TEST_CASE("ids are data, never SQL", "[storage]") {
  auto db = memory_db();
  const std::string evil = "x'); DROP TABLE executions; --";
  REQUIRE(db->put_execution(row(evil, "queued", 1)).has_value());
  CHECK(exists(*db, evil));
  CHECK_FALSE(exists(*db, "x"));
  CHECK(count(*db) == 1);
  // Lookups are exact: no LIKE-style wildcards.
  CHECK_FALSE(exists(*db, "%"));
  CHECK_FALSE(exists(*db, "x'%"));
}

TEST_CASE("putting the same id again updates the execution in place", "[storage]") {
  auto db = memory_db();
  REQUIRE(db->put_execution(row("e1", "queued", 100)).has_value());
  ExecutionRow running = row("e1", "running", 100);
  running.updated_at_ms = 150;
  running.node = "node-2";
  REQUIRE(db->put_execution(running).has_value());
  ExecutionRow done = row("e1", "completed", 100);
  done.updated_at_ms = 200;
  done.node = "node-2";
  done.result_json = R"({"status":"completed","output":"hi\n"})";
  REQUIRE(db->put_execution(done).has_value());
  CHECK(count(*db) == 1);
  auto got = db->get_execution("e1");
  REQUIRE(got.has_value());
  REQUIRE(got->has_value());
  CHECK((*got)->status == "completed");
  CHECK((*got)->updated_at_ms == 200);
  CHECK((*got)->node == "node-2");
  CHECK((*got)->result_json == done.result_json);
  CHECK((*got)->created_at_ms == 100);
}

TEST_CASE("put_executions stores a batch", "[storage]") {
  auto db = memory_db();
  std::vector<ExecutionRow> rows;
  for (int i = 0; i < 200; ++i) rows.push_back(row(numbered("b", i), "completed", i));
  REQUIRE(db->put_executions(rows).has_value());
  CHECK(count(*db) == 200);
  CHECK(exists(*db, "b0"));
  CHECK(exists(*db, "b199"));
  REQUIRE(db->put_executions({}).has_value());  // an empty batch is fine
  CHECK(count(*db) == 200);
}

TEST_CASE("unfinished_executions lists queued and running, oldest first", "[storage]") {
  auto db = memory_db();
  REQUIRE(db->put_executions({row("done", "completed", 1), row("r2", "running", 30),
                              row("q1", "queued", 10), row("failed", "internal_error", 5),
                              row("r1", "running", 20), row("tle", "time_limit_exceeded", 2)})
              .has_value());
  auto u = db->unfinished_executions();
  REQUIRE(u.has_value());
  REQUIRE(u->size() == 3);
  CHECK((*u)[0].id == "q1");
  CHECK((*u)[1].id == "r1");
  CHECK((*u)[2].id == "r2");
  // Once they end, they are no longer unfinished.
  REQUIRE(db->put_execution(row("q1", "internal_error", 10)).has_value());
  u = db->unfinished_executions();
  REQUIRE(u.has_value());
  CHECK(u->size() == 2);
}

TEST_CASE("is_terminal_status follows SPEC §5.1", "[storage]") {
  for (const char* t :
       {"completed", "runtime_error", "signaled", "time_limit_exceeded", "memory_limit_exceeded",
        "output_limit_exceeded", "compilation_error", "rejected", "internal_error"}) {
    INFO(t);
    CHECK(is_terminal_status(t));
  }
  for (const char* t : {"queued", "running", "", "COMPLETED", "done", "completed "}) {
    INFO(t);
    CHECK_FALSE(is_terminal_status(t));
  }
}

TEST_CASE("prune by age", "[storage]") {
  auto db = memory_db();
  REQUIRE(db->put_executions({row("old1", "completed", 100), row("old2", "completed", 199),
                              row("edge", "completed", 200), row("new", "completed", 300)})
              .has_value());
  auto n = db->prune(200, std::numeric_limits<std::uint64_t>::max());
  REQUIRE(n.has_value());
  CHECK(*n == 2);
  CHECK_FALSE(exists(*db, "old1"));
  CHECK_FALSE(exists(*db, "old2"));
  CHECK(exists(*db, "edge"));  // "older than" is strict
  CHECK(exists(*db, "new"));
}

TEST_CASE("prune by count keeps the newest rows", "[storage]") {
  auto db = memory_db();
  std::vector<ExecutionRow> rows;
  for (int i = 0; i < 10; ++i) rows.push_back(row(numbered("c", i), "completed", 1000 + i));
  REQUIRE(db->put_executions(rows).has_value());
  auto n = db->prune(0, 4);
  REQUIRE(n.has_value());
  CHECK(*n == 6);
  CHECK(count(*db) == 4);
  for (int i = 6; i < 10; ++i) CHECK(exists(*db, numbered("c", i)));
  CHECK_FALSE(exists(*db, "c5"));
  // Pruning again removes nothing more.
  n = db->prune(0, 4);
  REQUIRE(n.has_value());
  CHECK(*n == 0);
}

TEST_CASE("prune: both limits together, and an unbounded count", "[storage]") {
  auto db = memory_db();
  std::vector<ExecutionRow> rows;
  for (int i = 0; i < 10; ++i) rows.push_back(row(numbered("p", i), "completed", i));
  REQUIRE(db->put_executions(rows).has_value());
  // The largest keep count must not be read as a negative LIMIT that deletes everything.
  auto none = db->prune(0, std::numeric_limits<std::uint64_t>::max());
  REQUIRE(none.has_value());
  CHECK(*none == 0);
  CHECK(count(*db) == 10);
  auto n = db->prune(3, 5);  // age removes p0..p2, count then removes p3, p4
  REQUIRE(n.has_value());
  CHECK(*n == 5);
  CHECK(count(*db) == 5);
  CHECK(exists(*db, "p5"));
  CHECK_FALSE(exists(*db, "p4"));
}

TEST_CASE("a file database is created, uses WAL, and keeps its data across reopen", "[storage]") {
  TempDir tmp;
  const fs::path dir = tmp.path / "nested" / "data";  // created on demand
  {
    auto db = file_db(dir);
    CHECK(db->schema_version() == Database::latest_schema_version());
    REQUIRE(db->put_execution(row("keep", "completed", 42)).has_value());
    REQUIRE(db->put_execution(row("inflight", "running", 43)).has_value());
  }
  CHECK(fs::exists(dir / "riemann.db"));
  {
    SQLite::Database raw((dir / "riemann.db").string(), SQLite::OPEN_READONLY);
    CHECK(raw.execAndGet("PRAGMA journal_mode").getString() == "wal");
  }
  auto db = file_db(dir);
  CHECK(db->schema_version() == Database::latest_schema_version());
  CHECK(count(*db) == 2);
  auto got = db->get_execution("keep");
  REQUIRE(got.has_value());
  REQUIRE(got->has_value());
  CHECK((*got)->created_at_ms == 42);
  auto unfinished = db->unfinished_executions();
  REQUIRE(unfinished.has_value());
  REQUIRE(unfinished->size() == 1);
  CHECK(unfinished->front().id == "inflight");
}

TEST_CASE("a second instance on the same file sees committed writes", "[storage]") {
  TempDir tmp;
  auto writer = file_db(tmp.path);
  auto reader = file_db(tmp.path);
  REQUIRE(writer->put_execution(row("shared", "queued", 1)).has_value());
  CHECK(exists(*reader, "shared"));
}

TEST_CASE("an older schema is migrated on open", "[storage]") {
  TempDir tmp;
  {
    // A database file from before any migration: no tables, user_version 0.
    SQLite::Database raw((tmp.path / "riemann.db").string(),
                         SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    raw.exec("CREATE TABLE unrelated (x INTEGER)");
    CHECK(raw.execAndGet("PRAGMA user_version").getInt() == 0);
  }
  auto db = file_db(tmp.path);
  CHECK(db->schema_version() == Database::latest_schema_version());
  REQUIRE(db->put_execution(row("m", "completed", 1)).has_value());
  CHECK(count(*db) == 1);
}

TEST_CASE("a schema newer than this binary is refused, untouched", "[storage]") {
  TempDir tmp;
  const int future = Database::latest_schema_version() + 1;
  {
    auto db = file_db(tmp.path);
    REQUIRE(db->put_execution(row("from-the-future", "completed", 1)).has_value());
  }
  {
    SQLite::Database raw((tmp.path / "riemann.db").string(), SQLite::OPEN_READWRITE);
    raw.exec("PRAGMA user_version = " + std::to_string(future));
  }
  auto db = Database::open(tmp.path.string());
  REQUIRE_FALSE(db.has_value());
  CHECK(db.error().code == Errc::too_new);
  CHECK_THAT(db.error().message, Catch::Contains(std::to_string(future)));
  SQLite::Database raw((tmp.path / "riemann.db").string(), SQLite::OPEN_READONLY);
  CHECK(raw.execAndGet("PRAGMA user_version").getInt() == future);
  CHECK(raw.execAndGet("SELECT COUNT(*) FROM executions").getInt() == 1);
}

TEST_CASE("open fails cleanly on unusable paths", "[storage]") {
  TempDir tmp;
  SECTION("data_dir is a regular file") {
    const fs::path file = tmp.path / "not-a-dir";
    std::ofstream(file) << "x";
    auto db = Database::open(file.string());
    REQUIRE_FALSE(db.has_value());
    CHECK(db.error().code == Errc::open_failed);
    CHECK_THAT(db.error().message, Catch::Contains("not-a-dir"));
  }
  SECTION("riemann.db is not a database") {
    std::ofstream(tmp.path / "riemann.db") << std::string(4096, 'Z');
    auto db = Database::open(tmp.path.string());
    REQUIRE_FALSE(db.has_value());
    CHECK((db.error().code == Errc::open_failed || db.error().code == Errc::migration_failed));
    CHECK_FALSE(db.error().message.empty());
  }
  SECTION("riemann.db is a directory") {
    fs::create_directory(tmp.path / "riemann.db");
    auto db = Database::open(tmp.path.string());
    REQUIRE_FALSE(db.has_value());
    CHECK(db.error().code == Errc::open_failed);
  }
}
