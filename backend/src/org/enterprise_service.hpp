// EnterpriseService: the enterprise records of the base data (notice §3, §9, §15) as each caller
// may see and change them. It applies the caller's scope (auth/scope.hpp) to every read and
// write, masks mobile numbers for everyone but the enterprise itself and its liaison cadre, and
// writes each change and each revealed number to the audit log in the transaction that makes it.
//
// Expected failures come back as DomainError: not_found (missing or outside scope — the same
// answer), forbidden (the role may not do this), invalid_input (every field error at once),
// conflict (the USCC belongs to another enterprise). Database failures throw SQLite::Exception.
#pragma once

#include <string>
#include <vector>

#include "auth/auth_context.hpp"
#include "db/database.hpp"
#include "qinqing/core/result.hpp"
#include "qinqing/org/base_data.hpp"
#include "qinqing/org/enterprise_record.hpp"
#include "qinqing/org/paging.hpp"
#include "repositories/enterprise_repository.hpp"
#include "util/clock.hpp"

namespace qinqing::backend::org {

class EnterpriseService {
public:
  EnterpriseService(db::Database& database, Clock clock) : m_db(database), m_clock(std::move(clock)) {}

  // The page of enterprises within the caller's scope; mobiles always masked in lists.
  domain::Page<domain::EnterpriseRecord> list(const auth::AuthContext& who, const EnterpriseListQuery& query);

  // One record; mobiles in full only for the enterprise itself and its liaison cadre.
  domain::Result<domain::EnterpriseRecord> get(const auth::AuthContext& who, long long id);

  // Validates the edit (domain::validateEnterpriseEdit, which normalises the USCC), then — for
  // the enterprise itself and its current cadre only — saves it with an audit entry holding the
  // editable fields before and after, in one transaction. Returns the record as saved (full
  // mobiles: only those who see them may write). A refused role is audited too.
  domain::Result<domain::EnterpriseRecord> update(const auth::AuthContext& who, long long id,
                                                  domain::EnterpriseEdit edit, const std::string& clientAddress);

  // The full number for a caller who sees it masked (auth::mobileRevealRoles, within scope); the
  // reveal is written to the audit log (action reveal_mobile) before the number is returned. An
  // empty number is returned (and audited) as empty.
  domain::Result<std::string> revealMobile(const auth::AuthContext& who, long long id,
                                           domain::EnterpriseMobileField field, const std::string& clientAddress);

  // Makes request.cadreId the enterprise's one cadre (一对一). Both the enterprise and the new
  // cadre must lie within the caller's scope (else not_found, like missing ones); the current
  // cadre again is invalid_input (field cadre_id). Writes enterprises.cadre_id, a cadre_assignments
  // row (assigned_by: the caller's account) and an audit entry (enterprise.cadre_reassigned,
  // before/after cadre) in one transaction. Returns the record as the caller sees it (get).
  // The roles are RouteTable's business (auth::cadreAssignmentRoles).
  domain::Result<domain::EnterpriseRecord> reassignCadre(const auth::AuthContext& who, long long id,
                                                         const domain::CadreReassignment& request,
                                                         const std::string& clientAddress);

  // The enterprise's cadre assignments, newest first.
  domain::Result<std::vector<domain::CadreAssignment>> assignments(const auth::AuthContext& who, long long id);

private:
  db::Database& m_db;
  Clock m_clock;
};

}  // namespace qinqing::backend::org
