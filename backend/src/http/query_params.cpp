#include "http/query_params.hpp"

#include <charconv>
#include <vector>

namespace qinqing::backend::http {

std::optional<std::string> queryParam(const httplib::Request& req, const std::string& name) {
  if (!req.has_param(name)) return std::nullopt;
  return req.get_param_value(name);
}

std::optional<long long> parseDecimal(std::string_view text) {
  if (text.empty() || text.front() < '0' || text.front() > '9') return std::nullopt;
  long long value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

domain::Result<Paging> parsePaging(const httplib::Request& req) {
  Paging paging;
  std::vector<domain::FieldError> errors;
  if (auto text = queryParam(req, "page")) {
    auto page = parseDecimal(*text);
    if (!page || *page < 1 || *page > 1'000'000'000) {
      errors.push_back({"page", "页码应为正整数"});
    } else {
      paging.page = static_cast<int>(*page);
    }
  }
  if (auto text = queryParam(req, "page_size")) {
    auto size = parseDecimal(*text);
    if (!size || *size < 1 || *size > kMaxPageSize) {
      errors.push_back({"page_size", "每页条数应为 1 至 " + std::to_string(kMaxPageSize) + " 之间的整数"});
    } else {
      paging.pageSize = static_cast<int>(*size);
    }
  }
  if (!errors.empty()) return domain::DomainError::invalid(std::move(errors));
  return paging;
}

}  // namespace qinqing::backend::http
