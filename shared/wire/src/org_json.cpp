#include "qinqing/wire/org_json.hpp"

#include <cctype>
#include <cstdio>
#include <cstdlib>

#include "qinqing/wire/error_json.hpp"
#include "qinqing/wire/json_fields.hpp"

namespace qinqing::wire {
using nlohmann::json;
namespace d = qinqing::domain;

namespace {

int toInt(const std::map<std::string, std::string>& params, const char* key, int fallback) {
  auto it = params.find(key);
  if (it == params.end() || it->second.empty() || it->second.size() > 9) return fallback;
  for (char c : it->second) {
    if (c < '0' || c > '9') return fallback;
  }
  return std::atoi(it->second.c_str());
}
}  // namespace

json enterpriseRecordToJson(const d::EnterpriseRecord& r) {
  return {{"id", r.id},
          {"name", r.name},
          {"uscc", r.uscc},
          {"region", namedRefToJson(r.region)},
          {"industry_group", optionalRefToJson(r.industryGroup)},
          {"cadre", optionalRefToJson(r.cadre)},
          {"cadre_unit", optionalRefToJson(r.cadreUnit)},
          {"legal_rep", r.legalRep},
          {"legal_rep_mobile", r.legalRepMobile},
          {"liaison", r.liaison},
          {"liaison_mobile", r.liaisonMobile},
          {"address", r.address},
          {"intro", r.intro},
          {"last_contact_date", r.lastContactDate},
          {"contacted_this_month", r.contactedThisMonth}};
}

d::Result<d::EnterpriseRecord> enterpriseRecordFromJson(const json& j) {
  if (!j.is_object() || !getInt(j, "id")) return badShape("企业信息");
  d::EnterpriseRecord r;
  r.id = *getInt(j, "id");
  r.name = textAt(j, "name");
  r.uscc = textAt(j, "uscc");
  r.region = namedRefAt(j, "region").value_or(d::NamedRef{});
  r.industryGroup = namedRefAt(j, "industry_group");
  r.cadre = namedRefAt(j, "cadre");
  r.cadreUnit = namedRefAt(j, "cadre_unit");
  r.legalRep = textAt(j, "legal_rep");
  r.legalRepMobile = textAt(j, "legal_rep_mobile");
  r.liaison = textAt(j, "liaison");
  r.liaisonMobile = textAt(j, "liaison_mobile");
  r.address = textAt(j, "address");
  r.intro = textAt(j, "intro");
  r.lastContactDate = textAt(j, "last_contact_date");
  r.contactedThisMonth = getBool(j, "contacted_this_month").value_or(false);
  return r;
}

json enterpriseEditToJson(const d::EnterpriseEdit& e) {
  return {{"uscc", e.uscc},         {"address", e.address},   {"legal_rep", e.legalRep},
          {"legal_rep_mobile", e.legalRepMobile}, {"liaison", e.liaison}, {"liaison_mobile", e.liaisonMobile},
          {"intro", e.intro}};
}

d::Result<d::EnterpriseEdit> enterpriseEditFromJson(const json& j) {
  if (!j.is_object()) return badShape("企业信息");
  d::EnterpriseEdit e;
  e.uscc = textAt(j, "uscc");
  e.address = textAt(j, "address");
  e.legalRep = textAt(j, "legal_rep");
  e.legalRepMobile = textAt(j, "legal_rep_mobile");
  e.liaison = textAt(j, "liaison");
  e.liaisonMobile = textAt(j, "liaison_mobile");
  e.intro = textAt(j, "intro");
  return e;
}

json cadreSummaryToJson(const d::CadreSummary& c) {
  return {{"id", c.id},       {"name", c.name},   {"unit", namedRefToJson(c.unit)},
          {"region", namedRefToJson(c.region)}, {"title", c.title}, {"mobile_masked", c.mobileMasked},
          {"email", c.email}, {"enterprise_count", c.enterpriseCount}, {"contact_is_proxy", c.contactIsProxy},
          {"contact_count", c.contactCount}, {"contacts_this_month", c.contactsThisMonth}};
}

d::Result<d::CadreSummary> cadreSummaryFromJson(const json& j) {
  if (!j.is_object() || !getInt(j, "id")) return badShape("干部信息");
  d::CadreSummary c;
  c.id = *getInt(j, "id");
  c.name = textAt(j, "name");
  c.unit = namedRefAt(j, "unit").value_or(d::NamedRef{});
  c.region = namedRefAt(j, "region").value_or(d::NamedRef{});
  c.title = textAt(j, "title");
  c.mobileMasked = textAt(j, "mobile_masked");
  c.email = textAt(j, "email");
  c.enterpriseCount = static_cast<int>(getInt(j, "enterprise_count").value_or(0));
  c.contactIsProxy = getBool(j, "contact_is_proxy").value_or(false);
  c.contactCount = static_cast<int>(getInt(j, "contact_count").value_or(0));
  c.contactsThisMonth = static_cast<int>(getInt(j, "contacts_this_month").value_or(0));
  return c;
}

std::string pageRequestToQuery(const d::PageRequest& r) {
  std::string q = "page=" + std::to_string(r.page) + "&page_size=" + std::to_string(r.pageSize);
  if (!r.query.empty()) q += "&q=" + percentEncode(r.query);
  if (!r.sort.empty()) q += "&sort=" + percentEncode(r.sort) + "&order=" + (r.descending ? "desc" : "asc");
  return q;
}

d::PageRequest pageRequestFromParams(const std::map<std::string, std::string>& params) {
  d::PageRequest r;
  if (auto it = params.find("q"); it != params.end()) r.query = it->second;
  if (auto it = params.find("sort"); it != params.end()) r.sort = it->second;
  if (auto it = params.find("order"); it != params.end()) r.descending = it->second == "desc";
  r.page = toInt(params, "page", 1);
  r.pageSize = toInt(params, "page_size", d::kDefaultPageSize);
  return r;
}

}  // namespace qinqing::wire
