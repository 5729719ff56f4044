// Security and CORS headers.
//
// Every response carries X-Content-Type-Options: nosniff, X-Frame-Options: DENY, a
// Referrer-Policy and a Content-Security-Policy made for a wasm single-page client: scripts only
// from this origin plus 'wasm-unsafe-eval' (WebAssembly compilation) and the SHA-256 of each
// inline <script> in index.html (computed at start, so no 'unsafe-inline'); no plugins, no
// framing, no <base> tricks. API responses are additionally "Cache-Control: no-store".
//
// CORS: the client may be served from another origin (a static host, issue 4). Only origins given
// with --allow-origin receive Access-Control-Allow-Origin; preflights from them are answered 204,
// preflights from others 403. Credentials travel in "Authorization: Bearer", never cookies, so
// Access-Control-Allow-Credentials is never sent and a foreign page cannot ride on a session.
#pragma once

#include <httplib.h>

#include <string>
#include <string_view>
#include <vector>

namespace qinqing::backend::http {

// The CSP for this deployment: the fixed policy plus 'sha256-…' for each inline script of
// indexHtml (a <script> element without a src attribute).
std::string buildContentSecurityPolicy(std::string_view indexHtml);

class SecurityHeaders {
public:
  SecurityHeaders(std::vector<std::string> allowedOrigins, std::string contentSecurityPolicy);

  bool originAllowed(std::string_view origin) const;

  // Pre-routing: answers OPTIONS requests to the API (CORS preflight). True when it answered.
  bool handlePreflight(const httplib::Request& req, httplib::Response& res) const;

  // Post-routing: adds the security headers and, for an allowed Origin, the CORS headers.
  void apply(const httplib::Request& req, httplib::Response& res) const;

  const std::string& contentSecurityPolicy() const { return m_csp; }

private:
  std::vector<std::string> m_allowedOrigins;
  std::string m_csp;
};

}  // namespace qinqing::backend::http
