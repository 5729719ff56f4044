// Server-side paging, sorting and filtering of lists: what a table asks for and what it gets back.
// The server decides (it clamps and rejects unknown sort keys); the client builds requests.
#pragma once

#include <string>
#include <vector>

namespace qinqing::domain {

inline constexpr int kDefaultPageSize = 20;
inline constexpr int kMaxPageSize = 100;

struct PageRequest {
  std::string query;      // free-text filter (name, code, ...), trimmed
  std::string sort;       // a column key the list knows; empty: the list's default order
  bool descending = false;
  int page = 1;           // 1-based
  int pageSize = kDefaultPageSize;
  bool operator==(const PageRequest&) const = default;
};

// Clamps page ≥ 1 and pageSize to 1..kMaxPageSize; a sort key not in `allowedSorts` becomes empty.
PageRequest normalizePageRequest(PageRequest request, const std::vector<std::string>& allowedSorts);

// Pages needed for `total` rows (at least 1, so "第 1 / 1 页" reads right for an empty list).
int pageCount(long long total, int pageSize);

// Row offset of the request's page.
long long pageOffset(const PageRequest& request);

template <typename T>
struct Page {
  std::vector<T> items;
  long long total = 0;
  int page = 1;
  int pageSize = kDefaultPageSize;
};

}  // namespace qinqing::domain
