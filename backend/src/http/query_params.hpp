// Reading query-string parameters: optional values and the page / page_size pair of paged lists.
#pragma once

#include <httplib.h>

#include <optional>
#include <string>
#include <string_view>

#include "qinqing/core/result.hpp"

namespace qinqing::backend::http {

// The parameter's value; empty optional when it is absent.
std::optional<std::string> queryParam(const httplib::Request& req, const std::string& name);

struct Paging {
  int page = 1;
  int pageSize = 50;
};

inline constexpr int kDefaultPageSize = 50;
inline constexpr int kMaxPageSize = 200;

// page: 1.. (default 1); page_size: 1..kMaxPageSize (default kDefaultPageSize).
// Errors: InvalidInput with a FieldError per bad parameter ("page", "page_size").
domain::Result<Paging> parsePaging(const httplib::Request& req);

// A decimal integer with nothing around it (no sign, no spaces); empty optional otherwise or on overflow.
std::optional<long long> parseDecimal(std::string_view text);

}  // namespace qinqing::backend::http
