#include "qinqing/wire/application_json.hpp"

#include <array>
#include <utility>

#include "qinqing/wire/error_json.hpp"
#include "qinqing/wire/json_fields.hpp"

namespace qinqing::wire {
using nlohmann::json;
namespace d = qinqing::domain;

namespace {

constexpr std::array<std::pair<d::ApplicationStatus, std::string_view>, 3> kStatusKeys = {{
    {d::ApplicationStatus::Pending, "pending"},
    {d::ApplicationStatus::Approved, "approved"},
    {d::ApplicationStatus::Rejected, "rejected"},
}};


}  // namespace

std::string_view applicationStatusKey(d::ApplicationStatus status) {
  for (const auto& [s, k] : kStatusKeys) {
    if (s == status) return k;
  }
  return "pending";
}

std::optional<d::ApplicationStatus> applicationStatusFromKey(std::string_view key) {
  for (const auto& [s, k] : kStatusKeys) {
    if (k == key) return s;
  }
  return std::nullopt;
}

json applicationChoicesToJson(const d::ApplicationChoices& c) {
  json regions = json::array();
  for (const auto& r : c.regions) {
    regions.push_back({{"id", r.id}, {"name", r.name}, {"needs_industry_group", d::regionNeedsIndustryGroup(r.name)}});
  }
  json groups = json::array();
  for (const auto& g : c.industryGroups) groups.push_back(namedRefToJson(g));
  return {{"regions", regions}, {"industry_groups", groups}};
}

d::Result<d::ApplicationChoices> applicationChoicesFromJson(const json& j) {
  if (!j.is_object() || !j.contains("regions") || !j["regions"].is_array() || !j.contains("industry_groups") ||
      !j["industry_groups"].is_array()) {
    return badShape("申请选项");
  }
  d::ApplicationChoices c;
  for (const auto& r : j["regions"]) c.regions.push_back({getInt(r, "id").value_or(0), textAt(r, "name")});
  for (const auto& g : j["industry_groups"]) c.industryGroups.push_back({getInt(g, "id").value_or(0), textAt(g, "name")});
  return c;
}

json applicationFormToJson(const d::ApplicationForm& f) {
  return {{"name", f.name},
          {"uscc", f.uscc},
          {"region_id", f.regionId},
          {"industry_group_id", f.industryGroupId ? json(*f.industryGroupId) : json(nullptr)},
          {"legal_rep", f.legalRep},
          {"liaison", f.liaison},
          {"liaison_mobile", f.liaisonMobile},
          {"address", f.address},
          {"intro", f.intro}};
}

d::Result<d::ApplicationForm> applicationFormFromJson(const json& j) {
  if (!j.is_object()) return badShape("入驻申请");
  d::ApplicationForm f;
  f.name = textAt(j, "name");
  f.uscc = textAt(j, "uscc");
  f.regionId = getInt(j, "region_id").value_or(0);
  f.industryGroupId = getInt(j, "industry_group_id");
  f.legalRep = textAt(j, "legal_rep");
  f.liaison = textAt(j, "liaison");
  f.liaisonMobile = textAt(j, "liaison_mobile");
  f.address = textAt(j, "address");
  f.intro = textAt(j, "intro");
  return f;
}

json applicationToJson(const d::EnterpriseApplication& a) {
  return {{"id", a.id},
          {"number", a.number},
          {"status", applicationStatusKey(a.status)},
          {"status_name", d::applicationStatusName(a.status)},
          {"name", a.name},
          {"uscc", a.uscc},
          {"region", namedRefToJson(a.region)},
          {"industry_group", optionalRefToJson(a.industryGroup)},
          {"legal_rep", a.legalRep},
          {"liaison", a.liaison},
          {"liaison_mobile", a.liaisonMobile},
          {"address", a.address},
          {"intro", a.intro},
          {"submitted_at", a.submittedAt},
          {"reviewed_at", a.reviewedAt},
          {"reviewer", a.reviewer},
          {"reject_reason", a.rejectReason},
          {"enterprise", optionalRefToJson(a.enterprise)},
          {"cadre", optionalRefToJson(a.cadre)}};
}

d::Result<d::EnterpriseApplication> applicationFromJson(const json& j) {
  if (!j.is_object()) return badShape("入驻申请");
  auto status = applicationStatusFromKey(textAt(j, "status"));
  auto region = namedRefAt(j, "region");
  if (!status || !region) return badShape("入驻申请");
  d::EnterpriseApplication a;
  a.id = getInt(j, "id").value_or(0);
  a.number = textAt(j, "number");
  a.status = *status;
  a.name = textAt(j, "name");
  a.uscc = textAt(j, "uscc");
  a.region = *region;
  a.industryGroup = namedRefAt(j, "industry_group");
  a.legalRep = textAt(j, "legal_rep");
  a.liaison = textAt(j, "liaison");
  a.liaisonMobile = textAt(j, "liaison_mobile");
  a.address = textAt(j, "address");
  a.intro = textAt(j, "intro");
  a.submittedAt = textAt(j, "submitted_at");
  a.reviewedAt = textAt(j, "reviewed_at");
  a.reviewer = textAt(j, "reviewer");
  a.rejectReason = textAt(j, "reject_reason");
  a.enterprise = namedRefAt(j, "enterprise");
  a.cadre = namedRefAt(j, "cadre");
  return a;
}

json applicationLookupToJson(const d::ApplicationLookup& l) { return {{"number", l.number}, {"uscc", l.uscc}}; }

d::Result<d::ApplicationLookup> applicationLookupFromJson(const json& j) {
  if (!j.is_object()) return badShape("申请查询");
  return d::ApplicationLookup{textAt(j, "number"), textAt(j, "uscc")};
}

json applicationApprovalToJson(const d::ApplicationApproval& a) { return {{"cadre_id", a.cadreId}}; }

d::Result<d::ApplicationApproval> applicationApprovalFromJson(const json& j) {
  if (!j.is_object()) return badShape("审核通过");
  return d::ApplicationApproval{getInt(j, "cadre_id").value_or(0)};
}

json applicationRejectionToJson(const d::ApplicationRejection& r) { return {{"reason", r.reason}}; }

d::Result<d::ApplicationRejection> applicationRejectionFromJson(const json& j) {
  if (!j.is_object()) return badShape("驳回申请");
  return d::ApplicationRejection{textAt(j, "reason")};
}

json newEnterpriseToJson(const d::NewEnterprise& e) {
  json j = applicationFormToJson(e.form);
  j["cadre_id"] = e.approval.cadreId;
  return j;
}

d::Result<d::NewEnterprise> newEnterpriseFromJson(const json& j) {
  auto form = applicationFormFromJson(j);
  if (!form) return form.error();
  return d::NewEnterprise{std::move(form).value(), d::ApplicationApproval{getInt(j, "cadre_id").value_or(0)}};
}

}  // namespace qinqing::wire
