#include "cluster/handshake.hpp"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include <array>
#include <stdexcept>

namespace riemann::cluster {
namespace {

constexpr std::size_t kNonceBytes = 16;
constexpr const char* kContext = "riemann-cluster-v1|";

std::string hex(const unsigned char* data, std::size_t n) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out;
  out.reserve(n * 2);
  for (std::size_t i = 0; i < n; ++i) {
    out.push_back(kDigits[data[i] >> 4]);
    out.push_back(kDigits[data[i] & 0xf]);
  }
  return out;
}

}  // namespace

std::string make_nonce() {
  std::array<unsigned char, kNonceBytes> bytes{};
  if (RAND_bytes(bytes.data(), static_cast<int>(bytes.size())) != 1) {
    throw std::runtime_error("RAND_bytes failed");
  }
  return hex(bytes.data(), bytes.size());
}

std::string prove(const std::string& secret, const std::string& nonce, const std::string& node) {
  const std::string message = kContext + nonce + "|" + node;
  std::array<unsigned char, EVP_MAX_MD_SIZE> mac{};
  unsigned int len = 0;
  HMAC(EVP_sha256(), secret.data(), static_cast<int>(secret.size()),
       reinterpret_cast<const unsigned char*>(message.data()), message.size(), mac.data(), &len);
  return hex(mac.data(), len);
}

bool verify(const std::string& secret, const std::string& nonce, const std::string& node,
            const std::string& proof) {
  const auto expected = prove(secret, nonce, node);
  return proof.size() == expected.size() &&
         CRYPTO_memcmp(proof.data(), expected.data(), proof.size()) == 0;
}

}  // namespace riemann::cluster
