// The API's error documents (SPEC §5.3) and the one place engine errors become HTTP statuses.
//   {"success": false, "error": {"code", "message", "details"}, "metadata": {"timestamp",
//   "request_id"}}
#pragma once

#include <boost/json/object.hpp>
#include <string>

#include "actors/errors.hpp"
#include "net/http_types.hpp"

namespace riemann::net {

struct ApiError {
  unsigned status = 400;
  std::string code = "VALIDATION_ERROR";  // VALIDATION_ERROR, NOT_FOUND, PAYLOAD_TOO_LARGE, ...
  std::string message;
  boost::json::object details;  // field, value, allowed values / range
  unsigned retry_after_s = 0;   // > 0: a Retry-After header is sent
};

// A 400 VALIDATION_ERROR naming the field and, when given, the bad value and what is allowed.
ApiError validation_error(std::string field, std::string message);

// Maps an engine error (from actors/) to the API error a client sees. Never leaks internals.
ApiError from_engine(actors::errc code, const std::string& message);

HttpResponse error_response(const ApiError& error, const std::string& request_id);

}  // namespace riemann::net
