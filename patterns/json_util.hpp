// Small helpers for reading rule files with Boost.JSON: typed field access with errors as values.
#pragma once

#include <boost/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace riemann::patterns::json_util {

// The string at obj[key], or nullopt when absent or not a string.
std::optional<std::string> string_field(const boost::json::object& obj, const char* key);

// obj[key] as a list of strings: a single string is a one-element list; absent is empty;
// nullopt when present but not a string / array of strings.
std::optional<std::vector<std::string>> string_list(const boost::json::object& obj,
                                                    const char* key);

// Parses a whole file into a JSON value; the error text is human readable.
std::optional<boost::json::value> parse_file(const std::string& path, std::string& error);

}  // namespace riemann::patterns::json_util
