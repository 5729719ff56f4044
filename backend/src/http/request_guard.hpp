// RequestGuard: what the server refuses from the headers alone, in its pre-routing handler,
// before a body is read, a token resolved or a handler run (issue 14, protocol strictness):
//  - framing a proxy could read differently: Transfer-Encoding on an API request (browsers always
//    send Content-Length; 411), more than one Content-Length or one that is not a number (400),
//    a body on GET, HEAD or OPTIONS (400);
//  - a body beyond its route's limit, from Content-Length: 1 MiB for JSON, the upload limit for
//    files (413);
//  - a JSON route's body of another Content-Type (415), so a cross-site form's text/plain POST
//    never reaches a handler;
//  - a state-changing request a browser marks as sent from another site (Sec-Fetch-Site, Origin)
//    unless that origin is configured for CORS (403).
// Every refusal answers JSON and closes the connection.
#pragma once

#include <httplib.h>

#include <cstddef>
#include <functional>
#include <string_view>

#include "http/route_table.hpp"

namespace qinqing::backend::http {

inline constexpr std::size_t kJsonBodyMaxBytes = 1024 * 1024;

struct RequestLimits {
  std::size_t jsonBytes = kJsonBodyMaxBytes;
  std::size_t uploadBytes = 12 * 1024 * 1024;  // file routes (acceptsBinary): attachments, imports
};

class RequestGuard {
public:
  using OriginAllowed = std::function<bool(std::string_view origin)>;
  RequestGuard(const RouteTable& routes, RequestLimits limits, OriginAllowed originAllowed)
      : m_routes(routes), m_limits(limits), m_originAllowed(std::move(originAllowed)) {}

  // True when it answered the request (a refusal).
  bool refuse(const httplib::Request& req, httplib::Response& res) const;

private:
  bool crossSite(const httplib::Request& req) const;

  const RouteTable& m_routes;
  RequestLimits m_limits;
  OriginAllowed m_originAllowed;
};

// "application/json; charset=utf-8" → "application/json" (lower case, parameters dropped).
std::string mediaTypeOf(std::string_view contentType);

}  // namespace qinqing::backend::http
