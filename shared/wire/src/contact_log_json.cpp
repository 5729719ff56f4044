#include "qinqing/wire/contact_log_json.hpp"

#include "qinqing/wire/error_json.hpp"
#include "qinqing/wire/json_fields.hpp"

namespace qinqing::wire {
using nlohmann::json;
namespace d = qinqing::domain;

json contactEntryToJson(const d::ContactEntry& e) {
  return {{"date", e.date.toIso()},
          {"way", d::contactWayKey(e.way)},
          {"way_name", d::contactWayLabel(e.way)},
          {"summary", e.summary},
          {"follow_up", e.followUp}};
}

d::Result<d::ContactEntry> contactEntryFromJson(const json& j) {
  if (!j.is_object()) return badShape("联系记录");
  std::vector<d::FieldError> errors;
  d::ContactEntry e;
  if (auto date = d::Date::parseIso(textAt(j, "date"))) {
    e.date = date.value();
  } else {
    errors.push_back({"date", "日期格式应为 2026-11-03"});
  }
  if (auto way = d::contactWayFromKey(textAt(j, "way"))) {
    e.way = *way;
  } else {
    errors.push_back({"way", "请选择联系方式"});
  }
  e.summary = textAt(j, "summary");
  e.followUp = textAt(j, "follow_up");
  if (!errors.empty()) return d::DomainError::invalid(std::move(errors));
  return e;
}

json contactToJson(const ContactView& c) {
  json j = contactEntryToJson(c.entry);
  j["id"] = c.id;
  j["enterprise"] = namedRefToJson(c.enterprise);
  j["cadre"] = namedRefToJson(c.cadre);
  j["created_at"] = c.createdAt;
  return j;
}

d::Result<ContactView> contactFromJson(const json& j) {
  if (!j.is_object() || !getInt(j, "id")) return badShape("联系记录");
  auto entry = contactEntryFromJson(j);
  auto enterprise = namedRefAt(j, "enterprise");
  auto cadre = namedRefAt(j, "cadre");
  if (!entry || !enterprise || !cadre) return badShape("联系记录");
  return ContactView{*getInt(j, "id"), std::move(entry).value(), *enterprise, *cadre, textAt(j, "created_at")};
}

}  // namespace qinqing::wire
