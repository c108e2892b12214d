#include "net/ws_session.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/websocket.hpp>
#include <boost/json.hpp>
#include <deque>

#include "actors/result_json.hpp"
#include "cluster/execution_id.hpp"
#include "config/log.hpp"
#include "net/api_error.hpp"
#include "net/execute_request.hpp"

namespace riemann::net {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace websocket = beast::websocket;
namespace json = boost::json;

constexpr std::size_t kMaxQueuedBytes = 8ull << 20;  // live output buffered per client at most
constexpr auto kHandshakeTimeout = std::chrono::seconds(10);

class WsSession : public std::enable_shared_from_this<WsSession> {
 public:
  WsSession(beast::tcp_stream&& stream, Api& api, RequestContext ctx,
            std::weak_ptr<asio::io_context> ioc)
      : ws_(std::move(stream)), api_(api), ctx_(std::move(ctx)), ioc_(std::move(ioc)) {}
  ~WsSession() { close_stdin(); }
  WsSession(const WsSession&) = delete;
  WsSession& operator=(const WsSession&) = delete;

  void start(beast::http::request<beast::http::string_body>&& upgrade) {
    beast::get_lowest_layer(ws_).expires_never();  // the websocket stream has its own timeouts
    auto timeouts = websocket::stream_base::timeout::suggested(beast::role_type::server);
    timeouts.handshake_timeout = kHandshakeTimeout;
    ws_.set_option(timeouts);
    ws_.read_message_max(api_.runtime().config().api.ws_max_message);
    ws_.async_accept(upgrade, [self = shared_from_this()](beast::error_code ec) {
      if (!ec) self->read_request();
    });
  }

 private:
  void read_request() {
    ws_.async_read(in_, [self = shared_from_this()](beast::error_code ec, std::size_t) {
      if (ec) return self->on_client_gone();
      auto text = beast::buffers_to_string(self->in_.data());
      self->in_.consume(self->in_.size());
      self->begin(text);
    });
  }

  void begin(const std::string& text) {
    auto& rt = api_.runtime();
    auto parsed = parse_execute_request(text, rt.config(), *rt.runnable_languages());
    if (!parsed) return fail(parsed.error(), websocket::close_code::policy_error);
    if (!rt.try_admit())
      return fail(from_engine(actors::errc::queue_full, ""),
                  websocket::close_code::try_again_later);
    auto req = std::move(*parsed);
    req.request_id = ctx_.request_id;
    req.id = cluster::make_execution_id(rt.config().cluster.node_name);
    id_ = req.id;
    // Output chunks arrive on a worker thread; they hop onto this session's strand.
    auto weak = weak_from_this();
    auto ioc = ioc_.lock();
    // Live stdin: the program reads the pipe's read end (held by the registry for the run),
    // this session writes the other end, non-blocking.
    int pipe_fds[2];
    std::shared_ptr<actors::StreamInput> input;
    if (::pipe2(pipe_fds, O_CLOEXEC) == 0) {
      input = std::make_shared<actors::StreamInput>(pipe_fds[0]);
      stdin_w_ = pipe_fds[1];
      ::fcntl(stdin_w_, F_SETFL, ::fcntl(stdin_w_, F_GETFL) | O_NONBLOCK);
    }
    actors::StreamHooks hooks;
    hooks.input = std::move(input);
    hooks.listener = [weak, ioc](std::string_view kind, std::string_view data) {
      auto self = weak.lock();
      if (!self) return;
      json::object event{{"type", kind}};
      if (kind != "started") event["data"] = actors::sanitize_utf8(data);
      auto payload = json::serialize(event);
      asio::post(self->ws_.get_executor(),
                 [self, payload = std::move(payload), live = kind != "started"]() mutable {
                   self->enqueue(std::move(payload), live);
                 });
    };
    rt.streams().add(id_, std::move(hooks));
    enqueue(json::serialize(json::object{{"type", "queued"}, {"execution_id", id_}}), false);
    keep_reading();
    const auto timeout = execution_timeout(req, rt.config());
    rt.execute(
        std::move(req), timeout,
        [weak, ioc, &rt, id = id_](Expected<actors::execution_result, actors::EngineError> r) {
          rt.streams().remove(id);
          rt.release();
          auto self = weak.lock();
          if (!self) return;
          asio::post(self->ws_.get_executor(),
                     [self, r = std::move(r)]() mutable { self->finish(std::move(r)); });
        });
  }

  // While the program runs the client may send {"type":"stdin","data":"..."} (UTF-8 text) and
  // {"type":"stdin_close"}; anything else is answered with an error event, not dropped.
  void keep_reading() {
    ws_.async_read(in_, [self = shared_from_this()](beast::error_code ec, std::size_t) {
      if (ec) return self->on_client_gone();
      auto text = beast::buffers_to_string(self->in_.data());
      self->in_.consume(self->in_.size());
      self->on_client_message(text);
      self->keep_reading();
    });
  }

