// Wire form of organisation records and paged lists. Keys are snake_case.
//   page: {"items": [...], "total": 512, "page": 1, "page_size": 20}
//   list query parameters: q, sort, order (asc|desc), page, page_size
#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "qinqing/core/result.hpp"
#include "qinqing/org/enterprise_record.hpp"
#include "qinqing/org/paging.hpp"

namespace qinqing::wire {

nlohmann::json enterpriseRecordToJson(const domain::EnterpriseRecord& record);
domain::Result<domain::EnterpriseRecord> enterpriseRecordFromJson(const nlohmann::json& j);

nlohmann::json enterpriseEditToJson(const domain::EnterpriseEdit& edit);
domain::Result<domain::EnterpriseEdit> enterpriseEditFromJson(const nlohmann::json& j);

nlohmann::json cadreSummaryToJson(const domain::CadreSummary& cadre);
domain::Result<domain::CadreSummary> cadreSummaryFromJson(const nlohmann::json& j);

// "q=...&sort=name&order=desc&page=2&page_size=20", values percent-encoded (UTF-8).
std::string pageRequestToQuery(const domain::PageRequest& request);
// From decoded query parameters; missing or malformed numbers fall back to defaults.
domain::PageRequest pageRequestFromParams(const std::map<std::string, std::string>& params);

template <typename T, typename ToJson>
nlohmann::json pageToJson(const domain::Page<T>& page, ToJson toJson) {
  nlohmann::json items = nlohmann::json::array();
  for (const auto& item : page.items) items.push_back(toJson(item));
  return {{"items", items}, {"total", page.total}, {"page", page.page}, {"page_size", page.pageSize}};
}

// Decodes a page; rows that do not decode are an error (the whole page is refused).
template <typename T, typename FromJson>
domain::Result<domain::Page<T>> pageFromJson(const nlohmann::json& j, FromJson fromJson) {
  if (!j.is_object() || !j.contains("items") || !j["items"].is_array()) {
    return domain::DomainError::of(domain::ErrorCode::InvalidInput, "数据格式有误：列表");
  }
  domain::Page<T> page;
  for (const auto& row : j["items"]) {
    auto item = fromJson(row);
    if (!item) return item.error();
    page.items.push_back(std::move(item).value());
  }
  auto num = [&](const char* key, long long fallback) {
    auto it = j.find(key);
    return it != j.end() && it->is_number_integer() ? it->template get<long long>() : fallback;
  };
  page.total = num("total", static_cast<long long>(page.items.size()));
  page.page = static_cast<int>(num("page", 1));
  page.pageSize = static_cast<int>(num("page_size", domain::kDefaultPageSize));
  return page;
}

}  // namespace qinqing::wire
