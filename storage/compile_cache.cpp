#include "storage/compile_cache.hpp"

#include "config/units.hpp"

#include <openssl/evp.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

namespace riemann::storage {
namespace {

namespace fs = std::filesystem;

constexpr const char* kManifest = "MANIFEST";  // one artifact path per line
constexpr const char* kFilesDir = "files";
constexpr const char* kTempPrefix = ".tmp-";

bool write_file(const fs::path& path, const std::string& content) {
  fs::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(content.data(), static_cast<std::streamsize>(content.size()));
  return static_cast<bool>(out);
}

std::optional<std::string> read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::uint64_t dir_size(const fs::path& dir) {
  std::uint64_t total = 0;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(dir, ec);
       it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (it->is_regular_file(ec)) total += it->file_size(ec);
  }
  return total;
}

// Artifact paths come from language definitions, but are checked anyway: never outside.
bool safe_relative(const std::string& p) {
  if (p.empty() || p.front() == '/') return false;
  for (const auto& part : fs::path(p)) {
    if (part == ".." || part == ".") return false;
  }
  return true;
}

std::string temp_name() {
  thread_local std::mt19937_64 rng{std::random_device{}()};
  return kTempPrefix + std::to_string(rng());
}

}  // namespace

CompileCache::CompileCache(std::string dir, std::uint64_t max_bytes)
    : dir_(std::move(dir)), max_bytes_(max_bytes) {
  std::error_code ec;
  fs::create_directories(dir_, ec);
  // Leftovers of a crash mid-write are incomplete by construction: remove them.
  for (const auto& entry : fs::directory_iterator(dir_, ec)) {
    if (entry.path().filename().string().rfind(kTempPrefix, 0) == 0)
      fs::remove_all(entry.path(), ec);
  }
  stats_.bytes = dir_size(dir_);
}

std::string CompileCache::key(const std::vector<std::string>& parts) {
  EVP_MD_CTX* ctx = EVP_MD_CTX_new();
  EVP_DigestInit_ex(ctx, EVP_sha256(), nullptr);
  for (const auto& p : parts) {
    const std::string len = std::to_string(p.size()) + ":";
    EVP_DigestUpdate(ctx, len.data(), len.size());
    EVP_DigestUpdate(ctx, p.data(), p.size());
  }
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int n = 0;
  EVP_DigestFinal_ex(ctx, digest, &n);
  EVP_MD_CTX_free(ctx);
  return config::to_hex(digest, n);
}

std::optional<std::vector<Artifact>> CompileCache::get(const std::string& key) {
  const fs::path entry = fs::path(dir_) / key;
  auto manifest = read_file(entry / kManifest);
  std::lock_guard lock(mutex_);
  if (!manifest) {
    ++stats_.misses;
    return std::nullopt;
  }
  std::vector<Artifact> out;
  std::istringstream lines(*manifest);
  for (std::string path; std::getline(lines, path);) {
    if (!safe_relative(path)) return std::nullopt;
    auto content = read_file(entry / kFilesDir / path);
    if (!content) {
      ++stats_.misses;
      return std::nullopt;
    }
    out.push_back(Artifact{path, std::move(*content)});
  }
  std::error_code ec;
  fs::last_write_time(entry / kManifest, fs::file_time_type::clock::now(), ec);  // LRU touch
  ++stats_.hits;
  return out;
}

bool CompileCache::put(const std::string& key, const std::vector<Artifact>& artifacts) {
  const fs::path tmp = fs::path(dir_) / temp_name();
  std::string manifest;
  std::uint64_t bytes = 0;
  for (const auto& a : artifacts) {
    if (!safe_relative(a.path) || !write_file(tmp / kFilesDir / a.path, a.content)) {
      std::error_code ec;
      fs::remove_all(tmp, ec);
      return false;
    }
    manifest += a.path + "\n";
    bytes += a.content.size();
  }
  // The manifest is written last: an entry without one is never read.
  if (!write_file(tmp / kManifest, manifest)) return false;
  std::error_code ec;
  fs::rename(tmp, fs::path(dir_) / key, ec);
  if (ec) {
    fs::remove_all(tmp, ec);  // another writer won the race; its entry is as good as ours
    return true;
  }
  std::lock_guard lock(mutex_);
  stats_.bytes += bytes;
  if (stats_.bytes > max_bytes_) evict_locked();
  return true;
}

void CompileCache::evict_locked() {
  struct Entry {
    fs::path path;
    fs::file_time_type used;
    std::uint64_t bytes;
  };
  std::vector<Entry> entries;
  std::uint64_t total = 0;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir_, ec)) {
    if (!e.is_directory(ec) || e.path().filename().string().rfind(kTempPrefix, 0) == 0) continue;
    const auto used = fs::last_write_time(e.path() / kManifest, ec);
    const auto bytes = dir_size(e.path());
    entries.push_back({e.path(), ec ? fs::file_time_type::min() : used, bytes});
    total += bytes;
  }
  std::sort(entries.begin(), entries.end(),
            [](const Entry& a, const Entry& b) { return a.used < b.used; });
  for (const auto& e : entries) {
    if (total <= max_bytes_) break;
    fs::remove_all(e.path, ec);
    total -= e.bytes;
    ++stats_.evictions;
  }
  stats_.bytes = total;
  stats_.entries = entries.size();
}

CacheStats CompileCache::stats() const {
  std::lock_guard lock(mutex_);
  return stats_;
}

}  // namespace riemann::storage
