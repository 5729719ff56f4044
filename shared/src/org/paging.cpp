#include "qinqing/org/paging.hpp"

#include <algorithm>

namespace qinqing::domain {

PageRequest normalizePageRequest(PageRequest request, const std::vector<std::string>& allowedSorts) {
  request.page = std::max(1, request.page);
  request.pageSize = std::clamp(request.pageSize, 1, kMaxPageSize);
  if (std::find(allowedSorts.begin(), allowedSorts.end(), request.sort) == allowedSorts.end()) request.sort.clear();
  auto notSpace = [](unsigned char c) { return c != ' ' && c != '\t'; };
  auto first = std::find_if(request.query.begin(), request.query.end(), notSpace);
  auto last = std::find_if(request.query.rbegin(), request.query.rend(), notSpace).base();
  request.query = first < last ? std::string(first, last) : std::string();
  return request;
}

int pageCount(long long total, int pageSize) {
  if (pageSize <= 0) return 1;
  return static_cast<int>(std::max<long long>(1, (total + pageSize - 1) / pageSize));
}

long long pageOffset(const PageRequest& request) {
  return static_cast<long long>(std::max(1, request.page) - 1) * std::max(1, request.pageSize);
}

}  // namespace qinqing::domain
