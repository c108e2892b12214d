// cluster/handshake: proofs verify only with the same secret, nonce and node name.
#include "cluster/handshake.hpp"

#include <catch2/catch.hpp>

using namespace riemann::cluster;

TEST_CASE("a proof verifies with the same secret, nonce and name only") {
  const auto nonce = make_nonce();
  CHECK(nonce.size() == 32);
  CHECK(make_nonce() != nonce);
  const auto proof = prove("s3cret", nonce, "node-a");
  CHECK(verify("s3cret", nonce, "node-a", proof));
  CHECK_FALSE(verify("other", nonce, "node-a", proof));
  CHECK_FALSE(verify("s3cret", make_nonce(), "node-a", proof));
  CHECK_FALSE(verify("s3cret", nonce, "node-b", proof));
  CHECK_FALSE(verify("s3cret", nonce, "node-a", proof.substr(1)));
  CHECK_FALSE(verify("s3cret", nonce, "node-a", ""));
}

TEST_CASE("the proof is HMAC-SHA256 in hex") {
  // Computed independently: printf 'riemann-cluster-v1|n|a' | openssl dgst -sha256 -hmac key
  CHECK(prove("key", "n", "a") ==
        "e4aea7bfc8699b87a0b8b0852c030a163f6b88bbfa3e85b9059bc885349a5b2e");
}
