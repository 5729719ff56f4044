#include "http/static_files.hpp"

#include <sodium.h>
#include <zlib.h>

#include <array>
#include <cctype>
#include <fstream>
#include <optional>
#include <sstream>
#include <vector>

#include "http/status.hpp"
#include "util/ascii.hpp"

namespace qinqing::backend::http {
namespace {

bool endsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::string_view extensionOf(std::string_view path) {
  auto slash = path.rfind('/');
  auto name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  auto dot = name.rfind('.');
  return dot == std::string_view::npos ? std::string_view() : name.substr(dot + 1);
}

// Types worth compressing: text and the big binary formats that compress well (wasm, TrueType/
// OpenType fonts). woff2, png and jpeg are already compressed.
bool isCompressible(std::string_view contentType) {
  return contentType.substr(0, 5) == "text/" || contentType.find("json") != std::string_view::npos ||
         contentType == "application/wasm" || contentType == "image/svg+xml" || contentType == "font/otf" ||
         contentType == "font/ttf" || contentType == "application/octet-stream";
}

std::optional<std::string> gzipCompress(std::string_view data) {
  z_stream zs{};
  // 15 + 16: a gzip wrapper (what "Content-Encoding: gzip" means), not raw zlib.
  if (deflateInit2(&zs, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) return std::nullopt;
  std::string out(deflateBound(&zs, data.size()), '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = static_cast<uInt>(data.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  int rc = deflate(&zs, Z_FINISH);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  if (rc != Z_STREAM_END) return std::nullopt;
  return out;
}

std::string digestHex(std::string_view data) {
  std::array<unsigned char, 16> digest{};
  crypto_generichash(digest.data(), digest.size(), reinterpret_cast<const unsigned char*>(data.data()), data.size(),
                     nullptr, 0);
  std::array<char, 33> hex{};
  sodium_bin2hex(hex.data(), hex.size(), digest.data(), digest.size());
  return hex.data();
}

std::shared_ptr<const std::string> readStaticFilesFile(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    throw std::filesystem::filesystem_error("cannot read", file, std::make_error_code(std::errc::io_error));
  }
  std::ostringstream buf;
  buf << in.rdbuf();
  return std::make_shared<const std::string>(std::move(buf).str());
}

void sendBytes(httplib::Response& res, std::shared_ptr<const std::string> body, const std::string& contentType) {
  if (body->empty()) {
    res.set_content("", contentType);
    return;
  }
  // A provider streams from the shared in-memory copy: no per-request copy of a multi-MB wasm.
  const std::size_t size = body->size();
  res.set_content_provider(size, contentType,
                           [body = std::move(body)](std::size_t offset, std::size_t length, httplib::DataSink& sink) {
                             return sink.write(body->data() + offset, length);
                           });
}

}  // namespace

std::string_view contentTypeFor(std::string_view path) {
  static const std::map<std::string_view, std::string_view> types = {
      {"html", "text/html; charset=utf-8"}, {"js", "text/javascript; charset=utf-8"},
      {"mjs", "text/javascript; charset=utf-8"}, {"css", "text/css; charset=utf-8"},
      {"wasm", "application/wasm"}, {"json", "application/json; charset=utf-8"},
      {"map", "application/json; charset=utf-8"}, {"txt", "text/plain; charset=utf-8"},
      {"otf", "font/otf"}, {"ttf", "font/ttf"}, {"woff", "font/woff"}, {"woff2", "font/woff2"},
      {"png", "image/png"}, {"jpg", "image/jpeg"}, {"jpeg", "image/jpeg"}, {"webp", "image/webp"},
      {"svg", "image/svg+xml"}, {"ico", "image/x-icon"}, {"webmanifest", "application/manifest+json"},
      {"data", "application/octet-stream"},
  };
  std::string ext(extensionOf(path));
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  auto it = types.find(ext);
  return it == types.end() ? std::string_view("application/octet-stream") : it->second;
}

bool isHashedName(std::string_view fileName) {
  auto slash = fileName.rfind('/');
  if (slash != std::string_view::npos) fileName.remove_prefix(slash + 1);
  for (std::size_t dot = fileName.find('.'); dot != std::string_view::npos; dot = fileName.find('.', dot + 1)) {
    std::size_t i = dot + 1;
    while (i < fileName.size() && std::isxdigit(static_cast<unsigned char>(fileName[i]))) ++i;
    if (i - dot - 1 >= 8 && i < fileName.size() && fileName[i] == '.') return true;
  }
  return false;
}

Encoding chooseEncoding(std::string_view acceptEncoding, bool haveBrotli, bool haveGzip) {
  std::optional<double> br, gzip, any;
  while (!acceptEncoding.empty()) {
    auto comma = acceptEncoding.find(',');
    auto item = trimSpaces(acceptEncoding.substr(0, comma));
    acceptEncoding = comma == std::string_view::npos ? std::string_view() : acceptEncoding.substr(comma + 1);
    double q = 1.0;
    auto semi = item.find(';');
    std::string name(trimSpaces(item.substr(0, semi)));
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (semi != std::string_view::npos) {
      auto param = trimSpaces(item.substr(semi + 1));
      if (param.size() > 2 && (param[0] == 'q' || param[0] == 'Q') && param[1] == '=') {
        q = std::atof(std::string(param.substr(2)).c_str());
      }
    }
    if (name == "br") br = q;
    else if (name == "gzip" || name == "x-gzip") gzip = q;
    else if (name == "*") any = q;
  }
  auto accepted = [&](const std::optional<double>& specific) {
    if (specific) return *specific > 0;
    return any.has_value() && *any > 0;
  };
  if (haveBrotli && accepted(br)) return Encoding::Brotli;
  if (haveGzip && accepted(gzip)) return Encoding::Gzip;
  return Encoding::Identity;
}

bool etagMatches(std::string_view ifNoneMatch, std::string_view etagBase) {
  while (!ifNoneMatch.empty()) {
    auto comma = ifNoneMatch.find(',');
    auto tag = trimSpaces(ifNoneMatch.substr(0, comma));
    ifNoneMatch = comma == std::string_view::npos ? std::string_view() : ifNoneMatch.substr(comma + 1);
    if (tag == "*") return true;
    if (tag.substr(0, 2) == "W/") tag.remove_prefix(2);
    if (tag.size() >= 2 && tag.front() == '"' && tag.back() == '"') tag = tag.substr(1, tag.size() - 2);
    if (tag.substr(0, etagBase.size()) != etagBase) continue;
    auto suffix = tag.substr(etagBase.size());
    if (suffix.empty() || suffix == "-br" || suffix == "-gz") return true;
  }
  return false;
}

StaticFiles StaticFiles::load(const std::filesystem::path& dir) {
  StaticFiles files;
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) return files;

