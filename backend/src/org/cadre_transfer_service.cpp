#include "org/cadre_transfer_service.hpp"

#include <SQLiteCpp/Transaction.h>

#include <nlohmann/json.hpp>

#include "audit/audit_entry.hpp"
#include "repositories/audit_repository.hpp"
#include "repositories/cadre_transfer_repository.hpp"
#include "repositories/org_admin_repository.hpp"
#include "repositories/sms_outbox_repository.hpp"

namespace qinqing::backend::org {
namespace {
using domain::DomainError;
using domain::ErrorCode;

DomainError transferNotFound() { return DomainError::of(ErrorCode::NotFound, "调动申请不存在"); }

void appendCadreTransferEntry(SQLite::Database& c, const auth::AuthContext& who, const std::string& address, long long now,
                 audit::AuditAction action, long long cadreId, const nlohmann::json& before, const nlohmann::json& after) {
  AuditRepository(c).append(audit::entryOf(who, address, now, action, "cadre", std::to_string(cadreId), before, after));
}

// Who decides moves into which units.
CadreTransferListQuery scoped(const auth::AuthContext& who) {
  CadreTransferListQuery q;
  switch (who.role) {
    case domain::Role::UnitAdmin: q.toUnitId = who.unitId.value_or(-1); break;
    case domain::Role::CountyAdmin: q.toRegionId = who.regionId.value_or(-1); break;
    case domain::Role::SystemAdmin: break;
    case domain::Role::Enterprise:
    case domain::Role::Cadre:
    case domain::Role::CityDispatcher:
    case domain::Role::IndustryDispatcher:
    case domain::Role::Inspector:
    case domain::Role::SecurityAdmin:
    case domain::Role::AuditAdmin: q.toUnitId = -1; break;  // the route table keeps them out anyway
  }
  return q;
}

bool inScope(const CadreTransferListQuery& scope, const StoredCadreTransfer& t) {
  if (scope.toUnitId && *scope.toUnitId != t.transfer.toUnit.id) return false;
  if (scope.toRegionId && *scope.toRegionId != t.toUnitRegionId) return false;
  return true;
}

}  // namespace

domain::Result<bool> requestCadreTransfer(SQLite::Database& c, const auth::AuthContext& who, long long toUnitId,
                                          long long now, const std::string& clientAddress) {
  if (who.role != domain::Role::Cadre || !who.cadreId) {
    return DomainError::invalid({{"unit_id", "只有包联干部可以申请调整工作单位"}});
  }
  OrgAdminRepository org(c);
  auto cadre = org.findCadre(*who.cadreId);
  if (!cadre) return DomainError::of(ErrorCode::Unauthenticated, "账号不存在，请重新登录");
  CadreTransferRepository transfers(c);
  auto pending = transfers.pendingOf(*who.cadreId);
  if (pending && pending->transfer.toUnit.id == toUnitId) return false;  // asked already
  if (pending) {
    transfers.close(pending->transfer.id, domain::CadreTransferStatus::Withdrawn, who.accountId, "", now);
    appendCadreTransferEntry(c, who, clientAddress, now, audit::AuditAction::CadreTransferWithdrawn, *who.cadreId,
                nlohmann::json{{"to_unit", pending->transfer.toUnit.name}}, nullptr);
  }
  if (toUnitId == cadre->form.unitId) return false;  // back to the own unit: nothing more to ask
  auto unit = org.findUnit(toUnitId);
  if (!unit) return DomainError::invalid({{"unit_id", "所选单位不存在"}});
  if (transfers.unitHasCadreNamed(toUnitId, cadre->form.name)) {
    DomainError e = DomainError::invalid({{"unit_id", unit->name + "已有同名的包联干部，请联系系统管理员处理"}});
    e.code = ErrorCode::Conflict;
    return e;
  }
  transfers.insert(*who.cadreId, cadre->form.unitId, toUnitId, now);
  bool queued = false;
  SmsOutboxRepository sms(c);
  for (const auto& mobile : transfers.unitAdministratorMobiles(toUnitId)) {
    sms.enqueue({mobile, domain::cadreTransferRequestedSms(cadre->form.name, cadre->unitName), sms::SmsKind::Notice}, now);
    queued = true;
  }
  appendCadreTransferEntry(c, who, clientAddress, now, audit::AuditAction::CadreTransferRequested, *who.cadreId, nullptr,
              nlohmann::json{{"from_unit", cadre->unitName}, {"to_unit", unit->name}});
  return queued;
}

domain::Page<domain::CadreTransfer> CadreTransferService::list(const auth::AuthContext& who,
                                                               const domain::PageRequest& page,
                                                               std::optional<domain::CadreTransferStatus> status) {
  CadreTransferListQuery query = scoped(who);
  query.page = page;
  query.status = status;
  return m_db.read([&](SQLite::Database& c) { return CadreTransferRepository(c).list(query); });
}

domain::Result<domain::CadreTransfer> CadreTransferService::decide(const auth::AuthContext& who, long long id,
                                                                   domain::CadreTransferDecision decision,
                                                                   const std::string& clientAddress) {
  if (auto valid = domain::validateCadreTransferDecision(decision); !valid) return valid.error();
  const long long now = nowUnix();
  return m_db.write([&](SQLite::Database& c) -> domain::Result<domain::CadreTransfer> {
    SQLite::Transaction tx(c, SQLite::TransactionBehavior::IMMEDIATE);
    CadreTransferRepository transfers(c);
    auto stored = transfers.find(id);
    if (!stored || !inScope(scoped(who), *stored)) return transferNotFound();
    const auto& t = stored->transfer;
    if (t.status != domain::CadreTransferStatus::Pending) {
      return DomainError::of(ErrorCode::Conflict, "该申请已" + std::string(domain::cadreTransferStatusName(t.status)) +
                                                      "，请刷新后查看");
    }
    if (decision.approve) {
      if (transfers.unitHasCadreNamed(t.toUnit.id, t.cadre.name)) {
        return DomainError::of(ErrorCode::Conflict, t.toUnit.name + "已有同名的包联干部，请联系系统管理员处理");
      }
      transfers.moveCadre(t.cadre.id, t.toUnit.id, stored->toUnitRegionId);
    }
    transfers.close(id, decision.approve ? domain::CadreTransferStatus::Approved : domain::CadreTransferStatus::Rejected,
                    who.accountId, decision.note, now);
    appendCadreTransferEntry(c, who, clientAddress, now, audit::AuditAction::CadreTransferDecided, t.cadre.id, nullptr,
                nlohmann::json{{"approve", decision.approve},
                               {"note", decision.note},
                               {"from_unit", t.fromUnit.name},
                               {"to_unit", t.toUnit.name},
                               {"enterprises_kept", t.enterpriseCount}});
    auto after = transfers.find(id);
    tx.commit();
    return after->transfer;
  });
}

domain::Status CadreTransferService::withdraw(const auth::AuthContext& who, const std::string& clientAddress) {
  if (!who.cadreId) return transferNotFound();
  const long long now = nowUnix();
  return m_db.write([&](SQLite::Database& c) -> domain::Status {
    SQLite::Transaction tx(c, SQLite::TransactionBehavior::IMMEDIATE);
    CadreTransferRepository transfers(c);
    auto pending = transfers.pendingOf(*who.cadreId);
    if (!pending) return DomainError::of(ErrorCode::NotFound, "没有待确认的工作单位调整申请");
    transfers.close(pending->transfer.id, domain::CadreTransferStatus::Withdrawn, who.accountId, "", now);
    appendCadreTransferEntry(c, who, clientAddress, now, audit::AuditAction::CadreTransferWithdrawn, *who.cadreId,
                nlohmann::json{{"to_unit", pending->transfer.toUnit.name}}, nullptr);
    tx.commit();
    return domain::Ok{};
  });
}

}  // namespace qinqing::backend::org
