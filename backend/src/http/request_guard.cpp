#include "http/request_guard.hpp"

#include <algorithm>

#include "http/json_response.hpp"
#include "qinqing/validation/file_type.hpp"
#include "util/ascii.hpp"

namespace qinqing::backend::http {
namespace {

bool allDigits(std::string_view s) {
  return !s.empty() && s.size() <= 18 && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

void refuseAndClose(httplib::Response& res, domain::ErrorCode code, std::string message, int status = 0) {
  sendError(res, code, std::move(message));
  if (status != 0) res.status = status;
  res.set_header("Connection", "close");
}

// "http://127.0.0.1:8080" → "127.0.0.1:8080"; empty when it is no http(s) origin.
std::string_view hostOfOrigin(std::string_view origin) {
  for (std::string_view scheme : {"https://", "http://"}) {
    if (origin.substr(0, scheme.size()) == scheme) return origin.substr(scheme.size());
  }
  return {};
}

}  // namespace

std::string mediaTypeOf(std::string_view contentType) {
  return asciiLower(trimSpaces(contentType.substr(0, contentType.find(';'))));
}

bool RequestGuard::crossSite(const httplib::Request& req) const {
  const std::string origin = req.get_header_value("Origin");
  if (!origin.empty() && m_originAllowed(origin)) return false;  // a configured CORS origin
  const std::string site = req.get_header_value("Sec-Fetch-Site");
  if (site == "cross-site" || site == "same-site") return true;
  if (origin.empty()) return false;  // not sent by a browser page of another origin
  const std::string_view host = hostOfOrigin(origin);
  return host.empty() || host != req.get_header_value("Host");
}

bool RequestGuard::refuse(const httplib::Request& req, httplib::Response& res) const {
  const bool api = isApiPath(req.path);
  const std::size_t lengths = req.get_header_value_count("Content-Length");
  const bool chunked = req.has_header("Transfer-Encoding");
  if (lengths > 1) {
    refuseAndClose(res, domain::ErrorCode::InvalidInput, "请求头 Content-Length 重复");
    return true;
  }
  const std::string lengthText = req.get_header_value("Content-Length");
  if (lengths == 1 && !allDigits(lengthText)) {
    refuseAndClose(res, domain::ErrorCode::InvalidInput, "请求头 Content-Length 格式有误");
    return true;
  }
  // "chunked, gzip" and other codings httplib does not decode would leave the body's bytes to be
  // read as the next request.
  if (chunked && (req.get_header_value_count("Transfer-Encoding") > 1 ||
                  asciiLower(req.get_header_value("Transfer-Encoding")) != "chunked")) {
    refuseAndClose(res, domain::ErrorCode::InvalidInput, "不支持的 Transfer-Encoding");
    return true;
  }
  const std::size_t length = lengths == 1 ? std::stoull(lengthText) : 0;
  const bool hasBody = length > 0 || chunked;
  if (hasBody && (req.method == "GET" || req.method == "HEAD" || req.method == "OPTIONS")) {
    refuseAndClose(res, domain::ErrorCode::InvalidInput, req.method + " 请求不能带有请求体");
    return true;
  }
  if (!api) return false;
  if (chunked) {
    refuseAndClose(res, domain::ErrorCode::InvalidInput, "请求须带 Content-Length，不接受分块传输", Status::LengthRequired_411);
    return true;
  }
  if (req.method == "GET" || req.method == "HEAD" || req.method == "OPTIONS") return false;

  if (crossSite(req)) {
    refuseAndClose(res, domain::ErrorCode::Forbidden, "不接受来自其他网站的提交");
    return true;
  }
  const RouteInfo* route = m_routes.find(req.method, req.path);
  if (!route) return false;  // 404/405 from the table, after httplib reads (and limits) the body
  const bool json = !route->request || route->request->mediaType == "application/json";
  const std::size_t limit = json ? m_limits.jsonBytes : m_limits.uploadBytes;
  if (length > limit) {
    const auto megabytes = [](std::size_t bytes) { return std::to_string(bytes / (1024 * 1024)); };
    std::string message = json ? "请求内容过大，上限为 " + megabytes(limit) + " MB"
                               : "上传的文件过大，上限为 " + megabytes(limit) + " MB";
    if (!json && req.path.ends_with("/attachments")) message = domain::attachmentTooLargeMessage();
    refuseAndClose(res, domain::ErrorCode::PayloadTooLarge, std::move(message));
    return true;
  }
  if (json && hasBody && mediaTypeOf(req.get_header_value("Content-Type")) != "application/json") {
    refuseAndClose(res, domain::ErrorCode::InvalidInput, "请求内容须为 JSON（Content-Type: application/json）",
                   Status::UnsupportedMediaType_415);
    return true;
  }
  return false;
}

}  // namespace qinqing::backend::http
