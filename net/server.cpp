#include "net/server.hpp"

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/websocket.hpp>
#include <thread>
#include <vector>

#include "cluster/execution_id.hpp"
#include "config/log.hpp"
#include "net/api_error.hpp"
#include "net/ws_session.hpp"

namespace riemann::net {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;

constexpr unsigned kPayloadTooLarge = 413;
constexpr unsigned kBadRequest = 400;
constexpr unsigned kHttp11 = 11;
constexpr unsigned kNotFound = 404;
constexpr const char* kStreamPath = "/v1/execute/stream";
// After refusing a request mid-body (413, 400) we read and discard what the client is still
// sending, so that it gets to read our answer instead of a connection reset; bounded in bytes
// and (through the stream timeout) in time.
constexpr std::size_t kDrainLimitBytes = 64ull << 20;
constexpr std::size_t kDrainChunkBytes = 64 * 1024;
constexpr auto kDrainTimeout = std::chrono::seconds(5);

// What every session needs. It does not own the io_context (that would be a cycle); engine
// callbacks lock `ioc` so a late reply lands in a stopped-but-alive context, never a dead one.
struct Shared {
  config::ServerConfig config;
  Api* api = nullptr;
  std::weak_ptr<asio::io_context> ioc;
};

HttpRequest to_request(http::request<http::string_body>&& in) {
  HttpRequest out;
  out.method = std::string(in.method_string());
  out.target = std::string(in.target());
  for (const auto& field : in) {
    std::string name(field.name_string());
    for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    out.headers.emplace_back(std::move(name), std::string(field.value()));
  }
  out.body = std::move(in.body());
  return out;
}

http::response<http::string_body> to_beast(HttpResponse&& r, unsigned version, bool keep_alive) {
  http::response<http::string_body> out{static_cast<http::status>(r.status), version};
  out.set(http::field::server, "riemann/" RIEMANN_VERSION);
  out.set(http::field::content_type, r.content_type);
  for (auto& [k, v] : r.headers) out.set(k, v);
  out.body() = std::move(r.body);
  out.keep_alive(keep_alive && !r.close);
  out.prepare_payload();
  return out;
}

class Session : public std::enable_shared_from_this<Session> {
 public:
  Session(tcp::socket&& socket, std::shared_ptr<Shared> shared)
      : stream_(std::move(socket)), shared_(std::move(shared)) {}

  void start() {
    asio::dispatch(stream_.get_executor(),
                   beast::bind_front_handler(&Session::read, shared_from_this()));
  }

 private:
  void read() {
    parser_.emplace();
    parser_->body_limit(shared_->config.max_body_bytes);
    stream_.expires_after(shared_->config.read_timeout);
    http::async_read(stream_, buffer_, *parser_,
                     beast::bind_front_handler(&Session::on_read, shared_from_this()));
  }

  void on_read(beast::error_code ec, std::size_t) {
    if (ec == http::error::end_of_stream || ec == beast::error::timeout ||
        ec == asio::error::operation_aborted) {
      return close();
    }
    if (ec == http::error::body_limit) {
      ApiError e;
      e.status = kPayloadTooLarge;
      e.code = "PAYLOAD_TOO_LARGE";
      e.message = "the request body is larger than the server accepts";
      e.details["field"] = "body";
      e.details["max_bytes"] = shared_->config.max_body_bytes;
      return refuse(e);
    }
    if (ec) {
      ApiError e;
      e.status = kBadRequest;
      e.message = "malformed HTTP request: " + ec.message();
      e.details["field"] = "request";
      return refuse(e);
    }
    auto request = parser_->release();
    if (beast::websocket::is_upgrade(request)) return upgrade(std::move(request));
    const unsigned version = request.version();
    const bool keep_alive = request.keep_alive();
    // No read is outstanding while the engine works: one request at a time per connection.
    stream_.expires_never();
    auto self = shared_from_this();
    auto executor = stream_.get_executor();
    shared_->api->handle(to_request(std::move(request)), [self, executor, ioc = shared_->ioc.lock(),
                                                          version,
                                                          keep_alive](HttpResponse response) {
      // May run on a CAF thread: hop back onto this session's strand.
      asio::post(executor, [self, response = std::move(response), version, keep_alive]() mutable {
        self->write(std::move(response), version, keep_alive);
      });
    });
  }

  // Answers a request the parser refused (too large, malformed), then closes the connection.
  // Every response carries a request id, these too (the client's own, when it sent a valid one).
  void refuse(const ApiError& e) {
    std::string request_id(parser_->get()["X-Request-Id"]);
    if (!cluster::is_valid_request_id(request_id)) request_id = cluster::make_request_id();
    auto resp = error_response(e, request_id);
    resp.headers.emplace_back("X-Request-Id", request_id);
    resp.close = true;
    write(std::move(resp), kHttp11, false);
  }

