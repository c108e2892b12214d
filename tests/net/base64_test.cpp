// net/base64: strict RFC 4648 decoding of request fields, and encoding.
#include "net/base64.hpp"

#include <catch2/catch.hpp>
#include <string>
#include <utility>
#include <vector>

using riemann::net::decode_base64;
using riemann::net::encode_base64;

namespace {

// RFC 4648 §10 test vectors.
const std::vector<std::pair<std::string, std::string>> kVectors = {{"", ""},
                                                                   {"f", "Zg=="},
                                                                   {"fo", "Zm8="},
                                                                   {"foo", "Zm9v"},
                                                                   {"foob", "Zm9vYg=="},
                                                                   {"fooba", "Zm9vYmE="},
                                                                   {"foobar", "Zm9vYmFy"}};

}  // namespace

TEST_CASE("RFC 4648 test vectors decode and encode", "[base64]") {
  for (const auto& [plain, encoded] : kVectors) {
    INFO(encoded);
    CHECK(encode_base64(plain) == encoded);
    auto d = decode_base64(encoded);
    REQUIRE(d.has_value());
    CHECK(*d == plain);
  }
}

TEST_CASE("binary data round-trips, NUL and high bytes included", "[base64]") {
  std::string all;
  for (int i = 0; i < 256; ++i) all.push_back(static_cast<char>(i));
  for (std::size_t len = 0; len <= all.size(); len += 7) {
    const std::string bytes = all.substr(0, len);
    INFO("length " << len);
    const auto enc = encode_base64(bytes);
    CHECK(enc.size() == (len + 2) / 3 * 4);
    CHECK(enc.find('\0') == std::string::npos);
    auto dec = decode_base64(enc);
    REQUIRE(dec.has_value());
    CHECK(*dec == bytes);
  }
  const std::string big(3 * 1024 * 1024 + 1, '\xff');
  auto dec = decode_base64(encode_base64(big));
  REQUIRE(dec.has_value());
  CHECK(*dec == big);
}

TEST_CASE("line breaks are ignored", "[base64]") {
  CHECK(decode_base64("Zm9v\nYmFy") == std::string("foobar"));
  CHECK(decode_base64("Zm9v\r\nYmFy\r\n") == std::string("foobar"));
  CHECK(decode_base64("Zm\n9vYg==\n") == std::string("foob"));
  CHECK(decode_base64("\n") == std::string(""));
}

TEST_CASE("anything else that is not strict base64 is refused", "[base64]") {
  const std::vector<std::string> bad = {
      "Zg",          // missing padding
      "Zg=",         // short padding
      "Zm9",         // not a multiple of 4
      "Z===",        // three padding characters
      "====",        // padding only
      "=Zg=",        // padding first
      "Zg==Zg==",    // padding in the middle
      "Zm=v",        // padding followed by data
      "Zm9vYg=x",    // data after padding
      "Zm9v YmFy",   // spaces are not line breaks
      "Zm9v\tYmFy",  // nor are tabs
      "Zm9-",        // URL-safe alphabet is not the standard one
      "Zm9_",
      "Zm9v!!!!",
      std::string("Zm9v\0\0\0\0", 8),  // NUL bytes
      "Zm9v\xc3\xa9==",                // non-ASCII
  };
  for (const auto& b : bad) {
    INFO("input: '" << b << "'");
    CHECK_FALSE(decode_base64(b).has_value());
  }
}
