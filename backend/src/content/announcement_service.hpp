// AnnouncementService: 公告栏 (§10, §18) — 系统管理员 writes, publishes and withdraws announcements
// (公告发布); every other role but 安全/审计管理员 reads those addressed to it (domain::audienceIncludes
// over role and region). The first publication of an announcement whose audience includes
// enterprises queues one SMS per enterprise (domain::announcementSmsText) in the same transaction;
// the outbox sender delivers them afterwards, so the publisher's request never waits for the
// gateway. An edit after publishing is a new version; every version is kept. Every write is one
// IMMEDIATE transaction with its audit entry. Database failures throw SQLite::Exception.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "auth/auth_context.hpp"
#include "db/database.hpp"
#include "qinqing/content/publication.hpp"
#include "qinqing/core/result.hpp"
#include "qinqing/org/paging.hpp"
#include "qinqing/wire/announcement_json.hpp"
#include "util/clock.hpp"

namespace qinqing::backend::content {

// The sort keys of the reader list (newest first by default; pinned ones always lead).
const std::vector<std::string>& announcementReaderSortKeys();  // published_at, title
const std::vector<std::string>& announcementAdminSortKeys();   // updated_at, published_at, title

struct AnnouncementDetail {
  wire::AnnouncementView announcement;
  std::vector<wire::AnnouncementVersion> versions;  // newest first; empty while a draft
};

struct PublishOutcome {
  wire::AnnouncementView announcement;
  int smsQueued = 0;  // texts queued by this publication (0 when republished after a withdrawal)
};

// The region an announcement's audience is matched against: the enterprise's, the cadre's or unit
// administrator's unit region, the county administrator's county; none for city-wide roles.
std::optional<long long> readerRegion(const auth::AuthContext& who);

class AnnouncementService {
public:
  AnnouncementService(db::Database& database, Clock clock) : m_db(database), m_clock(std::move(clock)) {}

  // 公告发布 (系统管理员).
  domain::Page<wire::AnnouncementView> adminList(const domain::PageRequest& page,
                                                 std::optional<domain::PublicationState> state);
  domain::Result<AnnouncementDetail> adminGet(long long id);
  // validateAnnouncement (every field); audited announcement.created.
  domain::Result<wire::AnnouncementView> create(const auth::AuthContext& who, const domain::AnnouncementDraft& draft,
                                                const std::string& address);
  // validateAnnouncement; not_found. A draft is overwritten; a published or withdrawn one gets the
  // next version (the replaced one stays in the versions). Audited announcement.edited.
  domain::Result<wire::AnnouncementView> update(const auth::AuthContext& who, long long id,
                                                const domain::AnnouncementDraft& draft, const std::string& address);
  // publicationAfter (invalid_transition when already published); not_found. Audited.
  domain::Result<PublishOutcome> publish(const auth::AuthContext& who, long long id, const std::string& address);
  domain::Result<wire::AnnouncementView> withdraw(const auth::AuthContext& who, long long id, const std::string& address);

  // The reader's announcements: published, addressed to its role and region, matching q (title
  // and body), pinned first, then newest first (or by title); unreadOnly keeps the unread ones.
  domain::Page<wire::AnnouncementView> readerList(const auth::AuthContext& who, const domain::PageRequest& page,
                                                  bool unreadOnly);
  // not_found unless the reader's list could hold it.
  domain::Result<wire::AnnouncementView> readerGet(const auth::AuthContext& who, long long id);
  // Marks it read for the caller (idempotent); not_found as readerGet.
  domain::Result<wire::AnnouncementView> markRead(const auth::AuthContext& who, long long id);
  // How many of the reader's announcements are unread (the menu badge).
  long long unreadCount(const auth::AuthContext& who);

private:
  long long nowUnix() const { return toUnixSeconds(m_clock()); }

  db::Database& m_db;
  Clock m_clock;
};

}  // namespace qinqing::backend::content
