#include "http/security_headers.hpp"

#include <sodium.h>

#include <algorithm>
#include <array>

#include "http/json_response.hpp"
#include "http/route_table.hpp"
#include "util/ascii.hpp"

namespace qinqing::backend::http {
namespace {

std::string sha256Base64(std::string_view text) {
  std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
  crypto_hash_sha256(digest.data(), reinterpret_cast<const unsigned char*>(text.data()), text.size());
  std::array<char, sodium_base64_ENCODED_LEN(crypto_hash_sha256_BYTES, sodium_base64_VARIANT_ORIGINAL)> out{};
  sodium_bin2base64(out.data(), out.size(), digest.data(), digest.size(), sodium_base64_VARIANT_ORIGINAL);
  return out.data();
}

// The sha256 sources of every inline <tag>…</tag> block in index.html (scripts without src=,
// <style> blocks): the text between the tags, hashed as browsers hash it. The scan is plain text
// search: index.html is our own build output, not arbitrary HTML.
std::string inlineBlockHashes(std::string_view indexHtml, std::string_view tagName) {
  std::string hashes;
  const std::string html = asciiLower(indexHtml);
  const std::string opening = "<" + std::string(tagName);
  const std::string closing = "</" + std::string(tagName);
  for (std::size_t open = html.find(opening); open != std::string::npos; open = html.find(opening, open + 1)) {
    const std::size_t tagEnd = html.find('>', open);
    if (tagEnd == std::string::npos) break;
    const std::size_t close = html.find(closing, tagEnd);
    if (close == std::string::npos) break;
    const std::string_view tag(html.data() + open, tagEnd - open);
    if (tag.find(" src=") != std::string_view::npos || close == tagEnd + 1) continue;
    hashes += " 'sha256-" + sha256Base64(indexHtml.substr(tagEnd + 1, close - tagEnd - 1)) + "'";
  }
  return hashes;
}

}  // namespace

// No 'unsafe-inline' anywhere: the shell's one inline script and one <style> block are allowed by
// their hashes, so an injected <script> or style attribute does nothing.
std::string buildContentSecurityPolicy(std::string_view indexHtml) {
  return "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'" + inlineBlockHashes(indexHtml, "script") +
         "; style-src 'self'" + inlineBlockHashes(indexHtml, "style") +
         "; img-src 'self' data: blob:; font-src 'self' data:; "
         "connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; "
         "form-action 'self'; frame-ancestors 'none'";
}

SecurityHeaders::SecurityHeaders(std::vector<std::string> allowedOrigins, std::string contentSecurityPolicy)
    : m_allowedOrigins(std::move(allowedOrigins)), m_csp(std::move(contentSecurityPolicy)) {}

bool SecurityHeaders::originAllowed(std::string_view origin) const {
  return !origin.empty() && std::find(m_allowedOrigins.begin(), m_allowedOrigins.end(), origin) != m_allowedOrigins.end();
}

bool SecurityHeaders::handlePreflight(const httplib::Request& req, httplib::Response& res) const {
  if (req.method != "OPTIONS" || !isApiPath(req.path)) return false;
  const std::string origin = req.get_header_value("Origin");
  if (!origin.empty() && !originAllowed(origin)) {
    sendError(res, domain::ErrorCode::Forbidden, "不允许来自该网站的跨域请求");
    return true;
  }
  if (!origin.empty()) {
    res.set_header("Access-Control-Allow-Methods", "GET, POST, PUT, PATCH, DELETE, OPTIONS");
    res.set_header("Access-Control-Allow-Headers", "Authorization, Content-Type");
    res.set_header("Access-Control-Max-Age", "600");
  }
  res.set_header("Allow", "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS");
  sendNoContent(res);
  return true;
}

void SecurityHeaders::apply(const httplib::Request& req, httplib::Response& res) const {
  res.set_header("X-Content-Type-Options", "nosniff");
  res.set_header("X-Frame-Options", "DENY");
  res.set_header("Referrer-Policy", "no-referrer");
  res.set_header("Content-Security-Policy", m_csp);
  // Nothing of the platform needs a camera, microphone, location, payment or USB; a script that
  // got in must not ask for them either.
  res.set_header("Permissions-Policy",
                 "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), "
                 "interest-cohort=()");
  if (isApiPath(req.path)) {
    if (!res.has_header("Cache-Control")) res.set_header("Cache-Control", "no-store");
    const std::string origin = req.get_header_value("Origin");
    if (originAllowed(origin)) {
      res.set_header("Access-Control-Allow-Origin", origin);
      res.set_header("Vary", "Origin");
    }
  }
}

}  // namespace qinqing::backend::http
