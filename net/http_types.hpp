// Plain request/response values between the Beast session code and the pure handlers, so that
// handlers are `request -> response` functions testable without sockets (house style rule 4).
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace riemann::net {

struct HttpRequest {
  std::string method;                                        // "GET", "POST", ...
  std::string target;                                        // path and query, as sent
  std::vector<std::pair<std::string, std::string>> headers;  // names lower-cased
  std::string body;

  // First value of a header (name in lower case), or "" when absent.
  const std::string& header(const std::string& name) const;
  std::string path() const;  // target without the query string
};

struct HttpResponse {
  unsigned status = 200;
  std::string content_type = "application/json";
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;
  bool close = false;  // close the connection after writing (e.g. after a 413)
};

}  // namespace riemann::net
