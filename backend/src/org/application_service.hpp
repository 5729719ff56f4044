// ApplicationService: 企业入驻申请 (notice §13; rules in qinqing/org/enterprise_application.hpp).
//
// Public: an enterprise without an account submits an application and later looks it up by its
// number and USCC (the liaison mobile masked, the reviewer not named). Reviewers (系统管理员 all,
// 县市区管理员 its region's — auth::Scope::applications) list, open, approve or reject them.
//
// Approval is one transaction: the enterprise (region, industry group), its cadre (一对一:
// enterprises.cadre_id plus a cadre_assignments row), its account waiting for activation (login
// name = full name, empty password hash, mobile = the liaison's), the application marked
// approved, the audit entry, and two SMS: the activation notice to the liaison
// (domain::accountOpenedSms) and the notice to the assigned cadre (domain::cadreAssignedSms).
// A rejection carries the reason the applicant sees; the liaison is told by SMS to look it up.
//
// Expected failures come back as DomainError: invalid_input (every field error), conflict (a
// duplicate USCC or name — an enterprise or a pending application — or an application someone
// already reviewed), not_found (missing or outside the reviewer's scope: the same answer).
// Database failures throw SQLite::Exception.
#pragma once

#include <functional>
#include <string>

#include "auth/auth_context.hpp"
#include "db/database.hpp"
#include "qinqing/core/result.hpp"
#include "qinqing/org/enterprise_application.hpp"
#include "qinqing/org/paging.hpp"
#include "repositories/application_repository.hpp"
#include "util/clock.hpp"

namespace qinqing::backend::org {

class ApplicationService {
public:
  ApplicationService(db::Database& database, Clock clock, std::function<void()> onSmsEnqueued)
      : m_db(database), m_clock(std::move(clock)), m_onSmsEnqueued(std::move(onSmsEnqueued)) {}

  // The regions and industry groups the form offers.
  domain::ApplicationChoices formOptions();

  // Validates (domain::validateApplicationForm; the industry group is required for urban regions,
  // and region and group must exist), refuses duplicates, stores the pending application with
  // its audit entry (application.submitted). Returns it as the applicant sees it (lookup's view).
  domain::Result<domain::EnterpriseApplication> submit(domain::ApplicationForm form, const std::string& clientAddress);

  // The applicant's status page: not_found ("未找到该申请，请核对申请编号和统一社会信用代码") unless
  // number and USCC belong together.
  domain::Result<domain::EnterpriseApplication> lookup(domain::ApplicationLookup lookup);

  domain::Page<domain::EnterpriseApplication> list(const auth::AuthContext& who, const ApplicationListQuery& query);
  domain::Result<domain::EnterpriseApplication> get(const auth::AuthContext& who, long long id);

  // The cadre must lie within the reviewer's cadre scope (else invalid_input on cadre_id, as for
  // a missing one). Returns the application as approved.
  domain::Result<domain::EnterpriseApplication> approve(const auth::AuthContext& who, long long id,
                                                        const domain::ApplicationApproval& approval,
                                                        const std::string& clientAddress);
  // POST /api/enterprises (系统管理员, issue 17): one enterprise registered directly, exactly as an
  // approved application would make it (record, cadre, 待激活 account, the two notices) in one
  // transaction, audited enterprise.created. validateNewEnterprise (an unknown region or group reads
  // as none chosen); invalid_input on cadre_id outside the caller's scope; conflict on uscc/name as
  // for applications (registered or pending). Returns the enterprise's id.
  domain::Result<long long> registerDirectly(const auth::AuthContext& who, domain::NewEnterprise enterprise,
                                             const std::string& clientAddress);

  domain::Result<domain::EnterpriseApplication> reject(const auth::AuthContext& who, long long id,
                                                       domain::ApplicationRejection rejection,
                                                       const std::string& clientAddress);

private:
  long long nowUnix() const { return toUnixSeconds(m_clock()); }

  db::Database& m_db;
  Clock m_clock;
  std::function<void()> m_onSmsEnqueued;
};

}  // namespace qinqing::backend::org
