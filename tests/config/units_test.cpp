// config/units: sizes ("256MB"), strict numbers and booleans, RFC 3339 timestamps.
#include "config/units.hpp"

#include <catch2/catch.hpp>
#include <cmath>
#include <cstdint>
#include <limits>
#include <regex>
#include <vector>

#include "config/config.hpp"

using namespace riemann::config;

TEST_CASE("parse_size reads binary units case-insensitively", "[units]") {
  CHECK(parse_size("1024B") == 1024u);
  CHECK(parse_size("1024") == 1024u);
  CHECK(parse_size("512KB") == 512 * KiB);
  CHECK(parse_size("256MB") == 256 * MiB);
  CHECK(parse_size("2GB") == 2 * GiB);
  CHECK(parse_size("256mb") == 256 * MiB);
  CHECK(parse_size("256Mb") == 256 * MiB);
  CHECK(parse_size("256M") == 256 * MiB);
  CHECK(parse_size("256MiB") == 256 * MiB);
  CHECK(parse_size("1k") == KiB);
  CHECK(parse_size("1KiB") == KiB);
  CHECK(parse_size("3G") == 3 * GiB);
  CHECK(parse_size("0") == 0u);
  CHECK(parse_size("0MB") == 0u);
}

TEST_CASE("parse_size accepts fractions and surrounding spaces", "[units]") {
  CHECK(parse_size("1.5KB") == 1536u);
  CHECK(parse_size("0.5MB") == 512 * KiB);
  CHECK(parse_size(" 64MB ") == 64 * MiB);
  CHECK(parse_size("64 MB") == 64 * MiB);
}

TEST_CASE("parse_size rejects garbage, negatives, non-finite and overflow", "[units]") {
  for (const char* bad : {"",      " ",     "MB",   "B",      "KB",    "abc",    "-1",  "-1MB",
                          "12XB",  "1MBB",  "MB12", "1 2MB",  "0x10",  "nan",    "NaN", "inf",
                          "infMB", "1e400", "+5",   "5MB ok", "1,5MB", "256 M B"}) {
    INFO("input: '" << bad << "'");
    CHECK_FALSE(parse_size(bad).has_value());
  }
  // 2^64 and beyond cannot be represented.
  CHECK_FALSE(parse_size("18446744073709551616").has_value());
  CHECK_FALSE(parse_size("17179869184GB").has_value());  // 2^34 GiB = 2^64 bytes
  CHECK_FALSE(parse_size("1e30").has_value());
}

TEST_CASE("parse_size is exact for large byte counts", "[units]") {
  // Doubles have 53 bits of mantissa; a byte count must not be rounded.
  CHECK(parse_size("9007199254740993") == 9007199254740993ull);
  CHECK(parse_size("18446744073709551615") == std::numeric_limits<std::uint64_t>::max());
  CHECK(parse_size("8589934591GB") == 8589934591ull * GiB);  // (2^33 - 1) GiB fits
}

TEST_CASE("format_size prints the largest whole unit, one decimal otherwise", "[units]") {
  CHECK(format_size(0) == "0B");
  CHECK(format_size(1) == "1B");
  CHECK(format_size(1023) == "1023B");
  CHECK(format_size(1024) == "1KB");
  CHECK(format_size(1536) == "1.5KB");
  CHECK(format_size(12 * MiB) == "12MB");
  CHECK(format_size(12582912) == "12MB");  // the SPEC §5.1 example
  CHECK(format_size(2 * GiB) == "2GB");
  CHECK(format_size(GiB + GiB / 2) == "1.5GB");
}

TEST_CASE("format_size never prints a value that belongs to the next unit", "[units]") {
  // 1 MiB - 1 byte is 1023.999 KiB; "1024.0KB" would be a wrong-unit rendering.
  CHECK(format_size(MiB - 1) == "1.0MB");
  CHECK(format_size(GiB - 1) == "1.0GB");
  CHECK(format_size(KiB - 1) == "1023B");
  // ...but a value merely close to the next unit stays in its own.
  CHECK(format_size(980 * KiB + 512) == "980.5KB");
  CHECK(format_size(MiB + MiB / 10) == "1.1MB");
}

