#include "qinqing/wire/announcement_json.hpp"

#include "qinqing/wire/error_json.hpp"
#include "qinqing/wire/json_fields.hpp"

namespace qinqing::wire {
using nlohmann::json;
namespace d = qinqing::domain;

json audienceToJson(const d::Audience& audience) {
  json roles = json::array();
  json names = json::array();
  for (d::Role r : audience.roles) {
    roles.push_back(d::roleKey(r));
    names.push_back(d::roleDisplayName(r));
  }
  return {{"roles", roles}, {"role_names", names}, {"region_ids", audience.regionIds}};
}

d::Result<d::Audience> audienceFromJson(const json& j) {
  d::Audience audience;
  std::vector<d::FieldError> errors;
  if (auto it = j.find("roles"); it != j.end() && !it->is_null()) {
    if (!it->is_array()) {
      errors.push_back({"roles", "公告对象应为角色列表"});
    } else {
      for (const auto& r : *it) {
        auto role = r.is_string() ? d::roleFromKey(r.get<std::string>()) : std::nullopt;
        if (!role) {
          errors.push_back({"roles", "未知的公告对象"});
          break;
        }
        audience.roles.push_back(*role);
      }
    }
  }
  if (auto it = j.find("region_ids"); it != j.end() && !it->is_null()) {
    bool bad = !it->is_array();
    if (!bad) {
      for (const auto& id : *it) {
        if (!id.is_number_integer()) {
          bad = true;
          break;
        }
        audience.regionIds.push_back(id.get<long long>());
      }
    }
    if (bad) errors.push_back({"region_ids", "区域应为区域编号列表"});
  }
  if (!errors.empty()) return d::DomainError::invalid(std::move(errors));
  return audience;
}

json announcementDraftToJson(const d::AnnouncementDraft& draft) {
  json j = audienceToJson(draft.audience);
  j["title"] = draft.title;
  j["body"] = draft.body;
  j["pinned"] = draft.pinned;
  return j;
}

d::Result<d::AnnouncementDraft> announcementDraftFromJson(const json& j) {
  if (!j.is_object()) return badShape("公告");
  auto audience = audienceFromJson(j);
  if (!audience) return audience.error();
  d::AnnouncementDraft draft;
  draft.title = textAt(j, "title");
  draft.body = textAt(j, "body");
  draft.audience = std::move(audience).value();
  draft.pinned = getBool(j, "pinned").value_or(false);
  return draft;
}

json announcementToJson(const AnnouncementView& a) {
  json j = announcementDraftToJson(a.content);
  j["id"] = a.id;
  j["state"] = d::publicationStateKey(a.state);
  j["state_name"] = d::publicationStateLabel(a.state);
  j["version"] = a.version;
  j["created_at"] = a.createdAt;
  j["updated_at"] = a.updatedAt;
  j["published_at"] = a.publishedAt;
  j["withdrawn_at"] = a.withdrawnAt;
  j["read"] = a.read;
  j["sms_queued"] = a.smsQueued;
  j["attachments"] = contentAttachmentsToJson(a.attachments);
  return j;
}

d::Result<AnnouncementView> announcementFromJson(const json& j) {
  if (!j.is_object() || !getInt(j, "id")) return badShape("公告");
  auto state = d::publicationStateFromKey(textAt(j, "state"));
  auto content = announcementDraftFromJson(j);
  auto attachments = contentAttachmentsFromJson(j);
  if (!state || !content || !attachments) return badShape("公告");
  AnnouncementView a;
  a.id = *getInt(j, "id");
  a.state = *state;
  a.version = static_cast<int>(getInt(j, "version").value_or(1));
  a.content = std::move(content).value();
  a.createdAt = textAt(j, "created_at");
  a.updatedAt = textAt(j, "updated_at");
  a.publishedAt = textAt(j, "published_at");
  a.withdrawnAt = textAt(j, "withdrawn_at");
  a.read = getBool(j, "read").value_or(false);
  a.smsQueued = static_cast<int>(getInt(j, "sms_queued").value_or(0));
  a.attachments = std::move(attachments).value();
  return a;
}

json announcementVersionToJson(const AnnouncementVersion& v) {
  json j = announcementDraftToJson(v.content);
  j["version"] = v.version;
  j["saved_at"] = v.savedAt;
  j["saved_by"] = v.savedBy;
  return j;
}

d::Result<AnnouncementVersion> announcementVersionFromJson(const json& j) {
  if (!j.is_object() || !getInt(j, "version")) return badShape("公告版本");
  auto content = announcementDraftFromJson(j);
  if (!content) return badShape("公告版本");
  return AnnouncementVersion{static_cast<int>(*getInt(j, "version")), textAt(j, "saved_at"), textAt(j, "saved_by"),
                             std::move(content).value()};
}

json unreadCountToJson(long long unread) { return {{"unread", unread}}; }

d::Result<long long> unreadCountFromJson(const json& j) {
  if (!j.is_object() || !getInt(j, "unread") || *getInt(j, "unread") < 0) return badShape("未读数量");
  return *getInt(j, "unread");
}

}  // namespace qinqing::wire
