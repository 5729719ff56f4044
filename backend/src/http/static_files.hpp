// StaticFiles: the web client (index.html, the .js glue, the .wasm, fonts), read into memory once
// at start and served from there.
//
//  - Content types the browser insists on (application/wasm for streaming compilation,
//    text/javascript, font/otf, ...).
//  - Cache headers: names carrying a content hash ("qinqing.3f9a1c2b.wasm": a '.', 8+ hex digits,
//    a '.') never change, so browsers may keep them a year without asking; everything else,
//    index.html above all, is "no-cache" and revalidated with its ETag (304 when unchanged).
//  - Compression: the web build puts precompressed X.br / X.gz next to big files; those are served
//    per Accept-Encoding (br preferred) with Vary: Accept-Encoding. Compressible files without a
//    .gz sibling are gzipped once here at load time, never per request.
//  - Unknown paths without a dot get index.html (the client routes itself); a missing path with
//    a dot anywhere is a 404, so a broken asset reference fails loudly instead of delivering HTML
//    where the browser expected wasm, and a probe for /.env or /x.php learns nothing.
//  - Only the build's own files are loaded: no symlinks, no dotfiles or dot-directories, no
//    source maps (issue 14).
//
// The set is loaded once: rebuilding the client needs a server restart. Thread-safe after load.
#pragma once

#include <httplib.h>

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <string_view>

namespace qinqing::backend::http {

enum class Encoding { Identity, Gzip, Brotli };

// The Content-Type for a path by its extension; application/octet-stream when unknown.
std::string_view contentTypeFor(std::string_view path);

// True when the file name (not the directories) contains '.' + at least 8 hex digits + '.'.
bool isHashedName(std::string_view fileName);

// Picks the encoding to send: br if the client accepts it (q > 0) and we have it, else gzip, else
// identity. Honours "q=0" refusals and "*".
Encoding chooseEncoding(std::string_view acceptEncoding, bool haveBrotli, bool haveGzip);

// True when an If-None-Match header names this content: "*", or any listed tag (weak or strong)
// equal to "<etagBase>" or one of its encoded variants "<etagBase>-br", "<etagBase>-gz".
bool etagMatches(std::string_view ifNoneMatch, std::string_view etagBase);

class StaticFiles {
public:
  // Reads every file under dir. A missing or empty directory gives an empty set (the caller warns).
  // Throws std::filesystem::filesystem_error when a file cannot be read.
  static StaticFiles load(const std::filesystem::path& dir);

  bool empty() const { return m_assets.empty(); }
  bool hasIndex() const { return m_assets.count("/index.html") != 0; }
  std::size_t fileCount() const { return m_assets.size(); }
  std::size_t totalBytes() const;

  // index.html's text (empty without one): the security headers hash its inline scripts.
  std::string indexHtml() const;

  // Answers a GET/HEAD for req.path (SPA fallback included); false when nothing fits.
  bool serve(const httplib::Request& req, httplib::Response& res) const;

private:
  struct Asset {
    std::string contentType;
    std::string cacheControl;
    std::string etagBase;  // hex digest of the identity bytes, unquoted
    bool varies = false;   // more than one encoding exists: responses carry Vary
    std::shared_ptr<const std::string> identity;
    std::shared_ptr<const std::string> gzip;
    std::shared_ptr<const std::string> brotli;
  };
  const Asset* find(std::string_view path) const;

  std::map<std::string, Asset, std::less<>> m_assets;  // "/index.html" → asset
};

}  // namespace qinqing::backend::http
