#include "http/list_request.hpp"

#include <map>

#include "http/query_params.hpp"
#include "qinqing/wire/org_json.hpp"

namespace qinqing::backend::http {

domain::PageRequest pageRequestOf(const httplib::Request& req, const std::vector<std::string>& sortKeys) {
  std::map<std::string, std::string> params;
  for (const auto& [key, value] : req.params) params.emplace(key, value);  // first value of a repeated key
  return domain::normalizePageRequest(wire::pageRequestFromParams(params), sortKeys);
}

std::optional<long long> idFilter(const httplib::Request& req, const std::string& name,
                                  std::vector<domain::FieldError>& errors) {
  auto text = queryParam(req, name);
  if (!text || text->empty()) return std::nullopt;
  auto id = parseDecimal(*text);
  if (!id || *id < 1) {
    errors.push_back({name, "筛选条件 " + name + " 应为正整数"});
    return std::nullopt;
  }
  return id;
}

std::optional<long long> pathId(const httplib::Request& req, const std::string& name) {
  auto it = req.path_params.find(name);
  if (it == req.path_params.end()) return std::nullopt;
  auto id = parseDecimal(it->second);
  if (!id || *id < 1) return std::nullopt;
  return id;
}

}  // namespace qinqing::backend::http
