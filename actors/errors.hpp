// Engine errors that cross actor boundaries as caf::error values (house style rule 4).
// net/ maps them to HTTP; nothing here knows what a status code is.
#pragma once

#include <caf/error.hpp>
#include <caf/make_message.hpp>
#include <cstdint>
#include <optional>
#include <string>

namespace riemann::actors {

enum class errc : std::uint8_t {
  queue_full = 1,    // bounded queue is full: try again later
  not_found,         // no execution with that id
  unknown_language,  // not runnable on this node
  worker_crashed,    // the execution worker died twice for this request
  sandbox_failure,   // the sandbox could not run the program (engine failure)
  storage_failure,   // SQLite failed
  analysis_failure,  // the scanner or pattern engine failed
  shutting_down,     // the tree is stopping or escalated
  invalid_request,   // a request that validation should have caught
};

const char* to_string(errc e);

// Builds a caf::error in our category with a human-readable context message.
caf::error make_error(errc code, std::string message = {});

// Our error code if `err` is in our category.
std::optional<errc> our_code(const caf::error& err);

// The context message of an error in our category, or CAF's rendering otherwise.
std::string error_message(const caf::error& err);

}  // namespace riemann::actors
