#include "net/api_error.hpp"

#include <boost/json/serialize.hpp>

#include "config/units.hpp"

namespace riemann::net {
namespace {

constexpr unsigned kBadRequest = 400;
constexpr unsigned kNotFound = 404;
constexpr unsigned kInternal = 500;
constexpr unsigned kUnavailable = 503;
constexpr unsigned kQueueRetryAfterS = 1;    // a queue slot frees within about one run
constexpr unsigned kRestartRetryAfterS = 5;  // a supervisor restart takes a moment

}  // namespace

ApiError validation_error(std::string field, std::string message) {
  ApiError e;
  e.message = std::move(message);
  e.details["field"] = std::move(field);
  return e;
}

ApiError from_engine(actors::errc code, const std::string& message) {
  ApiError e;
  switch (code) {
    case actors::errc::not_found:
      e.status = kNotFound;
      e.code = "NOT_FOUND";
      e.message = message;
      return e;
    case actors::errc::queue_full:
      e.status = kUnavailable;
      e.code = "SERVICE_UNAVAILABLE";
      e.message = "all workers are busy and the queue is full; retry later";
      e.retry_after_s = kQueueRetryAfterS;
      return e;
    case actors::errc::shutting_down:
      e.status = kUnavailable;
      e.code = "SERVICE_UNAVAILABLE";
      e.message = "the execution engine is restarting or stopping; retry later";
      e.retry_after_s = kRestartRetryAfterS;
      return e;
    case actors::errc::unknown_language:
    case actors::errc::invalid_request:
      // Every VALIDATION_ERROR names its field (SPEC §5.3), engine-detected ones too.
      e = validation_error(code == actors::errc::unknown_language ? "language" : "body", message);
      e.status = kBadRequest;
      return e;
    case actors::errc::worker_crashed:
    case actors::errc::sandbox_failure:
    case actors::errc::storage_failure:
    case actors::errc::analysis_failure:
      break;
  }
  e.status = kInternal;
  e.code = "INTERNAL_ERROR";
  e.message = "internal error; the request id identifies it in the server's logs";
  return e;
}

HttpResponse error_response(const ApiError& error, const std::string& request_id) {
  boost::json::object body{
      {"success", false},
      {"error", {{"code", error.code}, {"message", error.message}, {"details", error.details}}},
      {"metadata",
       {{"timestamp", config::format_timestamp(config::now_ms())}, {"request_id", request_id}}}};
  HttpResponse r;
  r.status = error.status;
  r.body = boost::json::serialize(body);
  if (error.retry_after_s > 0)
    r.headers.emplace_back("Retry-After", std::to_string(error.retry_after_s));
  return r;
}

}  // namespace riemann::net
