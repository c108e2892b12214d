// WebSocket streaming of one execution (GET /v1/execute/stream, SPEC §5.2).
//
// The client sends one text message: an execute request (the POST /v1/execute body). The server
// answers with JSON text events, in order:
//   {"type":"queued","execution_id"}  {"type":"started"}
//   {"type":"stdout","data"} / {"type":"stderr","data"}   (chunks as the program writes them)
//   {"type":"exit","status","exit_code","signal"}  {"type":"result","data":{...full result...}}
// then closes with 1000. While it runs the client may send {"type":"stdin","data":"text"} (fed
// to the program's stdin as it arrives, after any `stdin` of the request) and
// {"type":"stdin_close"} (EOF); stdin closes by itself when the run ends. Errors are
// {"type":"error","error":{code,message,details}} followed by close code 1008 (invalid request),
// 1013 (busy: try again later) or 1011 (engine failure). Messages larger than api.ws_max_message
// close with 1009. Live output is bounded: past a queue limit chunks are dropped (a "notice" event
// says so); the result always has it all. Live stdin is bounded by the pipe (64 KiB in flight):
// past it, data is refused with an error event rather than buffered without limit.
#pragma once

#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/beast/http/string_body.hpp>
#include <memory>

#include "net/api.hpp"

namespace boost::asio {
class io_context;
}

namespace riemann::net {

void start_websocket_session(boost::beast::tcp_stream&& stream,
                             boost::beast::http::request<boost::beast::http::string_body>&& upgrade,
                             Api& api, RequestContext ctx,
                             std::weak_ptr<boost::asio::io_context> ioc);

}  // namespace riemann::net
