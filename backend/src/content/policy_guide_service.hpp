// PolicyGuideService: 政策指南 (§5, §17) — 系统管理员 writes, publishes and withdraws guides
// (政策指南发布); every other role but 安全/审计管理员 reads the published ones. An enterprise sees
// first those that fit it (domain::policyFit ≥ 1: its industry group or region named), labelled
// 与贵企业相关, then the general ones, then those for other industries or regions. An edit after
// publishing is a new version; every version is kept. Writes are one transaction with their audit entry.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "auth/auth_context.hpp"
#include "db/database.hpp"
#include "qinqing/core/result.hpp"
#include "qinqing/org/paging.hpp"
#include "qinqing/wire/policy_guide_json.hpp"
#include "repositories/policy_guide_repository.hpp"
#include "util/clock.hpp"

namespace qinqing::backend::content {

const std::vector<std::string>& policyAdminSortKeys();  // updated_at (default), issued_on, title

struct PolicyGuideDetail {
  wire::PolicyGuideView policy;
  std::vector<PolicyGuideVersion> versions;
};

class PolicyGuideService {
public:
  PolicyGuideService(db::Database& database, Clock clock) : m_db(database), m_clock(std::move(clock)) {}

  domain::Page<wire::PolicyGuideView> adminList(const domain::PageRequest& page,
                                                std::optional<domain::PublicationState> state);
  domain::Result<PolicyGuideDetail> adminGet(long long id);
  domain::Result<wire::PolicyGuideView> create(const auth::AuthContext& who, const domain::PolicyGuideDraft& draft,
                                               const std::string& address);
  domain::Result<wire::PolicyGuideView> update(const auth::AuthContext& who, long long id,
                                               const domain::PolicyGuideDraft& draft, const std::string& address);
  domain::Result<wire::PolicyGuideView> publish(const auth::AuthContext& who, long long id, const std::string& address);
  domain::Result<wire::PolicyGuideView> withdraw(const auth::AuthContext& who, long long id, const std::string& address);

  // Published guides matching q; for an enterprise ordered by fit (relevant first), then newest
  // issue date; unreadOnly keeps the unread ones; validOnly drops the expired ones.
  domain::Page<wire::PolicyGuideView> readerList(const auth::AuthContext& who, const domain::PageRequest& page,
                                                 bool unreadOnly, bool validOnly);
  domain::Result<wire::PolicyGuideView> readerGet(const auth::AuthContext& who, long long id);
  domain::Result<wire::PolicyGuideView> markRead(const auth::AuthContext& who, long long id);

private:
  long long nowUnix() const { return toUnixSeconds(m_clock()); }
  domain::Date today() const;

  db::Database& m_db;
  Clock m_clock;
};

}  // namespace qinqing::backend::content
