// CadreAdminService: 系统管理员 keeps the cadre roster (issue 4 "Organisation", §1): edits a cadre —
// name, 职务, mobile, e-mail, whether the mobile is a working contact's, and the unit (moving a cadre
// to another unit keeps their enterprises: the 一对一 assignments follow the person) — and adds a
// cadre with a login account waiting for activation (待激活, qinqing/identity/activation.hpp).
//
// The cadre's login account follows the roster in the same transaction: login name = name, unit
// and region = the cadre's (§1: cadres log in with region, unit and name). (unit, name) is unique:
// a second cadre of that name in the unit is conflict (409, field name, in Chinese). Each write is
// audited with the cadre before and after (mobiles masked); a new cadre's activation notice is
// queued to their mobile in the same transaction. Database failures throw SQLite::Exception.
#pragma once

#include <functional>
#include <string>

#include "auth/auth_context.hpp"
#include "db/database.hpp"
#include "qinqing/core/result.hpp"
#include "qinqing/org/enterprise_record.hpp"
#include "qinqing/org/organisation.hpp"
#include "util/clock.hpp"

namespace qinqing::backend::org {

class CadreAdminService {
public:
  CadreAdminService(db::Database& database, Clock clock, std::function<void()> onSmsEnqueued)
      : m_db(database), m_clock(std::move(clock)), m_onSmsEnqueued(std::move(onSmsEnqueued)) {}

  // validateCadreForm (an empty mobile keeps the stored one); not_found ("包联干部不存在");
  // invalid_input on unit_id for an unknown unit; conflict on name. Returns the cadre as the list shows it (mobile masked).
  domain::Result<domain::CadreSummary> update(const auth::AuthContext& who, long long id, domain::CadreForm form,
                                              const std::string& clientAddress);

  // validateCadreForm (mobile required); invalid_input on unit_id for an unknown unit; conflict on
  // name. Creates the
  // cadre and their account (password empty, the given mobile on record for the activation code).
  domain::Result<domain::CadreSummary> create(const auth::AuthContext& who, domain::CadreForm form,
                                              const std::string& clientAddress);

private:
  long long nowUnix() const { return toUnixSeconds(m_clock()); }

  db::Database& m_db;
  Clock m_clock;
  std::function<void()> m_onSmsEnqueued;
};

}  // namespace qinqing::backend::org
