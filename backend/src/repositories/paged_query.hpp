// Helpers the repositories' paged lists share: LIKE patterns from free text, and the page a
// request lands on once the total is known.
#pragma once

#include <algorithm>
#include <string>
#include <string_view>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

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

// The shape every paged list shares: count the rows `where` selects, land the request on a page
// that exists, then read that page. countSql and rowsSql take the same filter parameters, bound by
// bind(stmt) (which returns the next free index); rowsSql ends where "LIMIT ? OFFSET ?" goes.
template <typename T, typename Bind, typename Read>
domain::Page<T> readPage(SQLite::Database& db, const std::string& countSql, const std::string& rowsSql,
                         const domain::PageRequest& asked, Bind bind, Read read) {
  domain::Page<T> page;
  SQLite::Statement count(db, countSql);
  bind(count);
  count.executeStep();
  page.total = count.getColumn(0).getInt64();
  const domain::PageRequest request = clampToTotal(asked, page.total);
  page.page = request.page;
  page.pageSize = request.pageSize;
  SQLite::Statement rows(db, rowsSql + " LIMIT ? OFFSET ?");
  int index = bind(rows);
  rows.bind(index++, request.pageSize);
  rows.bind(index, static_cast<int64_t>(domain::pageOffset(request)));
  while (rows.executeStep()) page.items.push_back(read(rows));
  return page;
}

}  // namespace qinqing::backend
