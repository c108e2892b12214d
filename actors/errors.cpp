#include "actors/errors.hpp"

#include <caf/atom.hpp>
#include <caf/sec.hpp>

namespace riemann::actors {
namespace {

constexpr caf::atom_value kCategory = caf::atom("riemann");

}  // namespace

const char* to_string(errc e) {
  switch (e) {
    case errc::queue_full:
      return "queue_full";
    case errc::not_found:
      return "not_found";
    case errc::unknown_language:
      return "unknown_language";
    case errc::worker_crashed:
      return "worker_crashed";
    case errc::sandbox_failure:
      return "sandbox_failure";
    case errc::storage_failure:
      return "storage_failure";
    case errc::analysis_failure:
      return "analysis_failure";
    case errc::shutting_down:
      return "shutting_down";
    case errc::invalid_request:
      return "invalid_request";
  }
  return "unknown";
}

caf::error make_error(errc code, std::string message) {
  if (message.empty()) message = to_string(code);
  return caf::error(static_cast<std::uint8_t>(code), kCategory,
                    caf::make_message(std::move(message)));
}

std::optional<errc> our_code(const caf::error& err) {
  if (!err || err.category() != kCategory) return std::nullopt;
  return static_cast<errc>(err.code());
}

std::string error_message(const caf::error& err) {
  if (err.category() == kCategory && err.context().match_elements<std::string>()) {
    return err.context().get_as<std::string>(0);
  }
  if (err == caf::sec::request_timeout) return "timed out waiting for the engine";
  return "engine error";
}

}  // namespace riemann::actors
