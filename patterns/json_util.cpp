#include "patterns/json_util.hpp"

#include <fstream>
#include <sstream>

namespace riemann::patterns::json_util {

std::optional<std::string> string_field(const boost::json::object& obj, const char* key) {
  const auto* v = obj.if_contains(key);
  if (v == nullptr || !v->is_string()) return std::nullopt;
  return std::string(v->get_string());
}

std::optional<std::vector<std::string>> string_list(const boost::json::object& obj,
                                                    const char* key) {
  std::vector<std::string> out;
  const auto* v = obj.if_contains(key);
  if (v == nullptr) return out;
  if (v->is_string()) {
    out.emplace_back(v->get_string());
    return out;
  }
  if (!v->is_array()) return std::nullopt;
  for (const auto& item : v->get_array()) {
    if (!item.is_string()) return std::nullopt;
    out.emplace_back(item.get_string());
  }
  return out;
}

std::optional<boost::json::value> parse_file(const std::string& path, std::string& error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = "cannot open";
    return std::nullopt;
  }
  std::ostringstream buf;
  buf << in.rdbuf();
  boost::system::error_code ec;
  auto value = boost::json::parse(buf.str(), ec);
  if (ec) {
    error = "invalid JSON: " + ec.message();
    return std::nullopt;
  }
  return value;
}

}  // namespace riemann::patterns::json_util
