#include "cluster/execution_id.hpp"

#include <atomic>
#include <cctype>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <random>

namespace riemann::cluster {
namespace {

constexpr std::string_view kExecPrefix = "exec_";
constexpr std::string_view kRequestPrefix = "req_";
constexpr std::size_t kMaxRequestIdLength = 128;  // longer client ids are replaced
constexpr std::size_t kTailDigits = 13 + 8;       // ms since epoch, then random bits

std::uint64_t random64() {
  thread_local std::mt19937_64 rng{std::random_device{}()};
  return rng();
}

// The 8 hex digits after the time: 16 random bits, then a process-wide sequence. Ids made in the
// same millisecond by one process are distinct as long as fewer than 65 536 are made in it
// (32 random bits alone collided: 10 000 ids in a few ms share a birthday now and then).
constexpr unsigned kSequenceBits = 16;
constexpr std::uint32_t kSequenceMask = (1u << kSequenceBits) - 1;

std::uint32_t id_suffix() {
  static std::atomic<std::uint32_t> sequence{static_cast<std::uint32_t>(random64())};
  const auto seq = sequence.fetch_add(1, std::memory_order_relaxed) & kSequenceMask;
  return (static_cast<std::uint32_t>(random64()) << kSequenceBits) | seq;
}

}  // namespace

std::string make_execution_id(std::string_view node_name) {
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                      std::chrono::system_clock::now().time_since_epoch())
                      .count();
  char tail[32];
  std::snprintf(tail, sizeof tail, "%013llx%08x", static_cast<unsigned long long>(ms),
                static_cast<unsigned>(id_suffix()));
  std::string id(kExecPrefix);
  id.append(node_name).append("_").append(tail);
  return id;
}

std::optional<std::string> home_node(std::string_view id) {
  if (!id.starts_with(kExecPrefix)) return std::nullopt;
  id.remove_prefix(kExecPrefix.size());
  auto sep = id.rfind('_');
  if (sep == std::string_view::npos || sep == 0) return std::nullopt;
  // The whole form is checked, not just the separator: the node part is a node name
  // ([A-Za-z0-9-]) and the tail is exactly what make_execution_id writes.
  const auto node = id.substr(0, sep);
  const auto tail = id.substr(sep + 1);
  for (char ch : node) {
    if (!std::isalnum(static_cast<unsigned char>(ch)) && ch != '-') return std::nullopt;
  }
  if (tail.size() != kTailDigits) return std::nullopt;
  for (char ch : tail) {
    if (!((ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f'))) return std::nullopt;
  }
  return std::string(node);
}

std::string make_request_id() {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(random64()));
  return std::string(kRequestPrefix) + buf;
}

bool is_valid_request_id(std::string_view id) {
  if (id.empty() || id.size() > kMaxRequestIdLength) return false;
  for (char ch : id) {
    auto c = static_cast<unsigned char>(ch);
    if (!std::isalnum(c) && ch != '-' && ch != '_' && ch != '.') return false;
  }
  return true;
}

}  // namespace riemann::cluster
