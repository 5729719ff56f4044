#include "http/file_download.hpp"

#include <string_view>

#include "http/status.hpp"
#include "qinqing/validation/file_type.hpp"

namespace qinqing::backend::http {
namespace {

// RFC 5987 attr-char: what may stand unescaped in filename*.
bool isAttrChar(unsigned char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
         std::string_view("!#$&+-.^_`|~").find(static_cast<char>(c)) != std::string_view::npos;
}

}  // namespace

std::string contentDisposition(const std::string& fileName, const std::string& asciiFallback) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string encoded;
  for (unsigned char c : fileName) {
    if (isAttrChar(c)) {
      encoded += static_cast<char>(c);
    } else {
      encoded += '%';
      encoded += kHex[c >> 4];
      encoded += kHex[c & 0xF];
    }
  }
  return "attachment; filename=\"" + asciiFallback + "\"; filename*=UTF-8''" + encoded;
}

void sendDownload(httplib::Response& res, const std::string& bytes, const std::string& mime,
                  const std::string& fileName, long long attachmentId) {
  const auto type = domain::fileTypeFromName(fileName);
  const std::string fallback =
      "attachment-" + std::to_string(attachmentId) + (type ? "." + std::string(domain::fileTypeKey(*type)) : "");
  sendDownload(res, bytes, mime, fileName, fallback);
}

void sendDownload(httplib::Response& res, const std::string& bytes, const std::string& mime,
                  const std::string& fileName, const std::string& asciiFallback) {
  res.status = Status::OK_200;
  res.set_header("Content-Disposition", contentDisposition(fileName, asciiFallback));
  res.set_header("X-Content-Type-Options", "nosniff");
  res.set_header("Cache-Control", "private, no-store");
  res.set_content(bytes, mime);
}

}  // namespace qinqing::backend::http
