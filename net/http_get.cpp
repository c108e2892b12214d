#include "net/http_get.hpp"

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include "net/url.hpp"

namespace riemann::net {
namespace {

namespace beast = boost::beast;
namespace http = beast::http;
using tcp = boost::asio::ip::tcp;

constexpr int kHttpVersion = 11;

}  // namespace

Expected<HttpGetResult, std::string> http_get(const std::string& text,
                                              const std::string& bearer_token,
                                              std::chrono::milliseconds timeout) {
  auto url = parse_url(text);
  if (!url) return unexpected(url.error());
  if (url->scheme != "http") return unexpected(std::string("only http:// URLs are supported"));
  boost::asio::io_context ioc;
  tcp::resolver resolver(ioc);
  beast::error_code ec;
  auto endpoints = resolver.resolve(url->host, std::to_string(url->port), ec);
  if (ec) return unexpected("cannot resolve " + url->host + ": " + ec.message());
  beast::tcp_stream stream(ioc);
  stream.expires_after(timeout);
  stream.connect(endpoints, ec);
  if (ec) return unexpected("cannot connect to " + text + ": " + ec.message());
  http::request<http::empty_body> req{http::verb::get, url->target, kHttpVersion};
  req.set(http::field::host, url->host);
  req.set(http::field::accept, "application/json");
  if (!bearer_token.empty()) req.set(http::field::authorization, "Bearer " + bearer_token);
  http::write(stream, req, ec);
  if (ec) return unexpected("cannot send the request: " + ec.message());
  beast::flat_buffer buffer;
  http::response<http::string_body> res;
  http::read(stream, buffer, res, ec);
  if (ec) return unexpected("no answer from " + text + ": " + ec.message());
  stream.socket().shutdown(tcp::socket::shutdown_both, ec);
  return HttpGetResult{res.result_int(), std::move(res.body())};
}

}  // namespace riemann::net
