// The HTTP listener and sessions on Boost.Beast (SPEC §5). Every read has a timeout and a body
// limit; requests are handed to net::Api and its responses written back on the session's
// strand. Executions never run on the io threads.
#pragma once

#include <memory>
#include <string>

#include "config/config.hpp"
#include "config/expected.hpp"
#include "net/api.hpp"

namespace riemann::net {

class HttpServer {
 public:
  HttpServer(const config::ServerConfig& config, Api& api);
  ~HttpServer();  // stops
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  // Binds host:port (port 0 = any free port) and starts the io threads; returns the port.
  Expected<unsigned short, std::string> start(const std::string& host, unsigned short port);
  void stop();

 private:
  struct Impl;
  std::shared_ptr<Impl> impl_;
};

}  // namespace riemann::net
