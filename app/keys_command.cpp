// `riemann keys create --tier free|pro|enterprise --name NAME [--webhook-url URL] [--data-dir DIR]`
//   (--webhook-url: where this key's executions report when a request names no webhook_url)
// `riemann keys list [--data-dir DIR]`
// `riemann keys revoke KEY_ID [--data-dir DIR]`
// The key is printed once, as the last line of `create`; only its SHA-256 is stored.
#include <cstdio>

#include "app/commands.hpp"
#include "config/loader.hpp"
#include "config/units.hpp"
#include "net/url.hpp"
#include "storage/api_keys.hpp"
#include "storage/database.hpp"

namespace riemann::app {
namespace {

constexpr int kOk = 0;
constexpr int kUsage = 2;
constexpr int kFailed = 1;

int usage() {
  std::fprintf(stderr,
               "usage: riemann keys create --tier free|pro|enterprise --name NAME [--webhook-url "
               "URL] [--data-dir DIR]\n"
               "       riemann keys list [--data-dir DIR]\n"
               "       riemann keys revoke KEY_ID [--data-dir DIR]\n");
  return kUsage;
}

int create(storage::Database& db, const std::string& tier, const std::string& name,
           const std::string& webhook_url) {
  if (tier != "free" && tier != "pro" && tier != "enterprise") {
    std::fprintf(stderr, "riemann keys: --tier must be free, pro or enterprise\n");
    return kUsage;
  }
  if (name.empty()) {
    std::fprintf(stderr, "riemann keys: --name is required\n");
    return kUsage;
  }
  if (!webhook_url.empty()) {
    if (auto url = net::parse_url(webhook_url); !url) {
      std::fprintf(stderr, "riemann keys: --webhook-url %s\n", url.error().c_str());
      return kUsage;
    }
  }
  const auto secret = storage::generate_api_key();
  auto key = db.create_key(name, tier, storage::hash_api_key(secret), webhook_url);
  if (!key) {
    std::fprintf(stderr, "riemann keys: %s\n", key.error().message.c_str());
    return kFailed;
  }
  std::printf("created key %s (name %s, tier %s)\n", key->id.c_str(), key->name.c_str(),
              key->tier.c_str());
  std::printf("store it now: it is shown only this once\n");
  std::printf("%s\n", secret.c_str());
  return kOk;
}

int list(storage::Database& db) {
  auto keys = db.list_keys();
  if (!keys) {
    std::fprintf(stderr, "riemann keys: %s\n", keys.error().message.c_str());
    return kFailed;
  }
  const auto month = storage::current_month(config::now_ms());
  std::printf("%-18s %-11s %-8s %-10s %-24s %s\n", "ID", "TIER", "STATE", "THIS MONTH", "CREATED",
              "NAME");
  for (const auto& k : *keys) {
    auto used = db.usage(k.id, month);
    std::printf("%-18s %-11s %-8s %-10llu %-24s %s\n", k.id.c_str(), k.tier.c_str(),
                k.revoked_at_ms ? "revoked" : "active",
                static_cast<unsigned long long>(used ? *used : 0),
                config::format_timestamp(k.created_at_ms).c_str(), k.name.c_str());
  }
  return kOk;
}

int revoke(storage::Database& db, const std::string& id) {
  auto done = db.revoke_key(id);
  if (!done) {
    std::fprintf(stderr, "riemann keys: %s\n", done.error().message.c_str());
    return kFailed;
  }
  if (!*done) {
    std::fprintf(stderr, "riemann keys: no key with id %s\n", id.c_str());
    return kFailed;
  }
  std::printf("revoked %s\n", id.c_str());
  return kOk;
}

}  // namespace

int keys_command(const Args& raw) {
  if (raw.empty()) return usage();
  const std::string action = raw.front();
  Args args(raw.begin() + 1, raw.end());
  const auto tier = take_flag(args, "--tier");
  const auto name = take_flag(args, "--name");
  const auto webhook_url = take_flag(args, "--webhook-url");
  auto loaded = config::load(args, config::process_environment());
  if (!loaded) {
    std::fprintf(stderr, "riemann keys: %s\n", loaded.error().message.c_str());
    return kUsage;
  }
  auto db = storage::Database::open(loaded->config.storage.data_dir);
  if (!db) {
    std::fprintf(stderr, "riemann keys: %s\n", db.error().message.c_str());
    return kFailed;
  }
  if (action == "create" && loaded->positional.empty())
    return create(**db, tier, name, webhook_url);
  if (action == "list" && loaded->positional.empty()) return list(**db);
  if (action == "revoke" && loaded->positional.size() == 1)
    return revoke(**db, loaded->positional.front());
  return usage();
}

}  // namespace riemann::app
