#include "storage/api_keys.hpp"

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <cstdio>
#include <ctime>
#include <stdexcept>

#include "config/units.hpp"
#include "storage/database_impl.hpp"

namespace riemann::storage {
namespace {

constexpr std::size_t kKeyBytes = 20;
constexpr std::size_t kIdBytes = 6;
constexpr const char* kKeyPrefix = "rk_";
constexpr const char* kIdPrefix = "key_";

std::string random_hex(std::size_t bytes) {
  unsigned char buf[64];
  if (bytes > sizeof buf || RAND_bytes(buf, static_cast<int>(bytes)) != 1) {
    throw std::runtime_error("no randomness available for a key");
  }
  return config::to_hex(buf, bytes);
}

ApiKey read_key(SQLite::Statement& q) {
  ApiKey k;
  k.id = q.getColumn(0).getString();
  k.name = q.getColumn(1).getString();
  k.tier = q.getColumn(2).getString();
  k.created_at_ms = q.getColumn(3).getInt64();
  k.revoked_at_ms = q.getColumn(4).isNull() ? 0 : q.getColumn(4).getInt64();
  k.webhook_url = q.getColumn(5).isNull() ? "" : q.getColumn(5).getString();
  return k;
}

constexpr const char* kKeyColumns =
    "SELECT id, name, tier, created_at_ms, revoked_at_ms, webhook_url FROM api_keys ";

}  // namespace

std::string generate_api_key() {
  return kKeyPrefix + random_hex(kKeyBytes);
}

std::string hash_api_key(const std::string& key) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int n = 0;
  EVP_Digest(key.data(), key.size(), digest, &n, EVP_sha256(), nullptr);
  return config::to_hex(digest, n);
}

std::string current_month(std::int64_t ms) {
  constexpr std::int64_t kMsPerS = 1000;
  std::time_t t = static_cast<std::time_t>(ms / kMsPerS);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d", tm.tm_year + 1900, tm.tm_mon + 1);
  return buf;
}

Expected<ApiKey, Error> Database::create_key(const std::string& name, const std::string& tier,
                                             const std::string& key_hash,
                                             const std::string& webhook_url) {
  try {
    ApiKey k{kIdPrefix + random_hex(kIdBytes), name, tier, config::now_ms(), 0, webhook_url};
    SQLite::Statement q(
        impl_->db,
        "INSERT INTO api_keys (id, name, tier, key_hash, created_at_ms, webhook_url) "
        "VALUES (?, ?, ?, ?, ?, ?)");
    q.bind(1, k.id);
    q.bind(2, k.name);
    q.bind(3, k.tier);
    q.bind(4, key_hash);
    q.bind(5, static_cast<int64_t>(k.created_at_ms));
    if (webhook_url.empty()) {
      q.bind(6);  // NULL: no default webhook for this key
    } else {
      q.bind(6, webhook_url);
    }
    q.exec();
    return k;
  } catch (const std::exception& e) {
    return unexpected(query_error("cannot create key", e));
  }
}

Expected<std::optional<ApiKey>, Error> Database::find_key_by_hash(const std::string& key_hash) {
  try {
    SQLite::Statement q(impl_->db, std::string(kKeyColumns) + "WHERE key_hash = ?");
    q.bind(1, key_hash);
    if (q.executeStep()) return std::optional<ApiKey>(read_key(q));
    return std::optional<ApiKey>();
  } catch (const std::exception& e) {
    return unexpected(query_error("cannot look up key", e));
  }
}

Expected<std::vector<ApiKey>, Error> Database::list_keys() {
  try {
    SQLite::Statement q(impl_->db, std::string(kKeyColumns) + "ORDER BY created_at_ms");
    std::vector<ApiKey> keys;
    while (q.executeStep()) keys.push_back(read_key(q));
    return keys;
  } catch (const std::exception& e) {
    return unexpected(query_error("cannot list keys", e));
  }
}

Expected<bool, Error> Database::revoke_key(const std::string& id) {
  try {
    SQLite::Statement q(
        impl_->db, "UPDATE api_keys SET revoked_at_ms = ? WHERE id = ? AND revoked_at_ms IS NULL");
    q.bind(1, static_cast<int64_t>(config::now_ms()));
    q.bind(2, id);
    if (q.exec() > 0) return true;
    SQLite::Statement exists(impl_->db, "SELECT 1 FROM api_keys WHERE id = ?");
    exists.bind(1, id);
    return exists.executeStep();  // already revoked counts as done
  } catch (const std::exception& e) {
    return unexpected(query_error("cannot revoke key", e));
  }
}

Expected<Unit, Error> Database::add_usage(const std::string& key_id, const std::string& month,
                                          std::uint64_t requests) {
  try {
    SQLite::Statement q(
        impl_->db,
        "INSERT INTO api_usage (key_id, month, requests) VALUES (?, ?, ?) "
        "ON CONFLICT(key_id, month) DO UPDATE SET requests = requests + excluded.requests");
    q.bind(1, key_id);
    q.bind(2, month);
    q.bind(3, static_cast<int64_t>(requests));
    q.exec();
    return Unit{};
  } catch (const std::exception& e) {
    return unexpected(query_error("cannot record usage", e));
  }
}

Expected<std::uint64_t, Error> Database::usage(const std::string& key_id,
                                               const std::string& month) {
  try {
    SQLite::Statement q(impl_->db, "SELECT requests FROM api_usage WHERE key_id = ? AND month = ?");
    q.bind(1, key_id);
    q.bind(2, month);
    if (q.executeStep()) return static_cast<std::uint64_t>(q.getColumn(0).getInt64());
    return std::uint64_t{0};
  } catch (const std::exception& e) {
    return unexpected(query_error("cannot read usage", e));
  }
}

}  // namespace riemann::storage
