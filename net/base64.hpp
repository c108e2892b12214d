// Strict base64 (RFC 4648, standard alphabet, padded) decoding of request fields, via OpenSSL.
// Line breaks are ignored (some clients wrap at 76 columns); anything else invalid is an error.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace riemann::net {

std::optional<std::string> decode_base64(std::string_view text);
std::string encode_base64(std::string_view bytes);

}  // namespace riemann::net
