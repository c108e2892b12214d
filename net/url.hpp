// Webhook URLs: parsing, and the SSRF guard. A webhook makes this server send a request
// wherever a client says, so only http/https are accepted, and addresses on private,
// loopback, link-local or otherwise internal networks are refused unless the operator
// allow-lists them (webhooks.allow_private). The check runs on the resolved addresses at
// delivery time too, and the connection goes to the address that was checked (no DNS
// rebinding between check and use).
#pragma once

#include <boost/asio/ip/address.hpp>
#include <optional>
#include <string>
#include <vector>

#include "config/expected.hpp"

namespace riemann::net {

struct Url {
  std::string scheme;  // http | https
  std::string host;    // name or literal address (without brackets)
  unsigned short port = 0;
  std::string target;  // path and query, "/" when empty
};

// Syntax only: scheme, host, port, no credentials, no fragments, bounded length.
Expected<Url, std::string> parse_url(const std::string& text);

// True for loopback, RFC 1918, CGNAT, link-local, unique-local, multicast, unspecified and the
// other special-purpose ranges a webhook must not reach by default.
bool is_internal_address(const boost::asio::ip::address& address);

// The comma-separated allow-list: entries are hosts or literal addresses.
bool is_allowed_private(const std::string& host, const boost::asio::ip::address& address,
                        const std::string& allow_list);

}  // namespace riemann::net
