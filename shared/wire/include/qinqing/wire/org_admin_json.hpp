// Wire form of 组织机构 and the cadre roster edits (qinqing/org/organisation.hpp). Keys are
// snake_case; refs are {"id","name"} or null.
//
//   GET  /api/regions          → {"items": [{"id", "name", "kind", "kind_name", "unit_count"}…]}
//   GET  /api/units?region_id= → {"items": [{"id", "name", "region", "cadre_count"}…], "total", "page", "page_size"}
//   POST /api/units            {"region_id", "name"} → the unit
//   PUT  /api/units/{id}       {"name"}              → the unit
//   GET  /api/industry-groups  → {"items": [{"id", "key", "name", "unit", "enterprise_count"}…]}
//   PUT  /api/cadres/{id}, POST /api/cadres
//        {"unit_id", "name", "title", "mobile", "email", "contact_is_proxy"} → cadreSummaryToJson
//
// Request decoders check shape only (a missing or mistyped value reads as empty / 0, so the
// domain validator reports it in Chinese); they never throw.
#pragma once

#include <nlohmann/json.hpp>
#include <vector>

#include "qinqing/core/result.hpp"
#include "qinqing/org/organisation.hpp"

namespace qinqing::wire {

nlohmann::json regionRowToJson(const domain::RegionRow& row);
domain::Result<domain::RegionRow> regionRowFromJson(const nlohmann::json& j);
nlohmann::json regionRowsToJson(const std::vector<domain::RegionRow>& rows);
domain::Result<std::vector<domain::RegionRow>> regionRowsFromJson(const nlohmann::json& j);

nlohmann::json unitRowToJson(const domain::UnitRow& unit);
domain::Result<domain::UnitRow> unitRowFromJson(const nlohmann::json& j);

nlohmann::json industryGroupRowsToJson(const std::vector<domain::IndustryGroupRow>& rows);
domain::Result<std::vector<domain::IndustryGroupRow>> industryGroupRowsFromJson(const nlohmann::json& j);

// region_id is written only when set (a rename carries the name alone).
// POST /api/regions {"name","kind"} · PUT /api/regions/{id} {"name"}.
nlohmann::json regionFormToJson(const domain::RegionForm& form);
domain::Result<domain::RegionForm> regionFormFromJson(const nlohmann::json& j);

nlohmann::json unitFormToJson(const domain::UnitForm& form);
domain::Result<domain::UnitForm> unitFormFromJson(const nlohmann::json& j);

nlohmann::json cadreFormToJson(const domain::CadreForm& form);
domain::Result<domain::CadreForm> cadreFormFromJson(const nlohmann::json& j);

}  // namespace qinqing::wire
