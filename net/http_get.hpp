// A blocking HTTP GET for the CLI (`riemann status`): plain http://, bounded by a timeout.
// Never used inside the server.
#pragma once

#include <chrono>
#include <string>

#include "config/expected.hpp"

namespace riemann::net {

struct HttpGetResult {
  unsigned status = 0;
  std::string body;
};

Expected<HttpGetResult, std::string> http_get(const std::string& url,
                                              const std::string& bearer_token,
                                              std::chrono::milliseconds timeout);

}  // namespace riemann::net
