#include "net/webhook_client.hpp"

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <boost/asio.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>

#include "config/units.hpp"
#include "net/url.hpp"

namespace riemann::net {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;

constexpr unsigned kHttp11 = 11;

// The first resolved address the SSRF policy allows; the connection goes there and nowhere else.
Expected<tcp::endpoint, std::string> checked_endpoint(asio::io_context& ioc, const Url& url,
                                                      const config::WebhookConfig& cfg) {
  tcp::resolver resolver(ioc);
  beast::error_code ec;
  auto results = resolver.resolve(url.host, std::to_string(url.port), ec);
  if (ec) return unexpected("cannot resolve " + url.host + ": " + ec.message());
  for (const auto& r : results) {
    const auto address = r.endpoint().address();
    if (!is_internal_address(address) || is_allowed_private(url.host, address, cfg.allow_private)) {
      return r.endpoint();
    }
  }
  return unexpected(
      "refused: " + url.host +
      " resolves only to internal addresses (allow-list it in webhooks.allow_private)");
}

http::request<http::string_body> make_request(const Url& url, const std::string& event,
                                              const std::string& body,
                                              const config::WebhookConfig& cfg) {
  http::request<http::string_body> req{http::verb::post, url.target, kHttp11};
  req.set(http::field::host, url.host);
  req.set(http::field::user_agent, "riemann-webhooks/" RIEMANN_VERSION);
  req.set(http::field::content_type, "application/json");
  req.set("X-Riemann-Event", event);
  req.set("X-Riemann-Signature", sign_webhook(cfg.secret, body));
  req.body() = body;
  req.prepare_payload();
  return req;
}

template <class Stream>
Expected<unsigned, std::string> exchange(Stream& stream, http::request<http::string_body>& req) {
  beast::error_code ec;
  http::write(stream, req, ec);
  if (ec) return unexpected("send failed: " + ec.message());
  beast::flat_buffer buffer;
  http::response<http::string_body> res;
  http::read(stream, buffer, res, ec);
  if (ec) return unexpected("no response: " + ec.message());
  return res.result_int();
}

}  // namespace

std::string sign_webhook(const std::string& secret, const std::string& body) {
  unsigned char mac[EVP_MAX_MD_SIZE];
  unsigned int n = 0;
  HMAC(EVP_sha256(), secret.data(), static_cast<int>(secret.size()),
       reinterpret_cast<const unsigned char*>(body.data()), body.size(), mac, &n);
  return "sha256=" + config::to_hex(mac, n);
}

Expected<unsigned, std::string> post_webhook(const std::string& text, const std::string& event,
                                             const std::string& body,
                                             const config::WebhookConfig& cfg) {
  auto url = parse_url(text);
  if (!url) return unexpected("invalid url: " + url.error());
  asio::io_context ioc;
  auto endpoint = checked_endpoint(ioc, *url, cfg);
  if (!endpoint) return unexpected(endpoint.error());
  auto req = make_request(*url, event, body, cfg);
  if (url->scheme == "http") {
    beast::tcp_stream stream(ioc);
    stream.expires_after(cfg.timeout);
    beast::error_code ec;
    stream.socket().connect(*endpoint, ec);
    if (ec) return unexpected("connect failed: " + ec.message());
    return exchange(stream, req);
  }
  asio::ssl::context tls(asio::ssl::context::tls_client);
  tls.set_default_verify_paths();
  tls.set_verify_mode(asio::ssl::verify_peer);
  beast::ssl_stream<beast::tcp_stream> stream(ioc, tls);
  if (!SSL_set_tlsext_host_name(stream.native_handle(), url->host.c_str())) {
    return unexpected(std::string("cannot set TLS server name"));
  }
  stream.set_verify_callback(asio::ssl::host_name_verification(url->host));
  beast::get_lowest_layer(stream).expires_after(cfg.timeout);
  beast::error_code ec;
  beast::get_lowest_layer(stream).socket().connect(*endpoint, ec);
  if (ec) return unexpected("connect failed: " + ec.message());
  stream.handshake(asio::ssl::stream_base::client, ec);
  if (ec) return unexpected("TLS handshake failed: " + ec.message());
  return exchange(stream, req);
}

}  // namespace riemann::net
