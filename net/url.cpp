#include "net/url.hpp"

#include <algorithm>
#include <cctype>

#include "config/units.hpp"

namespace riemann::net {
namespace {

constexpr std::size_t kMaxUrlLength = 2048;
constexpr unsigned short kHttpPort = 80;
constexpr unsigned short kHttpsPort = 443;
constexpr std::uint64_t kMaxPort = 65535;

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

bool v4_in(const boost::asio::ip::address_v4& a, std::uint32_t net, unsigned prefix) {
  const std::uint32_t mask = prefix == 0 ? 0 : ~std::uint32_t{0} << (32 - prefix);
  return (a.to_uint() & mask) == (net & mask);
}

}  // namespace

Expected<Url, std::string> parse_url(const std::string& text) {
  if (text.size() > kMaxUrlLength) return unexpected(std::string("is longer than 2048 characters"));
  const auto scheme_end = text.find("://");
  if (scheme_end == std::string::npos)
    return unexpected(std::string("must be an absolute http(s) URL"));
  Url u;
  u.scheme = lower(text.substr(0, scheme_end));
  if (u.scheme != "http" && u.scheme != "https")
    return unexpected(std::string("must use http or https"));
  auto rest = text.substr(scheme_end + 3);
  if (rest.find('#') != std::string::npos)
    return unexpected(std::string("must not have a fragment"));
  const auto slash = rest.find_first_of("/?");
  std::string authority = rest.substr(0, slash);
  u.target = slash == std::string::npos ? "/" : rest.substr(slash);
  if (u.target.front() == '?') u.target = "/" + u.target;
  if (authority.find('@') != std::string::npos)
    return unexpected(std::string("must not contain credentials"));
  std::string port_text;
  if (!authority.empty() && authority.front() == '[') {
    const auto close = authority.find(']');
    if (close == std::string::npos) return unexpected(std::string("has a malformed IPv6 host"));
    u.host = authority.substr(1, close - 1);
    if (close + 1 < authority.size()) {
      if (authority[close + 1] != ':') return unexpected(std::string("has a malformed host"));
      port_text = authority.substr(close + 2);
    }
  } else {
    const auto colon = authority.rfind(':');
    u.host = authority.substr(0, colon);
    if (colon != std::string::npos) port_text = authority.substr(colon + 1);
  }
  u.host = lower(u.host);
  if (u.host.empty()) return unexpected(std::string("has no host"));
  for (char c : u.host) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '.' && c != '-' && c != ':') {
      return unexpected(std::string("has an invalid host"));
    }
  }
  u.port = u.scheme == "https" ? kHttpsPort : kHttpPort;
  if (!port_text.empty()) {
    auto p = config::parse_uint(port_text);
    if (!p || *p == 0 || *p > kMaxPort) return unexpected(std::string("has an invalid port"));
    u.port = static_cast<unsigned short>(*p);
  }
  return u;
}

bool is_internal_address(const boost::asio::ip::address& address) {
  if (address.is_v6()) {
    const auto v6 = address.to_v6();
    if (v6.is_v4_mapped())
      return is_internal_address(boost::asio::ip::make_address_v4(boost::asio::ip::v4_mapped, v6));
    const auto bytes = v6.to_bytes();
    const bool unique_local = (bytes[0] & 0xfe) == 0xfc;  // fc00::/7
    return v6.is_loopback() || v6.is_unspecified() || v6.is_link_local() || v6.is_site_local() ||
           v6.is_multicast() || unique_local;
  }
  const auto v4 = address.to_v4();
  struct Range {
    std::uint32_t net;
    unsigned prefix;
  };
  // 0/8 this-network, 10/8, 100.64/10 CGNAT, 127/8, 169.254/16 link-local (cloud metadata),
  // 172.16/12, 192.0.0/24, 192.168/16, 198.18/15 benchmarking, 224/4 multicast, 240/4 reserved.
  static constexpr Range kInternal[] = {{0x00000000, 8},  {0x0A000000, 8},  {0x64400000, 10},
                                        {0x7F000000, 8},  {0xA9FE0000, 16}, {0xAC100000, 12},
                                        {0xC0000000, 24}, {0xC0A80000, 16}, {0xC6120000, 15},
                                        {0xE0000000, 4},  {0xF0000000, 4}};
  return std::any_of(std::begin(kInternal), std::end(kInternal),
                     [&](const Range& r) { return v4_in(v4, r.net, r.prefix); });
}

bool is_allowed_private(const std::string& host, const boost::asio::ip::address& address,
                        const std::string& allow_list) {
  std::size_t start = 0;
  while (start <= allow_list.size()) {
    auto end = allow_list.find(',', start);
    if (end == std::string::npos) end = allow_list.size();
    auto entry = allow_list.substr(start, end - start);
    entry.erase(
        std::remove_if(entry.begin(), entry.end(), [](unsigned char c) { return std::isspace(c); }),
        entry.end());
    if (!entry.empty() && (lower(entry) == host || entry == address.to_string())) return true;
    start = end + 1;
  }
  return false;
}

}  // namespace riemann::net
