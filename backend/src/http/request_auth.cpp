#include "http/request_auth.hpp"

#include <strings.h>

namespace qinqing::backend::http {

std::optional<std::string> bearerToken(const httplib::Request& req) {
  const std::string header = req.get_header_value("Authorization");
  constexpr std::size_t kSchemeLength = 7;  // "Bearer "
  if (header.size() <= kSchemeLength || strncasecmp(header.c_str(), "Bearer ", kSchemeLength) != 0) return std::nullopt;
  std::string token = header.substr(kSchemeLength);
  while (!token.empty() && (token.back() == ' ' || token.back() == '\t')) token.pop_back();
  while (!token.empty() && (token.front() == ' ' || token.front() == '\t')) token.erase(token.begin());
  if (token.empty()) return std::nullopt;
  return token;
}

Authenticator makeAuthenticator(auth::SessionService& sessions) {
  return [&sessions](const httplib::Request& req) -> domain::Result<auth::AuthContext> {
    auto token = bearerToken(req);
    if (!token) return domain::DomainError::of(domain::ErrorCode::Unauthenticated, "请先登录");
    return sessions.authenticate(*token);
  };
}

}  // namespace qinqing::backend::http