  std::map<std::string, std::shared_ptr<const std::string>, std::less<>> raw;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
    // Only the build's own files: no symlink (its target may be anything on the machine), no
    // dotfile or dot-directory (.git, .env), no source map.
    if (entry.is_symlink() || !entry.is_regular_file()) continue;
    const std::string path = "/" + entry.path().lexically_relative(dir).generic_string();
    if (path.find("/.") != std::string::npos || endsWith(path, ".map")) continue;
    raw[path] = readStaticFilesFile(entry.path());
  }
  for (const auto& [path, bytes] : raw) {
    // X.br / X.gz next to X are X's encodings, not files of their own.
    if ((endsWith(path, ".br") || endsWith(path, ".gz")) && raw.count(path.substr(0, path.size() - 3))) continue;
    Asset asset;
    asset.contentType = contentTypeFor(path);
    asset.cacheControl = isHashedName(path) ? "public, max-age=31536000, immutable" : "no-cache";
    asset.etagBase = digestHex(*bytes);
    asset.identity = bytes;
    if (auto br = raw.find(path + ".br"); br != raw.end()) asset.brotli = br->second;
    if (auto gz = raw.find(path + ".gz"); gz != raw.end()) {
      asset.gzip = gz->second;
    } else if (isCompressible(asset.contentType) && bytes->size() >= 1024) {
      auto packed = gzipCompress(*bytes);
      // Keep the gzip copy only when it saves at least a tenth.
      if (packed && packed->size() * 10 < bytes->size() * 9) asset.gzip = std::make_shared<const std::string>(*packed);
    }
    asset.varies = asset.gzip || asset.brotli;
    files.m_assets.emplace(path, std::move(asset));
  }
  return files;
}

std::size_t StaticFiles::totalBytes() const {
  std::size_t total = 0;
  for (const auto& [path, asset] : m_assets) total += asset.identity->size();
  return total;
}

std::string StaticFiles::indexHtml() const {
  auto it = m_assets.find("/index.html");
  return it == m_assets.end() ? std::string() : *it->second.identity;
}

const StaticFiles::Asset* StaticFiles::find(std::string_view path) const {
  if (path.empty() || path == "/") path = "/index.html";
  auto it = m_assets.find(path);
  return it == m_assets.end() ? nullptr : &it->second;
}

bool StaticFiles::serve(const httplib::Request& req, httplib::Response& res) const {
  const Asset* asset = find(req.path);
  if (!asset) {
    // The client's own routes have no dots; a path with one names a file that is not there.
    if (req.path.find('.') != std::string::npos) return false;
    asset = find("/index.html");
    if (!asset) return false;
  }
  const Encoding encoding =
      chooseEncoding(req.get_header_value("Accept-Encoding"), asset->brotli != nullptr, asset->gzip != nullptr);
  const char* suffix = encoding == Encoding::Brotli ? "-br" : encoding == Encoding::Gzip ? "-gz" : "";
  res.set_header("ETag", "\"" + asset->etagBase + suffix + "\"");
  res.set_header("Cache-Control", asset->cacheControl);
  if (asset->varies) res.set_header("Vary", "Accept-Encoding");
  if (etagMatches(req.get_header_value("If-None-Match"), asset->etagBase)) {
    res.status = Status::NotModified_304;
    return true;
  }
  res.status = Status::OK_200;
  switch (encoding) {
    case Encoding::Brotli:
      res.set_header("Content-Encoding", "br");
      sendBytes(res, asset->brotli, asset->contentType);
      break;
    case Encoding::Gzip:
      res.set_header("Content-Encoding", "gzip");
      sendBytes(res, asset->gzip, asset->contentType);
      break;
    case Encoding::Identity:
      sendBytes(res, asset->identity, asset->contentType);
      break;
  }
  return true;
}

}  // namespace qinqing::backend::http