  void on_client_message(const std::string& text) {
    boost::system::error_code ec;
    auto msg = json::parse(text, ec);
    const auto* obj = !ec && msg.is_object() ? &msg.as_object() : nullptr;
    const auto* type = obj && obj->contains("type") && obj->at("type").is_string()
                           ? &obj->at("type").as_string()
                           : nullptr;
    ApiError e;
    e.details["field"] = "type";
    if (type && *type == "stdin_close") return close_stdin();
    if (type && *type == "stdin" && obj->contains("data") && obj->at("data").is_string()) {
      const auto& data = obj->at("data").as_string();
      if (stdin_w_ < 0) {
        e.message = "stdin is already closed";
      } else {
        const auto n = ::write(stdin_w_, data.data(), data.size());
        if (n == static_cast<ssize_t>(data.size())) return;
        e.message = "the program is not reading stdin fast enough; data was dropped";
        e.details["field"] = "data";
      }
    } else {
      e.message = R"(expected {"type":"stdin","data":"..."} or {"type":"stdin_close"})";
    }
    enqueue(error_event(e), false);
  }

  void close_stdin() {
    if (stdin_w_ >= 0) ::close(stdin_w_);
    stdin_w_ = -1;
  }

  void finish(Expected<actors::execution_result, actors::EngineError> r) {
    close_stdin();
    if (!r)
      return fail(from_engine(r.error().code, r.error().message),
                  websocket::close_code::internal_error);
    const auto& run = r->run;
    enqueue(
        json::serialize(json::object{
            {"type", "exit"},
            {"status", r->status},
            {"exit_code", run.has_exit_code ? json::value(run.exit_code) : json::value(nullptr)},
            {"signal", run.signal != 0 ? json::value(run.signal) : json::value(nullptr)}}),
        false);
    enqueue("{\"type\":\"result\",\"data\":" + actors::result_to_json(*r) + "}", false);
    close_after_ = websocket::close_code::normal;
    maybe_close();
  }

  std::string error_event(const ApiError& e) const {
    return json::serialize(
        json::object{{"type", "error"},
                     {"error", {{"code", e.code}, {"message", e.message}, {"details", e.details}}},
                     {"request_id", ctx_.request_id}});
  }

  void fail(const ApiError& e, websocket::close_code code) {
    enqueue(error_event(e), false);
    close_after_ = code;
    maybe_close();
  }

  // Live chunks past the buffer bound are dropped (the final result still has all output).
  void enqueue(std::string payload, bool live) {
    if (closing_ || gone_) return;
    if (live && queued_bytes_ + payload.size() > kMaxQueuedBytes) {
      if (!dropped_) {
        dropped_ = true;
        queue_.push_back(
            R"({"type":"notice","message":"live output dropped: the client reads too slowly; the result has it all"})");
      }
      return;
    }
    queued_bytes_ += payload.size();
    queue_.push_back(std::move(payload));
    if (!writing_) write_next();
  }

  void write_next() {
    if (queue_.empty()) {
      writing_ = false;
      return maybe_close();
    }
    writing_ = true;
    ws_.text(true);
    ws_.async_write(asio::buffer(queue_.front()), [self = shared_from_this()](beast::error_code ec,
                                                                              std::size_t) {
      self->queued_bytes_ -= std::min(self->queued_bytes_, self->queue_.front().size());
      self->queue_.pop_front();
      if (ec) return self->on_client_gone();
      self->write_next();
    });
  }

  void maybe_close() {
    if (!close_after_ || writing_ || closing_ || gone_) return;
    closing_ = true;
    ws_.async_close(*close_after_, [self = shared_from_this()](beast::error_code) {});
  }

  void on_client_gone() {
    gone_ = true;  // the execution goes on; its result is stored and can be fetched by id
  }

  websocket::stream<beast::tcp_stream> ws_;
  Api& api_;
  RequestContext ctx_;
  std::weak_ptr<asio::io_context> ioc_;
  beast::flat_buffer in_;
  std::deque<std::string> queue_;
  std::size_t queued_bytes_ = 0;
  bool writing_ = false;
  bool dropped_ = false;
  bool closing_ = false;
  bool gone_ = false;
  std::optional<websocket::close_code> close_after_;
  std::string id_;
  int stdin_w_ = -1;  // write end of the live-stdin pipe; -1 once closed
};

}  // namespace

void start_websocket_session(beast::tcp_stream&& stream,
                             beast::http::request<beast::http::string_body>&& upgrade, Api& api,
                             RequestContext ctx, std::weak_ptr<asio::io_context> ioc) {
  std::make_shared<WsSession>(std::move(stream), api, std::move(ctx), std::move(ioc))
      ->start(std::move(upgrade));
}

}  // namespace riemann::net
