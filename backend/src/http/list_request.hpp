// Reading the query string of the base-data lists (?q=&sort=&order=&page=&page_size= plus id
// filters) and the numeric id in a resource path. Lists are forgiving where a table can recover
// (an unknown sort key sorts by default, page and page_size are clamped), strict where a typo
// would silently show the wrong rows (a malformed id filter is a 400).
#pragma once

#include <httplib.h>

#include <optional>
#include <string>
#include <vector>

#include "qinqing/core/result.hpp"
#include "qinqing/org/paging.hpp"

namespace qinqing::backend::http {

// wire::pageRequestFromParams over the request, normalised with the list's sort keys
// (domain::normalizePageRequest: page ≥ 1, page_size 1..100, unknown sort → default order).
domain::PageRequest pageRequestOf(const httplib::Request& req, const std::vector<std::string>& sortKeys);

// ?name=<positive integer>; empty optional when absent or empty. Adds a FieldError named after the
// parameter to errors when it is present but not a positive decimal integer.
std::optional<long long> idFilter(const httplib::Request& req, const std::string& name,
                                  std::vector<domain::FieldError>& errors);

// The ":name" path segment as a positive id; empty optional when it is not one (the caller answers
// 404, as for an id that does not exist).
std::optional<long long> pathId(const httplib::Request& req, const std::string& name = "id");

}  // namespace qinqing::backend::http
