// The compile cache (the seed's "cache layer", SPEC §7): compiled artifacts keyed by a hash of
// (language, toolchain version, compile command, every source file), kept on disk under
// <data_dir>/cache with a size bound and least-recently-used eviction.
//
// Safety: entries are written to a temporary directory and renamed into place, so readers never
// see half an entry and two servers (or two workers) racing on the same key both end up with a
// whole one. The cache directory is never mounted into a sandbox: artifacts are copied into the
// box's private tmpfs, so no sandboxed program can write to the cache.
#pragma once

#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "config/expected.hpp"

namespace riemann::storage {

struct Artifact {
  std::string path;  // relative, as produced by the compiler ("main", "main.jar")
  std::string content;
};

struct CacheStats {
  std::uint64_t hits = 0;
  std::uint64_t misses = 0;
  std::uint64_t evictions = 0;
  std::uint64_t bytes = 0;  // on disk now (approximate between scans)
  std::uint64_t entries = 0;
};

class CompileCache {
 public:
  // dir is created if missing; max_bytes bounds the total size of all entries.
  CompileCache(std::string dir, std::uint64_t max_bytes);

  // SHA-256 hex of the key parts, each length-prefixed so that no two key lists collide.
  static std::string key(const std::vector<std::string>& parts);

  std::optional<std::vector<Artifact>> get(const std::string& key);
  // Stores an entry (replacing nothing if another writer got there first), then evicts the
  // least recently used entries while the total exceeds the bound. False on I/O failure.
  bool put(const std::string& key, const std::vector<Artifact>& artifacts);

  CacheStats stats() const;

 private:
  void evict_locked();
  std::string dir_;
  std::uint64_t max_bytes_;
  mutable std::mutex mutex_;
  CacheStats stats_;
};

}  // namespace riemann::storage
