// Delivers one webhook: a signed HTTP(S) POST to a validated, SSRF-checked address.
// Blocking; runs on the webhook dispatcher's own thread, never on an io thread.
#pragma once

#include <chrono>
#include <string>

#include "config/config.hpp"
#include "config/expected.hpp"

namespace riemann::net {

// "sha256=" + hex HMAC-SHA256 of body keyed by secret (the X-Riemann-Signature header).
std::string sign_webhook(const std::string& secret, const std::string& body);

// POSTs body to url with the event and signature headers. Returns the HTTP status, or an error
// (bad URL, internal address refused, connect/TLS/timeout failure).
Expected<unsigned, std::string> post_webhook(const std::string& url, const std::string& event,
                                             const std::string& body,
                                             const config::WebhookConfig& config);

}  // namespace riemann::net
