#include "net/auth.hpp"

#include "storage/api_keys.hpp"

namespace riemann::net {
namespace {

constexpr unsigned kUnauthorized = 401;
constexpr unsigned kForbidden = 403;
constexpr unsigned kInternal = 500;
constexpr std::string_view kBearer = "Bearer ";
constexpr std::size_t kMaxCachedKeys = 10'000;  // bounds memory under a flood of random keys

ApiError unauthorized(std::string message) {
  ApiError e;
  e.status = kUnauthorized;
  e.code = "UNAUTHORIZED";
  e.message = std::move(message);
  e.details["field"] = "Authorization";
  return e;
}

}  // namespace

Expected<storage::ApiKey, ApiError> Authenticator::authenticate(const std::string& header,
                                                                clock::time_point now) {
  if (header.empty())
    return unexpected(unauthorized(
        "an API key is required: send 'Authorization: Bearer <key>'; an operator creates one with "
        "'riemann keys create --data-dir DIR --tier free --name NAME' (or starts the server with "
        "--no-auth for local development)"));
  if (header.size() <= kBearer.size() || header.compare(0, kBearer.size(), kBearer) != 0) {
    return unexpected(unauthorized("the Authorization header must be 'Bearer <key>'"));
  }
  const auto hash = storage::hash_api_key(header.substr(kBearer.size()));
  std::optional<storage::ApiKey> key;
  {
    std::lock_guard lock(mutex_);
    auto it = cache_.find(hash);
    if (it != cache_.end() && now - it->second.at < ttl_) {
      key = it->second.key;
    } else {
      auto found = lookup_(hash);
      if (!found) {
        ApiError e;
        e.status = kInternal;
        e.code = "INTERNAL_ERROR";
        e.message = "cannot check the API key now";
        return unexpected(e);
      }
      if (cache_.size() >= kMaxCachedKeys) cache_.clear();
      cache_[hash] = Cached{*found, now};
      key = *found;
    }
  }
  if (!key) return unexpected(unauthorized("the API key is not valid"));
  if (key->revoked_at_ms != 0) {
    ApiError e;
    e.status = kForbidden;
    e.code = "FORBIDDEN";
    e.message = "the API key was revoked";
    return unexpected(e);
  }
  return *key;
}

}  // namespace riemann::net
