// The authenticated join (issue 7 §1): a node proves it knows the shared cluster secret by
// answering a fresh nonce with HMAC-SHA256(secret, "riemann-cluster-v1|" + nonce + "|" + name).
// The secret itself never crosses the wire; a proof is bound to one nonce and one node name.
#pragma once

#include <string>

namespace riemann::cluster {

// 32 hex digits from a cryptographic random source.
std::string make_nonce();

std::string prove(const std::string& secret, const std::string& nonce, const std::string& node);

// Constant-time comparison of `proof` with the expected one.
bool verify(const std::string& secret, const std::string& nonce, const std::string& node,
            const std::string& proof);

}  // namespace riemann::cluster
