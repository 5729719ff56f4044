// Wire form of the base-data detail views (qinqing/org/base_data.hpp). Keys are snake_case.
//   cadre detail:  cadreSummaryToJson(...) + {"enterprises": [{"id", "name"}...]}
//   assignments:   {"items": [{"id", "cadre", "cadre_unit", "assigned_at", "assigned_by", "note"}...]}
//                  (refs are {"id", "name"} or null)
//   reassign:      request {"cadre_id", "note"}, reply the enterprise record
//   reveal:        request {"field": "liaison_mobile" | "legal_rep_mobile"}, reply {"value": "13812341234"}
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "qinqing/core/result.hpp"
#include "qinqing/org/base_data.hpp"

namespace qinqing::wire {

nlohmann::json cadreDetailToJson(const domain::CadreDetail& detail);
domain::Result<domain::CadreDetail> cadreDetailFromJson(const nlohmann::json& j);

nlohmann::json cadreAssignmentsToJson(const std::vector<domain::CadreAssignment>& items);
domain::Result<std::vector<domain::CadreAssignment>> cadreAssignmentsFromJson(const nlohmann::json& j);

// {"cadre_id": 12, "note": "…"}. InvalidInput with field "cadre_id" (missing or not a positive
// integer) and/or "note" (not a string, or longer than kReassignmentNoteMax characters).
nlohmann::json cadreReassignmentToJson(const domain::CadreReassignment& request);
domain::Result<domain::CadreReassignment> cadreReassignmentFromJson(const nlohmann::json& j);

// "liaison_mobile", "legal_rep_mobile": the record's own field names.
std::string_view mobileFieldKey(domain::EnterpriseMobileField field);

nlohmann::json revealRequestToJson(domain::EnterpriseMobileField field);
// InvalidInput with field "field" for anything but the two keys.
domain::Result<domain::EnterpriseMobileField> revealRequestFromJson(const nlohmann::json& j);

nlohmann::json revealedMobileToJson(const std::string& value);
domain::Result<std::string> revealedMobileFromJson(const nlohmann::json& j);

}  // namespace qinqing::wire
