// AnnouncementRepository: 公告栏 (migration 11: announcements, announcement_roles,
// announcement_regions, announcement_versions, announcement_reads) and the enterprise mobiles an
// announcement texts (§18). Who may read what is the caller's (domain::audienceIncludes); this
// class stores and reads. Methods throw SQLite::Exception; writes run inside the caller's
// transaction.
#pragma once

#include <SQLiteCpp/Database.h>

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "qinqing/content/publication.hpp"
#include "qinqing/org/paging.hpp"
#include "qinqing/wire/announcement_json.hpp"

namespace qinqing::backend {

// What the reader list needs to decide audience and order before it reads a page's rows.
struct AnnouncementHeader {
  long long id = 0;
  bool pinned = false;
  long long publishedAt = 0;
  std::string title;
  domain::Audience audience;
};

// 公告发布's list: every state unless one is asked for; q matches title and body.
struct AnnouncementAdminQuery {
  domain::PageRequest page;  // sort: updated_at (default, newest first) | published_at | title
  std::optional<domain::PublicationState> state;
};

class AnnouncementRepository {
public:
  explicit AnnouncementRepository(SQLite::Database& db) : m_db(db) {}

  long long insert(const domain::AnnouncementDraft& draft, long long accountId, long long now);
  // Overwrites the content in force and sets its version (the caller saved the previous one).
  void update(long long id, const domain::AnnouncementDraft& draft, int version, long long now);
  void saveVersion(long long id, const wire::AnnouncementVersion& version, long long accountId, long long now);
  // The new state; published_at is set by the first publication only, withdrawn_at by each withdrawal.
  void setState(long long id, domain::PublicationState state, long long now);
  void recordSmsQueued(long long id, int count, long long now);

  std::optional<wire::AnnouncementView> find(long long id, std::optional<long long> readerAccountId = std::nullopt);
  // The views of `ids`, in that order (missing ids skipped), read flags for readerAccountId.
  std::vector<wire::AnnouncementView> findMany(const std::vector<long long>& ids, long long readerAccountId);
  std::vector<wire::AnnouncementVersion> versions(long long id);

  domain::Page<wire::AnnouncementView> listForAdmin(const AnnouncementAdminQuery& query);
  // Published announcements whose title or body contains `q` (all when empty).
  std::vector<AnnouncementHeader> publishedHeaders(const std::string& q);
  std::set<long long> readIds(long long accountId);
  // True when this is the account's first reading.
  bool markRead(long long id, long long accountId, long long now);

  // The SMS numbers of the enterprises in the regions (all regions when empty): the liaison's
  // mobile, else the bound mobile of the enterprise account; enterprises with neither are skipped.
  std::vector<std::string> enterpriseMobiles(const std::vector<long long>& regionIds);

private:
  SQLite::Database& m_db;
};

}  // namespace qinqing::backend
