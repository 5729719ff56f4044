// ApplicationRepository: the enterprise_applications table (企业入驻申请, §13) and the few reads
// of the organisation its form needs. All SQL on applications lives here. Methods throw
// SQLite::Exception on database errors and constraint violations (a second pending application
// for one USCC or name trips a partial unique index); multi-statement callers wrap them in a
// transaction, no method opens one itself.
#pragma once

#include <SQLiteCpp/Database.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "db/sql_condition.hpp"
#include "qinqing/org/enterprise_application.hpp"
#include "qinqing/org/paging.hpp"

namespace qinqing::backend {

struct NewApplication {
  domain::ApplicationForm form;  // validated and normalised
  long long submittedAt = 0;
  std::string sourceAddress;
};

// The sort keys of the review list: submitted_at (default, newest first when descending), name,
// uscc, region, status. Ties are broken by id.
const std::vector<std::string>& applicationSortKeys();

struct ApplicationListQuery {
  domain::PageRequest page;  // normalised with applicationSortKeys(); query matches name, USCC or number
  std::optional<domain::ApplicationStatus> status;
};

class ApplicationRepository {
public:
  explicit ApplicationRepository(SQLite::Database& db) : m_db(db) {}

  // Inserts a pending application and gives it its number: "SQ" + the China date + the id in six
  // digits (SQ20260302000017). Returns the id.
  long long insert(const NewApplication& application);

  // The application, or nullopt when missing or outside `scope` (over the alias `a`).
  std::optional<domain::EnterpriseApplication> find(long long id, const db::SqlCondition& scope);
  // The applicant's lookup: both must match.
  std::optional<domain::EnterpriseApplication> findByNumberAndUscc(std::string_view number, std::string_view uscc);

  domain::Page<domain::EnterpriseApplication> list(const ApplicationListQuery& query, const db::SqlCondition& scope);

  bool pendingWithUscc(std::string_view uscc);
  bool pendingWithName(std::string_view name);

  // Pending → approved / rejected; false (nothing written) when it is no longer pending.
  bool markApproved(long long id, long long reviewerId, long long at, long long enterpriseId, long long cadreId);
  bool markRejected(long long id, long long reviewerId, long long at, const std::string& reason);

  // The form's choices, and what the service checks against them.
  domain::ApplicationChoices formOptions();
  std::optional<std::string> regionName(long long regionId);
  bool industryGroupExists(long long groupId);
  // A cadre's name and mobile (the SMS on approval goes to it).
  struct CadreContact {
    std::string name;
    std::string mobile;
  };
  std::optional<CadreContact> cadreContact(long long cadreId);

private:
  SQLite::Database& m_db;
};

}  // namespace qinqing::backend