TEST_CASE("format_size output parses back to (about) the same size", "[units]") {
  const std::vector<std::uint64_t> values{0,   1,         777,     KiB,         3 * KiB / 2,
                                          MiB, 256 * MiB, 2 * GiB, 5 * GiB / 2, 123456789};
  for (std::uint64_t v : values) {
    INFO("value " << v << " printed as " << format_size(v));
    auto back = parse_size(format_size(v));
    REQUIRE(back.has_value());
    const double err = std::abs(static_cast<double>(*back) - static_cast<double>(v));
    CHECK(err <= static_cast<double>(v) * 0.05 + 1);
  }
}

TEST_CASE("parse_uint is strict", "[units]") {
  CHECK(parse_uint("0") == 0u);
  CHECK(parse_uint("42") == 42u);
  CHECK(parse_uint("18446744073709551615") == std::numeric_limits<std::uint64_t>::max());
  for (const char* bad :
       {"", " 1", "1 ", "-1", "+1", "1.0", "1e3", "0x10", "abc", "12a", "18446744073709551616"}) {
    INFO("input: '" << bad << "'");
    CHECK_FALSE(parse_uint(bad).has_value());
  }
}

TEST_CASE("parse_double is strict and finite", "[units]") {
  CHECK(parse_double("0") == 0.0);
  CHECK(parse_double("1.5") == 1.5);
  CHECK(parse_double("-2.25") == -2.25);
  CHECK(parse_double("1e3") == 1000.0);
  for (const char* bad :
       {"", "1.5s", " 1", "abc", "nan", "NaN", "inf", "-inf", "infinity", "1e999", "1..2", "--1"}) {
    INFO("input: '" << bad << "'");
    CHECK_FALSE(parse_double(bad).has_value());
  }
}

TEST_CASE("parse_bool accepts the usual spellings only", "[units]") {
  for (const char* t : {"1", "true", "TRUE", "True", "yes", "on", " true "}) {
    INFO(t);
    CHECK(parse_bool(t) == true);
  }
  for (const char* f : {"0", "false", "FALSE", "no", "off"}) {
    INFO(f);
    CHECK(parse_bool(f) == false);
  }
  for (const char* bad : {"", "2", "tru", "yess", "enable", "-1", "null"}) {
    INFO(bad);
    CHECK_FALSE(parse_bool(bad).has_value());
  }
}

TEST_CASE("format_timestamp is RFC 3339 UTC with milliseconds", "[units]") {
  CHECK(format_timestamp(0) == "1970-01-01T00:00:00.000Z");
  CHECK(format_timestamp(1) == "1970-01-01T00:00:00.001Z");
  CHECK(format_timestamp(999) == "1970-01-01T00:00:00.999Z");
  // 2000-02-29T12:34:56.789Z: a leap day.
  CHECK(format_timestamp(951827696789) == "2000-02-29T12:34:56.789Z");
  // 2026-11-26T02:40:58.123Z, the example in units.hpp.
  CHECK(format_timestamp(1795660858123) == "2026-11-26T02:40:58.123Z");
}

TEST_CASE("format_timestamp of times before the epoch stays well-formed", "[units]") {
  // -1 ms is the last millisecond of 1969, not "...00.-01Z".
  CHECK(format_timestamp(-1) == "1969-12-31T23:59:59.999Z");
  CHECK(format_timestamp(-1000) == "1969-12-31T23:59:59.000Z");
}

TEST_CASE("now_ms is current and formats as RFC 3339", "[units]") {
  const auto a = now_ms();
  CHECK(a > 1'700'000'000'000);  // after 2023
  const auto b = now_ms();
  CHECK(b >= a);
  const std::regex rfc3339(R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$)");
  CHECK(std::regex_match(format_timestamp(a), rfc3339));
}
