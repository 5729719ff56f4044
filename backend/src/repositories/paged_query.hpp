// Helpers the repositories' paged lists share: LIKE patterns from free text, and the page a
// request lands on once the total is known.
#pragma once

#include <algorithm>
#include <string>
#include <string_view>

#include "qinqing/org/paging.hpp"

namespace qinqing::backend {

// "%<text>%" for `LIKE ? ESCAPE '\'`, with \ % and _ escaped so they match themselves: a search
// for "100%" finds "100%" only, not every name containing "100".
inline std::string containsPattern(std::string_view text) {
  std::string out = "%";
  for (char ch : text) {
    if (ch == '\\' || ch == '%' || ch == '_') out += '\\';
    out += ch;
  }
  out += '%';
  return out;
}

// A page past the end lands on the last page (a filter that narrowed the list must not leave the
// table on an empty page 7); the request should already be normalised (page ≥ 1, size in range).
inline domain::PageRequest clampToTotal(domain::PageRequest request, long long total) {
  request.page = std::min(request.page, domain::pageCount(total, request.pageSize));
  return request;
}

}  // namespace qinqing::backend
