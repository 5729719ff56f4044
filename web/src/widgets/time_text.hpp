// Times as tables and details show them: the server's ISO text ("2026-12-03T09:30:15+08:00") cut to
// the minute or the second with a space for the "T"; "—" where there is no time.
#pragma once

#include <string>
#include <string_view>

namespace qinqing::web {

inline std::string isoTimeText(std::string_view iso, std::size_t length) {
  if (iso.empty()) return "—";
  if (iso.size() < length) return std::string(iso);
  std::string out(iso.substr(0, length));
  out[10] = ' ';
  return out;
}
inline std::string minuteText(std::string_view iso) { return isoTimeText(iso, 16); }
inline std::string secondText(std::string_view iso) { return isoTimeText(iso, 19); }

}  // namespace qinqing::web
