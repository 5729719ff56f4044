// BulletinService: 简报投稿 (§5, §19). Cadres submit 包联成效 stories and enterprises news they want
// published (domain::bulletinKindFor); the author edits while 待审核 or 退回修改 (an edit resubmits);
// 系统管理员 reviews (domain::bulletinAfterReview: 采用, 退回修改 with a comment, 不予采用). Adopted
// bulletins are readable by every reader role; the counts each unit's cadres submitted and had
// adopted feed the unit assessment report. Writes are one transaction with their audit entry.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "auth/auth_context.hpp"
#include "db/database.hpp"
#include "qinqing/core/result.hpp"
#include "qinqing/org/paging.hpp"
#include "qinqing/wire/bulletin_json.hpp"
#include "util/clock.hpp"

namespace qinqing::backend::content {

const std::vector<std::string>& bulletinSortKeys();  // submitted_at (default, newest first), title

class BulletinService {
public:
  BulletinService(db::Database& database, Clock clock) : m_db(database), m_clock(std::move(clock)) {}

  // forbidden for roles that do not submit; validateBulletin. Audited bulletin.submitted.
  domain::Result<wire::BulletinView> submit(const auth::AuthContext& who, const domain::BulletinDraft& draft,
                                            const std::string& address);
  // The author only (else not_found); invalid_transition unless 待审核 or 退回修改. Audited.
  domain::Result<wire::BulletinView> edit(const auth::AuthContext& who, long long id, const domain::BulletinDraft& draft,
                                          const std::string& address);
  // 系统管理员: bulletinAfterReview (退回修改 needs a comment). Audited bulletin.reviewed.
  domain::Result<wire::BulletinView> review(const auth::AuthContext& who, long long id,
                                            const wire::BulletinReviewRequest& request, const std::string& address);

  domain::Page<wire::BulletinView> mine(const auth::AuthContext& who, const domain::PageRequest& page,
                                        std::optional<domain::BulletinStatus> status);
  domain::Page<wire::BulletinView> adopted(const auth::AuthContext& who, const domain::PageRequest& page,
                                           std::optional<domain::BulletinKind> kind);
  domain::Page<wire::BulletinView> reviewQueue(const domain::PageRequest& page,
                                               std::optional<domain::BulletinStatus> status);
  // The author and 系统管理员 see any state; everyone else adopted ones only (else not_found).
  domain::Result<wire::BulletinView> get(const auth::AuthContext& who, long long id);

  // Per unit within the caller's reach (单位管理员 its unit, 县市区管理员 its region's units, others all).
  std::vector<wire::UnitBulletinCount> unitCounts(const auth::AuthContext& who, const std::string& from,
                                                  const std::string& to);

private:
  long long nowUnix() const { return toUnixSeconds(m_clock()); }

  db::Database& m_db;
  Clock m_clock;
};

}  // namespace qinqing::backend::content
