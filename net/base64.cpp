#include "net/base64.hpp"

#include <openssl/evp.h>

namespace riemann::net {
namespace {

constexpr std::size_t kQuantum = 4;  // base64 encodes 3 bytes as 4 characters
constexpr std::size_t kBytesPerQuantum = 3;

bool is_alphabet(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' ||
         c == '/';
}

}  // namespace

std::optional<std::string> decode_base64(std::string_view text) {
  std::string clean;
  clean.reserve(text.size());
  for (char c : text) {
    if (c != '\n' && c != '\r') clean.push_back(c);
  }
  if (clean.size() % kQuantum != 0) return std::nullopt;
  std::size_t padding = 0;
  for (std::size_t i = 0; i < clean.size(); ++i) {
    const char c = clean[i];
    if (c == '=') {
      // Padding only at the very end, at most two characters.
      if (i + 2 < clean.size()) return std::nullopt;
      ++padding;
      continue;
    }
    if (padding > 0 || !is_alphabet(c)) return std::nullopt;
  }
  std::string out(clean.size() / kQuantum * kBytesPerQuantum, '\0');
  if (clean.empty()) return out;
  const int n = EVP_DecodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                                reinterpret_cast<const unsigned char*>(clean.data()),
                                static_cast<int>(clean.size()));
  if (n < 0) return std::nullopt;
  out.resize(static_cast<std::size_t>(n) - padding);
  return out;
}

std::string encode_base64(std::string_view bytes) {
  std::string out((bytes.size() + kBytesPerQuantum - 1) / kBytesPerQuantum * kQuantum + 1, '\0');
  const int n = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                                reinterpret_cast<const unsigned char*>(bytes.data()),
                                static_cast<int>(bytes.size()));
  out.resize(static_cast<std::size_t>(n));
  return out;
}

}  // namespace riemann::net
