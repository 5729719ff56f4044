// BulletinRepository: 简报投稿 (migration 11: bulletins, bulletin_reviews) and the per-unit counts
// the unit assessment report uses (§5). Methods throw SQLite::Exception; writes run inside the
// caller's transaction.
#pragma once

#include <SQLiteCpp/Database.h>

#include <optional>
#include <string>
#include <vector>

#include "qinqing/org/paging.hpp"
#include "qinqing/wire/bulletin_json.hpp"

namespace qinqing::backend {

struct NewBulletin {
  domain::BulletinKind kind = domain::BulletinKind::CadreStory;
  domain::BulletinDraft content;
  long long authorAccountId = 0;
  std::optional<long long> cadreId;
  std::optional<long long> enterpriseId;
  std::optional<long long> unitId;
};

struct BulletinQuery {
  domain::PageRequest page;  // newest submission first; q matches title and text
  std::optional<domain::BulletinStatus> status;
  std::optional<long long> authorAccountId;
  std::optional<domain::BulletinKind> kind;
};

class BulletinRepository {
public:
  explicit BulletinRepository(SQLite::Database& db) : m_db(db) {}

  long long insert(const NewBulletin& bulletin, long long now);
  // The author's edit: new content, back to 待审核.
  void resubmit(long long id, const domain::BulletinDraft& content, long long now);
  void review(long long id, domain::BulletinReview review, domain::BulletinStatus status, const std::string& comment,
              std::optional<long long> reviewerAccountId, long long now);

  // The bulletin and its author's account id.
  std::optional<std::pair<wire::BulletinView, long long>> find(long long id);
  domain::Page<wire::BulletinView> list(const BulletinQuery& query);
  // Per unit (those whose region is regionId, or unitId, or all): cadre stories submitted in
  // [from, to] (China days) and how many of those were adopted.
  std::vector<wire::UnitBulletinCount> unitCounts(const std::string& from, const std::string& to,
                                                  std::optional<long long> unitId, std::optional<long long> regionId);

private:
  SQLite::Database& m_db;
};

}  // namespace qinqing::backend
