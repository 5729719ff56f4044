#include "qinqing/wire/base_data_json.hpp"

#include "qinqing/validation/text.hpp"
#include "qinqing/wire/error_json.hpp"
#include "qinqing/wire/json_fields.hpp"
#include "qinqing/wire/org_json.hpp"

namespace qinqing::wire {
using nlohmann::json;
namespace d = qinqing::domain;

namespace {
std::optional<d::NamedRef> namedRefAt(const json& j) {
  if (!j.is_object() || !getInt(j, "id")) return std::nullopt;
  return d::NamedRef{*getInt(j, "id"), getString(j, "name").value_or("")};
}
}  // namespace

json cadreDetailToJson(const d::CadreDetail& detail) {
  json j = cadreSummaryToJson(detail.summary);
  json enterprises = json::array();
  for (const auto& e : detail.enterprises) enterprises.push_back(namedRefToJson(e));
  j["enterprises"] = std::move(enterprises);
  return j;
}

d::Result<d::CadreDetail> cadreDetailFromJson(const json& j) {
  auto summary = cadreSummaryFromJson(j);
  if (!summary) return summary.error();
  d::CadreDetail detail{summary.value(), {}};
  auto it = j.find("enterprises");
  if (it == j.end() || !it->is_array()) return badShape("干部包联企业");
  for (const auto& row : *it) {
    auto e = namedRefAt(row);
    if (!e) return badShape("干部包联企业");
    detail.enterprises.push_back(*e);
  }
  return detail;
}

json cadreAssignmentsToJson(const std::vector<d::CadreAssignment>& items) {
  json rows = json::array();
  for (const auto& a : items) {
    rows.push_back({{"id", a.id},
                    {"cadre", optionalRefToJson(a.cadre)},
                    {"cadre_unit", optionalRefToJson(a.cadreUnit)},
                    {"assigned_at", a.assignedAt},
                    {"assigned_by", optionalRefToJson(a.assignedBy)},
                    {"note", a.note}});
  }
  return {{"items", rows}};
}

d::Result<std::vector<d::CadreAssignment>> cadreAssignmentsFromJson(const json& j) {
  if (!j.is_object() || !j.contains("items") || !j["items"].is_array()) return badShape("包联调整记录");
  std::vector<d::CadreAssignment> out;
  for (const auto& row : j["items"]) {
    if (!row.is_object() || !getInt(row, "id")) return badShape("包联调整记录");
    d::CadreAssignment a;
    a.id = *getInt(row, "id");
    a.cadre = namedRefAt(row, "cadre");
    a.cadreUnit = namedRefAt(row, "cadre_unit");
    a.assignedAt = getString(row, "assigned_at").value_or("");
    a.assignedBy = namedRefAt(row, "assigned_by");
    a.note = getString(row, "note").value_or("");
    out.push_back(std::move(a));
  }
  return out;
}

json cadreReassignmentToJson(const d::CadreReassignment& request) {
  return {{"cadre_id", request.cadreId}, {"note", request.note}};
}

d::Result<d::CadreReassignment> cadreReassignmentFromJson(const json& j) {
  std::vector<d::FieldError> errors;
  d::CadreReassignment out;
  const auto cadre = j.is_object() ? j.find("cadre_id") : j.end();
  if (cadre == j.end() || !cadre->is_number_integer() || cadre->get<long long>() <= 0) {
    errors.push_back({"cadre_id", "请选择新的包联干部"});
  } else {
    out.cadreId = cadre->get<long long>();
  }
  if (j.is_object() && j.contains("note") && !j["note"].is_null()) {
    if (!j["note"].is_string()) {
      errors.push_back({"note", "调整说明应为文字"});
    } else {
      out.note = j["note"].get<std::string>();
      auto length = d::utf8Length(out.note);
      if (!length || *length > d::kReassignmentNoteMax) {
        errors.push_back({"note", "调整说明不能超过" + std::to_string(d::kReassignmentNoteMax) + "个字"});
      }
    }
  }
  if (!errors.empty()) return d::DomainError::invalid(std::move(errors));
  return out;
}

std::string_view mobileFieldKey(d::EnterpriseMobileField field) {
  return field == d::EnterpriseMobileField::LegalRepMobile ? "legal_rep_mobile" : "liaison_mobile";
}

json revealRequestToJson(d::EnterpriseMobileField field) { return {{"field", mobileFieldKey(field)}}; }

d::Result<d::EnterpriseMobileField> revealRequestFromJson(const json& j) {
  const std::string key = j.is_object() ? getString(j, "field").value_or("") : "";
  for (auto field : {d::EnterpriseMobileField::LiaisonMobile, d::EnterpriseMobileField::LegalRepMobile}) {
    if (key == mobileFieldKey(field)) return field;
  }
  return d::DomainError::invalid({{"field", "请指明要查看的号码：liaison_mobile（联络员）或 legal_rep_mobile（法人代表）"}});
}

json revealedMobileToJson(const std::string& value) { return {{"value", value}}; }

d::Result<std::string> revealedMobileFromJson(const json& j) {
  auto value = j.is_object() ? getString(j, "value") : std::nullopt;
  if (!value) return badShape("手机号");
  return *value;
}

}  // namespace qinqing::wire
