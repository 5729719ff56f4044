#include "import/text_encoding.hpp"

#include <iconv.h>

#include <cerrno>

#include "qinqing/validation/text.hpp"

namespace qinqing::backend::import {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

bool startsWith(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

// iconv_t with RAII: the descriptor is closed however the conversion ends.
class Converter {
public:
  explicit Converter(const char* from) : m_cd(iconv_open("UTF-8", from)) {}
  ~Converter() {
    if (ok()) iconv_close(m_cd);
  }
  Converter(const Converter&) = delete;
  Converter& operator=(const Converter&) = delete;
  bool ok() const { return m_cd != reinterpret_cast<iconv_t>(-1); }
  iconv_t get() const { return m_cd; }

private:
  iconv_t m_cd;
};

}  // namespace

std::optional<std::string> convertToUtf8(std::string_view bytes, const char* fromEncoding) {
  Converter converter(fromEncoding);
  if (!converter.ok()) return std::nullopt;
  std::string out(bytes.size() * 2 + 16, '\0');  // GB18030 → UTF-8 grows by half at most; UTF-16 by half too
  char* in = const_cast<char*>(bytes.data());
  std::size_t inLeft = bytes.size();
  std::size_t written = 0;
  while (inLeft > 0) {
    char* outPtr = out.data() + written;
    std::size_t outLeft = out.size() - written;
    const std::size_t r = iconv(converter.get(), &in, &inLeft, &outPtr, &outLeft);
    written = out.size() - outLeft;
    if (r != static_cast<std::size_t>(-1)) break;
    if (errno != E2BIG) return std::nullopt;  // EILSEQ / EINVAL: not this encoding
    out.resize(out.size() * 2);
  }
  out.resize(written);
  return out;
}

std::optional<DecodedText> decodeToUtf8(std::string_view bytes) {
  if (startsWith(bytes, kUtf8Bom)) bytes.remove_prefix(kUtf8Bom.size());
  if (domain::utf8Length(bytes)) return DecodedText{std::string(bytes), "UTF-8"};
  if (startsWith(bytes, "\xFF\xFE") || startsWith(bytes, "\xFE\xFF")) {
    // "UTF-16" reads the byte-order mark and drops it.
    if (auto text = convertToUtf8(bytes, "UTF-16")) return DecodedText{std::move(*text), "UTF-16"};
    return std::nullopt;
  }
  if (auto text = convertToUtf8(bytes, "GB18030")) return DecodedText{std::move(*text), "GB18030"};
  return std::nullopt;
}

}  // namespace qinqing::backend::import
