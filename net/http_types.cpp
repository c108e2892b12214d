#include "net/http_types.hpp"

namespace riemann::net {

const std::string& HttpRequest::header(const std::string& name) const {
  static const std::string kEmpty;
  for (const auto& [k, v] : headers) {
    if (k == name) return v;
  }
  return kEmpty;
}

std::string HttpRequest::path() const {
  auto q = target.find('?');
  return q == std::string::npos ? target : target.substr(0, q);
}

}  // namespace riemann::net
