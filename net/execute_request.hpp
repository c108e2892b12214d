// Parsing and validation of `POST /v1/execute` bodies (SPEC §5.1) into an execution_request.
// Pure: body + config + languages -> request or a VALIDATION_ERROR naming the field, the bad
// value and what is allowed. Limits absent from the request get the server defaults; limits
// above the server maxima are errors, never silently clamped.
#pragma once

#include <boost/json/value.hpp>
#include <string_view>

#include "actors/messages.hpp"
#include "config/config.hpp"
#include "config/expected.hpp"
#include "config/languages.hpp"
#include "net/api_error.hpp"

namespace riemann::net {

Expected<actors::execution_request, ApiError> parse_execute_request(
    std::string_view body, const config::Config& config, const config::LanguageRegistry& languages);

// The same, for an already parsed JSON value (batch items reuse it).
Expected<actors::execution_request, ApiError> parse_execute_value(
    const boost::json::value& value, const config::Config& config,
    const config::LanguageRegistry& languages);

// True for a safe relative file name: segments of [A-Za-z0-9._-], no "." or "..", no segment
// starting with '-' (it would read as an option on a compiler's command line), no "/" at ends.
bool is_safe_file_name(std::string_view name);

}  // namespace riemann::net