  // GET /v1/execute/stream: authenticate like any /v1 route, then hand the connection over.
  void upgrade(http::request<http::string_body>&& request) {
    auto plain = to_request(http::request<http::string_body>(request));
    if (plain.path() != kStreamPath) {
      ApiError e;
      e.status = kNotFound;
      e.code = "NOT_FOUND";
      e.message = "no WebSocket endpoint at " + plain.path();
      return write(error_response(e, ""), request.version(), false);
    }
    RequestContext ctx;
    ctx.request_id = cluster::make_request_id();
    ctx.route = kStreamPath;
    ctx.method = "GET";
    if (auto refused = shared_->api->admit(plain, ctx))
      return write(std::move(*refused), request.version(), false);
    stream_.expires_never();
    start_websocket_session(std::move(stream_), std::move(request), *shared_->api, std::move(ctx),
                            shared_->ioc);
  }

  void write(HttpResponse&& response, unsigned version, bool keep_alive) {
    const bool drain = response.close;
    auto msg = std::make_shared<http::response<http::string_body>>(
        to_beast(std::move(response), version, keep_alive));
    stream_.expires_after(shared_->config.read_timeout);
    http::async_write(stream_, *msg,
                      [self = shared_from_this(), msg, drain](beast::error_code ec, std::size_t) {
                        if (!ec && drain) return self->drain();
                        if (ec || !msg->keep_alive()) return self->close();
                        self->read();
                      });
  }

  void drain() {
    beast::error_code ec;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ec);
    drain_buffer_.resize(kDrainChunkBytes);
    stream_.expires_after(kDrainTimeout);
    drain_more();
  }

  void drain_more() {
    stream_.async_read_some(asio::buffer(drain_buffer_),
                            [self = shared_from_this()](beast::error_code ec, std::size_t n) {
                              self->drained_ += n;
                              if (ec || self->drained_ > kDrainLimitBytes) return self->close();
                              self->drain_more();
                            });
  }

  void close() {
    beast::error_code ec;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ec);
    stream_.socket().close(ec);
  }

  beast::tcp_stream stream_;
  beast::flat_buffer buffer_;
  std::vector<char> drain_buffer_;
  std::size_t drained_ = 0;
  std::optional<http::request_parser<http::string_body>> parser_;
  std::shared_ptr<Shared> shared_;
};

}  // namespace

struct HttpServer::Impl : std::enable_shared_from_this<HttpServer::Impl> {
  std::shared_ptr<Shared> shared = std::make_shared<Shared>();
  std::shared_ptr<asio::io_context> ioc;
  std::optional<tcp::acceptor> acceptor;
  std::vector<std::thread> threads;

  void accept() {
    acceptor->async_accept(asio::make_strand(*ioc),
                           [self = shared_from_this()](beast::error_code ec, tcp::socket socket) {
                             if (ec == asio::error::operation_aborted) return;
                             if (!ec) {
                               // Responses go out as header + body writes: without NODELAY, Nagle's
                               // algorithm and the peer's delayed ACK add milliseconds to every
                               // keep-alive round trip.
                               beast::error_code ignored;
                               socket.set_option(tcp::no_delay(true), ignored);
                               std::make_shared<Session>(std::move(socket), self->shared)->start();
                             }
                             self->accept();
                           });
  }
};

HttpServer::HttpServer(const config::ServerConfig& config, Api& api)
    : impl_(std::make_shared<Impl>()) {
  impl_->shared->config = config;
  impl_->shared->api = &api;
}

HttpServer::~HttpServer() {
  stop();
}

Expected<unsigned short, std::string> HttpServer::start(const std::string& host,
                                                        unsigned short port) {
  impl_->ioc =
      std::make_shared<asio::io_context>(static_cast<int>(impl_->shared->config.io_threads));
  impl_->shared->ioc = impl_->ioc;
  beast::error_code ec;
  auto address = asio::ip::make_address(host == "localhost" ? "127.0.0.1" : host, ec);
  if (ec) return unexpected("invalid listen address " + host + ": " + ec.message());
  tcp::endpoint endpoint{address, port};
  auto& acc = impl_->acceptor.emplace(asio::make_strand(*impl_->ioc));
  acc.open(endpoint.protocol(), ec);
  if (!ec) acc.set_option(asio::socket_base::reuse_address(true), ec);
  if (!ec) acc.bind(endpoint, ec);
  if (!ec) acc.listen(asio::socket_base::max_listen_connections, ec);
  if (ec)
    return unexpected("cannot listen on " + host + ":" + std::to_string(port) + ": " +
                      ec.message());
  const auto bound = acc.local_endpoint().port();
  impl_->accept();
  for (unsigned i = 0; i < impl_->shared->config.io_threads; ++i) {
    impl_->threads.emplace_back([ioc = impl_->ioc] { ioc->run(); });
  }
  return bound;
}

void HttpServer::stop() {
  if (!impl_->ioc) return;
  impl_->ioc->stop();
  for (auto& t : impl_->threads) {
    if (t.joinable()) t.join();
  }
  impl_->threads.clear();
  beast::error_code ec;
  if (impl_->acceptor) impl_->acceptor->close(ec);
  impl_->acceptor.reset();
  // Destroys pending handlers (sessions, the accept loop) unless an engine reply still holds
  // the context, in which case the last such reply destroys it.
  impl_->ioc.reset();
}

}  // namespace riemann::net
