// API key authentication (SPEC §5.4): `Authorization: Bearer <key>` on every /v1 route.
// Keys are looked up by their SHA-256 through a cache (revocations are seen within its TTL).
#pragma once

#include <chrono>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "config/expected.hpp"
#include "net/api_error.hpp"
#include "storage/database.hpp"

namespace riemann::net {

class Authenticator {
 public:
  using clock = std::chrono::steady_clock;
  // Looks a key up by hash; nullopt when unknown; an error when the database fails.
  using Lookup =
      std::function<Expected<std::optional<storage::ApiKey>, std::string>(const std::string& hash)>;

  explicit Authenticator(Lookup lookup,
                         std::chrono::milliseconds ttl = std::chrono::milliseconds(2000))
      : lookup_(std::move(lookup)), ttl_(ttl) {}

  // The key of a request, or 401 UNAUTHORIZED (missing/wrong) / 403 FORBIDDEN (revoked).
  Expected<storage::ApiKey, ApiError> authenticate(const std::string& authorization_header,
                                                   clock::time_point now = clock::now());

 private:
  struct Cached {
    std::optional<storage::ApiKey> key;
    clock::time_point at;
  };
  Lookup lookup_;
  std::chrono::milliseconds ttl_;
  std::mutex mutex_;
  std::unordered_map<std::string, Cached> cache_;
};

}  // namespace riemann::net
