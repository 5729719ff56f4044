// Wire form of 联系记录 (qinqing/relation/contact_log.hpp).
//
//   POST /api/enterprises/{id}/contacts {"date": "2026-11-03", "way": "visit", "summary", "follow_up"}
//   contact: {"id", "date", "way", "way_name", "summary", "follow_up", "enterprise": {"id","name"},
//             "cadre": {"id","name"}, "created_at"}
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "qinqing/core/result.hpp"
#include "qinqing/identity/account.hpp"
#include "qinqing/relation/contact_log.hpp"

namespace qinqing::wire {

struct ContactView {
  long long id = 0;
  domain::ContactEntry entry;
  domain::NamedRef enterprise;
  domain::NamedRef cadre;
  std::string createdAt;
  bool operator==(const ContactView&) const = default;
};

nlohmann::json contactEntryToJson(const domain::ContactEntry& entry);
// Field errors: date ("日期格式应为 2026-11-03"), way ("请选择联系方式"); the rest is
// domain::validateContact's.
domain::Result<domain::ContactEntry> contactEntryFromJson(const nlohmann::json& j);

nlohmann::json contactToJson(const ContactView& c);
domain::Result<ContactView> contactFromJson(const nlohmann::json& j);

}  // namespace qinqing::wire
