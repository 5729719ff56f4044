#include "qinqing/wire/application_json.hpp"

#include <array>
#include <utility>

#include "qinqing/wire/error_json.hpp"

namespace qinqing::wire {
using nlohmann::json;
namespace d = qinqing::domain;

namespace {

constexpr std::array<std::pair<d::ApplicationStatus, std::string_view>, 3> kStatusKeys = {{
    {d::ApplicationStatus::Pending, "pending"},
    {d::ApplicationStatus::Approved, "approved"},
    {d::ApplicationStatus::Rejected, "rejected"},
}};

json ref(const d::NamedRef& r) { return {{"id", r.id}, {"name", r.name}}; }
json optRef(const std::optional<d::NamedRef>& r) { return r ? ref(*r) : json(nullptr); }
std::optional<d::NamedRef> readRef(const json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_object()) return std::nullopt;
  return d::NamedRef{getInt(*it, "id").value_or(0), getString(*it, "name").value_or("")};
}
std::string str(const json& j, const char* key) { return getString(j, key).value_or(""); }
d::DomainError badShape(const char* what) {
  return d::DomainError::of(d::ErrorCode::InvalidInput, std::string("数据格式有误：") + what);
}

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
  for (const auto& g : c.industryGroups) groups.push_back(ref(g));
  return {{"regions", regions}, {"industry_groups", groups}};
}

d::Result<d::ApplicationChoices> applicationChoicesFromJson(const json& j) {
  if (!j.is_object() || !j.contains("regions") || !j["regions"].is_array() || !j.contains("industry_groups") ||
      !j["industry_groups"].is_array()) {
    return badShape("申请选项");
  }
  d::ApplicationChoices c;
  for (const auto& r : j["regions"]) c.regions.push_back({getInt(r, "id").value_or(0), str(r, "name")});
  for (const auto& g : j["industry_groups"]) c.industryGroups.push_back({getInt(g, "id").value_or(0), str(g, "name")});
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
  f.name = str(j, "name");
  f.uscc = str(j, "uscc");
  f.regionId = getInt(j, "region_id").value_or(0);
  f.industryGroupId = getInt(j, "industry_group_id");
  f.legalRep = str(j, "legal_rep");
  f.liaison = str(j, "liaison");
  f.liaisonMobile = str(j, "liaison_mobile");
  f.address = str(j, "address");
  f.intro = str(j, "intro");
  return f;
}

json applicationToJson(const d::EnterpriseApplication& a) {
  return {{"id", a.id},
          {"number", a.number},
          {"status", applicationStatusKey(a.status)},
          {"status_name", d::applicationStatusName(a.status)},
          {"name", a.name},
          {"uscc", a.uscc},
          {"region", ref(a.region)},
          {"industry_group", optRef(a.industryGroup)},
          {"legal_rep", a.legalRep},
          {"liaison", a.liaison},
          {"liaison_mobile", a.liaisonMobile},
          {"address", a.address},
          {"intro", a.intro},
          {"submitted_at", a.submittedAt},
          {"reviewed_at", a.reviewedAt},
          {"reviewer", a.reviewer},
          {"reject_reason", a.rejectReason},
          {"enterprise", optRef(a.enterprise)},
          {"cadre", optRef(a.cadre)}};
}

d::Result<d::EnterpriseApplication> applicationFromJson(const json& j) {
  if (!j.is_object()) return badShape("入驻申请");
  auto status = applicationStatusFromKey(str(j, "status"));
  auto region = readRef(j, "region");
  if (!status || !region) return badShape("入驻申请");
  d::EnterpriseApplication a;
  a.id = getInt(j, "id").value_or(0);
  a.number = str(j, "number");
  a.status = *status;
  a.name = str(j, "name");
  a.uscc = str(j, "uscc");
  a.region = *region;
  a.industryGroup = readRef(j, "industry_group");
  a.legalRep = str(j, "legal_rep");
  a.liaison = str(j, "liaison");
  a.liaisonMobile = str(j, "liaison_mobile");
  a.address = str(j, "address");
  a.intro = str(j, "intro");
  a.submittedAt = str(j, "submitted_at");
  a.reviewedAt = str(j, "reviewed_at");
  a.reviewer = str(j, "reviewer");
  a.rejectReason = str(j, "reject_reason");
  a.enterprise = readRef(j, "enterprise");
  a.cadre = readRef(j, "cadre");
  return a;
}

json applicationLookupToJson(const d::ApplicationLookup& l) { return {{"number", l.number}, {"uscc", l.uscc}}; }

d::Result<d::ApplicationLookup> applicationLookupFromJson(const json& j) {
  if (!j.is_object()) return badShape("申请查询");
  return d::ApplicationLookup{str(j, "number"), str(j, "uscc")};
}

json applicationApprovalToJson(const d::ApplicationApproval& a) { return {{"cadre_id", a.cadreId}}; }

d::Result<d::ApplicationApproval> applicationApprovalFromJson(const json& j) {
  if (!j.is_object()) return badShape("审核通过");
  return d::ApplicationApproval{getInt(j, "cadre_id").value_or(0)};
}

json applicationRejectionToJson(const d::ApplicationRejection& r) { return {{"reason", r.reason}}; }

d::Result<d::ApplicationRejection> applicationRejectionFromJson(const json& j) {
  if (!j.is_object()) return badShape("驳回申请");
  return d::ApplicationRejection{str(j, "reason")};
}

}  // namespace qinqing::wire
