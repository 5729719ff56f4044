// CadreTransferService: a cadre's change of 工作单位 (§2, qinqing/org/cadre_transfer.hpp). The cadre
// asks in 个人信息 (PUT /api/me with unit_id, inside that request's transaction: requestCadreTransfer)
// or withdraws; the administrator of the unit the cadre moves into — that unit's 单位管理员, the
// 县市区管理员 of its region, or 系统管理员 — confirms or declines. On confirmation the cadre and its
// login account belong to the new unit (so its data scope moves) and its enterprises stay assigned
// until someone reassigns them. Each step is one transaction with its audit entry. Database
// failures throw SQLite::Exception.
#pragma once

#include <functional>
#include <string>

#include <SQLiteCpp/Database.h>

#include "auth/auth_context.hpp"
#include "db/database.hpp"
#include "qinqing/core/result.hpp"
#include "qinqing/org/cadre_transfer.hpp"
#include "qinqing/org/paging.hpp"
#include "util/clock.hpp"

namespace qinqing::backend::org {

// Inside the caller's transaction. `who` must be a cadre (else invalid_input on unit_id). The
// cadre's own unit withdraws a pending request, if any; another existing unit (else invalid_input
// "所选单位不存在") replaces any pending request with a new one, notifies that unit's
// administrators by SMS and is audited (cadre.transfer_requested). conflict on unit_id when the new
// unit already has a cadre of that name. Returns whether an SMS was queued.
domain::Result<bool> requestCadreTransfer(SQLite::Database& c, const auth::AuthContext& who, long long toUnitId,
                                          long long now, const std::string& clientAddress);

class CadreTransferService {
public:
  CadreTransferService(db::Database& database, Clock clock) : m_db(database), m_clock(std::move(clock)) {}

  // Within the caller's scope (see above); status none = every status.
  domain::Page<domain::CadreTransfer> list(const auth::AuthContext& who, const domain::PageRequest& page,
                                           std::optional<domain::CadreTransferStatus> status);

  // validateCadreTransferDecision; not_found outside the scope; conflict when no longer pending or
  // when the unit meanwhile has a cadre of that name. Audited (cadre.transfer_decided).
  domain::Result<domain::CadreTransfer> decide(const auth::AuthContext& who, long long id,
                                               domain::CadreTransferDecision decision, const std::string& clientAddress);

  // The cadre's pending request, withdrawn; not_found when there is none. Audited.
  domain::Status withdraw(const auth::AuthContext& who, const std::string& clientAddress);

private:
  long long nowUnix() const { return toUnixSeconds(m_clock()); }

  db::Database& m_db;
  Clock m_clock;
};

}  // namespace qinqing::backend::org
