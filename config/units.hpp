// Parsing and printing of the human units the API and config use ("256MB", "1.5s").
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace riemann::config {

// "256MB", "512KB", "2GB", "1024B" or a bare number of bytes. Units are binary (MB = 2^20),
// as Docker and most judges read them. Case-insensitive; "M"/"MiB" are accepted too.
std::optional<std::uint64_t> parse_size(std::string_view text);

// 12582912 -> "12MB"; values under 1 KiB print in bytes ("512B"), one decimal when not whole.
std::string format_size(std::uint64_t bytes);

// Strict decimal integer / floating point parsing of a whole string (no trailing garbage).
std::optional<std::uint64_t> parse_uint(std::string_view text);
std::optional<double> parse_double(std::string_view text);
std::optional<bool> parse_bool(std::string_view text);

}  // namespace riemann::config

namespace riemann::config {

// Lower-case hexadecimal of raw bytes (digests, MACs, random ids).
std::string to_hex(const unsigned char* data, std::size_t size);

// Milliseconds since the epoch -> "2026-11-26T02:40:58.123Z" (UTC, RFC 3339).
std::string format_timestamp(std::int64_t ms_since_epoch);
// The current time in milliseconds since the epoch.
std::int64_t now_ms();

}  // namespace riemann::config
