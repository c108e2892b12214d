// The JSON documents of an execution: the `data` object of the API (stored as served, so a
// read is a lookup, not a re-render) and the request summary kept for audit.
#pragma once

#include <string>

#include "actors/messages.hpp"

namespace riemann::actors {

// SPEC §5.1 `data` object of a finished execution.
std::string result_to_json(const execution_result& result);

// `data` of an execution that is not finished yet (queued / running).
std::string pending_to_json(const stored_execution& execution);

// What was asked, without the source or stdin contents (sizes only).
std::string request_to_json(const execution_request& request);

// True when `status` is final (anything but queued / running).
bool is_terminal(const std::string& status);

// Replaces invalid UTF-8 with U+FFFD so program output never breaks a client's JSON parser.
std::string sanitize_utf8(std::string_view bytes);

}  // namespace riemann::actors
