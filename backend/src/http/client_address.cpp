#include "http/client_address.hpp"

#include <algorithm>

#include "util/ascii.hpp"

namespace qinqing::backend::http {
bool looksLikeIpAddress(std::string_view text) {
  if (text.empty() || text.size() > 45) return false;
  return std::all_of(text.begin(), text.end(), [](char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || c == '.' || c == ':';
  });
}

bool TrustedProxies::trusted(std::string_view address) const {
  return std::find(m_addresses.begin(), m_addresses.end(), address) != m_addresses.end();
}

std::string TrustedProxies::clientOf(const std::string& peer, std::string_view forwardedFor) const {
  if (!trusted(peer) || forwardedFor.empty()) return peer;
  std::string_view rest = forwardedFor;
  while (!rest.empty()) {
    const auto comma = rest.rfind(',');
    const std::string_view hop = trimSpaces(comma == std::string_view::npos ? rest : rest.substr(comma + 1));
    rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(0, comma);
    // A malformed hop was written by someone the proxies do not vouch for: stop at the last good one.
    if (!looksLikeIpAddress(hop)) return peer;
    if (!trusted(hop)) return std::string(hop);
  }
  return peer;  // every hop is one of our proxies: the request started inside
}

}  // namespace qinqing::backend::http
