// PolicyGuideRepository: 政策指南 (migration 11: policy_guides, policy_guide_industries,
// policy_guide_regions, policy_guide_versions, policy_guide_reads). Who reads what and in which
// order is the caller's (domain::policyFit); this class stores and reads. Methods throw
// SQLite::Exception; writes run inside the caller's transaction.
#pragma once

#include <SQLiteCpp/Database.h>

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "qinqing/org/paging.hpp"
#include "qinqing/wire/policy_guide_json.hpp"

namespace qinqing::backend {

struct PolicyGuideHeader {
  long long id = 0;
  std::string issuedOn;
  std::string title;
  std::vector<long long> industryGroupIds;
  std::vector<long long> regionIds;
};

struct PolicyGuideVersion {
  int version = 1;
  std::string savedAt;
  std::string savedBy;
  domain::PolicyGuideDraft content;
};

class PolicyGuideRepository {
public:
  explicit PolicyGuideRepository(SQLite::Database& db) : m_db(db) {}

  long long insert(const domain::PolicyGuideDraft& draft, std::optional<long long> accountId, long long now);
  void update(long long id, const domain::PolicyGuideDraft& draft, int version, long long now);
  void saveVersion(long long id, int version, const domain::PolicyGuideDraft& draft, std::optional<long long> accountId,
                   long long now);
  void setState(long long id, domain::PublicationState state, long long now);

  // The stored guide (validity, fit and read are the caller's).
  std::optional<wire::PolicyGuideView> find(long long id);
  std::vector<PolicyGuideVersion> versions(long long id);
  // 政策指南发布: q matches title, issuer, document number and text; newest change first.
  domain::Page<wire::PolicyGuideView> listForAdmin(const domain::PageRequest& page,
                                                   std::optional<domain::PublicationState> state);
  // Published guides matching q (title, issuer, document number, summary, text).
  std::vector<PolicyGuideHeader> publishedHeaders(const std::string& q);
  std::set<long long> readIds(long long accountId);
  void markRead(long long id, long long accountId, long long now);

private:
  SQLite::Database& m_db;
};

}  // namespace qinqing::backend
