#include "qinqing/wire/api_paths.hpp"

#include "qinqing/wire/json_fields.hpp"

namespace qinqing::wire::api {

std::string segmentText(std::string_view text) { return percentEncode(text); }

std::string fill(Pattern pattern, const std::string* segments, std::size_t count) {
  const std::string_view text = pattern.text;
  std::string out;
  out.reserve(text.size() + 16);
  std::size_t next = 0;
  for (std::size_t i = 0; i < text.size();) {
    if (text[i] == ':' && i > 0 && text[i - 1] == '/') {
      const std::size_t end = text.find('/', i);
      // path<P> checks the count at compile time; a direct caller short of arguments gets the
      // pattern's own ":name" rather than a read past the array.
      if (next < count) {
        out += segments[next++];
      } else {
        out += text.substr(i, end == std::string_view::npos ? std::string_view::npos : end - i);
      }
      if (end == std::string_view::npos) break;
      i = end;
      continue;
    }
    out += text[i++];
  }
  return out;
}

}  // namespace qinqing::wire::api
