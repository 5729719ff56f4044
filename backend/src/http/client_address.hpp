// The client's address for audit rows and throttles. Behind nginx every request comes from the
// proxy's address, so with a configured list of trusted proxies (ServerConfig::trustedProxies,
// `serve --trusted-proxy`) the address is read from X-Forwarded-For: from the right, skipping
// trusted hops, the first address a trusted proxy vouched for. A request that does not come from
// a trusted proxy keeps its socket peer whatever it claims, so nobody can pick the address they
// are throttled or audited under.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace qinqing::backend::http {

class TrustedProxies {
public:
  TrustedProxies() = default;
  // Exact addresses as the socket reports them ("127.0.0.1", "::1", "10.0.0.5").
  explicit TrustedProxies(std::vector<std::string> addresses) : m_addresses(std::move(addresses)) {}

  // forwardedFor: every X-Forwarded-For value of the request, comma-joined in order.
  std::string clientOf(const std::string& peer, std::string_view forwardedFor) const;
  bool empty() const { return m_addresses.empty(); }

private:
  bool trusted(std::string_view address) const;
  std::vector<std::string> m_addresses;
};

// Something that reads as an IPv4 or IPv6 address (digits, hex, '.', ':'), at most 45 characters.
bool looksLikeIpAddress(std::string_view text);

}  // namespace qinqing::backend::http
