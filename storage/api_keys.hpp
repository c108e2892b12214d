// API key material: generation and hashing. Keys are 160 random bits, so a plain SHA-256 is the
// right hash (no salt or stretching is needed for a secret that is not a human password).
#pragma once

#include <cstdint>
#include <string>

namespace riemann::storage {

std::string generate_api_key();                    // "rk_" + 40 hex digits
std::string hash_api_key(const std::string& key);  // SHA-256, hex
std::string current_month(std::int64_t now_ms);    // "2026-11" (UTC): the monthly quota period

}  // namespace riemann::storage
