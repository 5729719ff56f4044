// Wire form of 公告栏 (qinqing/content/publication.hpp: AnnouncementDraft, Audience,
// PublicationState) for the readers (GET /api/announcements…) and 公告发布 (系统管理员,
// /api/publish/announcements…). Times are ISO 8601 with +08:00, empty when not (yet) set.
//
//   draft (request):  {"title", "body", "roles": ["enterprise", "cadre"], "region_ids": [3], "pinned": false}
//   announcement:     {"id", "state", "state_name", "version", "title", "body", "roles", "role_names",
//                      "region_ids", "pinned", "created_at", "updated_at", "published_at",
//                      "withdrawn_at", "read", "sms_queued", "attachments": [contentAttachmentToJson…]}
//   publish reply:    {"announcement": announcement, "sms_queued": 2000}
//   version:          {"version", "saved_at", "saved_by", "title", "body", "roles", "region_ids", "pinned"}
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "qinqing/content/publication.hpp"
#include "qinqing/core/result.hpp"
#include "qinqing/wire/content_attachment_json.hpp"

namespace qinqing::wire {

// One announcement as the API shows it.
struct AnnouncementView {
  long long id = 0;
  domain::PublicationState state = domain::PublicationState::Draft;
  int version = 1;
  domain::AnnouncementDraft content;
  std::string createdAt;
  std::string updatedAt;
  std::string publishedAt;  // the first publication (readers sort by it)
  std::string withdrawnAt;
  bool read = false;        // readers: the caller has opened it
  int smsQueued = 0;        // texts queued to enterprises when it was first published
  std::vector<ContentAttachment> attachments;  // the live files, in upload order
  bool operator==(const AnnouncementView&) const = default;
};

// A saved version (an edit after publishing keeps the one it replaced).
struct AnnouncementVersion {
  int version = 1;
  std::string savedAt;
  std::string savedBy;
  domain::AnnouncementDraft content;
  bool operator==(const AnnouncementVersion&) const = default;
};

nlohmann::json audienceToJson(const domain::Audience& audience);  // {"roles","role_names","region_ids"}
// "roles": role keys (unknown key: field roles "未知的公告对象"), "region_ids": integers (else field
// region_ids). Missing arrays are empty.
domain::Result<domain::Audience> audienceFromJson(const nlohmann::json& j);

nlohmann::json announcementDraftToJson(const domain::AnnouncementDraft& draft);
// Shape only (strings, arrays, a boolean pinned); the rules are domain::validateAnnouncement.
domain::Result<domain::AnnouncementDraft> announcementDraftFromJson(const nlohmann::json& j);

nlohmann::json announcementToJson(const AnnouncementView& a);
domain::Result<AnnouncementView> announcementFromJson(const nlohmann::json& j);

nlohmann::json announcementVersionToJson(const AnnouncementVersion& v);
domain::Result<AnnouncementVersion> announcementVersionFromJson(const nlohmann::json& j);

// GET /api/announcements/unread-count: {"unread": N} (the 公告栏 menu badge).
nlohmann::json unreadCountToJson(long long unread);
domain::Result<long long> unreadCountFromJson(const nlohmann::json& j);

}  // namespace qinqing::wire
