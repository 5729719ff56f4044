// A stored file sent as a download (petition, announcement and policy attachments):
// Content-Disposition with an ASCII fallback and the UTF-8 name (RFC 5987 / RFC 6266),
// X-Content-Type-Options: nosniff, Cache-Control: private, no-store, and the stored mime type.
#pragma once

#include <httplib.h>

#include <string>

namespace qinqing::backend::http {

// attachment; filename="<asciiFallback>"; filename*=UTF-8''<percent-encoded fileName>
std::string contentDisposition(const std::string& fileName, const std::string& asciiFallback);

// 200 with the bytes. The fallback name is "attachment-<id>.<ext of fileName>" (ext omitted when
// the name has no known type), so browsers show the Chinese name and old clients a safe one.
void sendDownload(httplib::Response& res, const std::string& bytes, const std::string& mime,
                  const std::string& fileName, long long attachmentId);
// The same with a given ASCII fallback name (report exports, which have no attachment id).
void sendDownload(httplib::Response& res, const std::string& bytes, const std::string& mime,
                  const std::string& fileName, const std::string& asciiFallback);

}  // namespace qinqing::backend::http
