#include "org/cadre_admin_service.hpp"

#include <SQLiteCpp/Transaction.h>

#include <nlohmann/json.hpp>

#include "audit/audit_entry.hpp"
#include "qinqing/identity/activation.hpp"
#include "repositories/account_admin_repository.hpp"
#include "repositories/account_repository.hpp"
#include "repositories/audit_repository.hpp"
#include "repositories/cadre_repository.hpp"
#include "repositories/org_admin_repository.hpp"
#include "repositories/sms_outbox_repository.hpp"

namespace qinqing::backend::org {
namespace {
using domain::DomainError;
using domain::ErrorCode;

DomainError unknownUnit() { return DomainError::invalid({{"unit_id", "所选单位不存在"}}); }

DomainError duplicateCadreName(const std::string& unit, const std::string& name) {
  const std::string message = unit + "已有名为“" + name + "”的干部，同一单位内干部姓名不能重复";
  return DomainError{ErrorCode::Conflict, message, {{"name", message}}};
}

nlohmann::json cadreJson(const domain::CadreForm& f, const std::string& unitName) {
  return {{"name", f.name},
          {"title", f.title},
          {"mobile", domain::maskMobile(f.mobile)},
          {"email", f.email},
          {"contact_is_proxy", f.contactIsProxy},
          {"unit_id", f.unitId},
          {"unit", unitName}};
}

audit::AuditEntry cadreEntry(long long now, const auth::AuthContext& who, const std::string& address,
                           audit::AuditAction action, long long cadreId) {
  return audit::entryOf(who, address, now, action, "cadre", std::to_string(cadreId));
}

}  // namespace

domain::Result<domain::CadreSummary> CadreAdminService::update(const auth::AuthContext& who, long long id,
                                                               domain::CadreForm form,
                                                               const std::string& clientAddress) {
  if (auto valid = domain::validateCadreForm(form, false); !valid) return valid.error();
  const long long now = nowUnix();
  return m_db.write([&](SQLite::Database& c) -> domain::Result<domain::CadreSummary> {
    // IMMEDIATE: the uniqueness check and the write see the same roster.
    SQLite::Transaction tx(c, SQLite::TransactionBehavior::IMMEDIATE);
    OrgAdminRepository org(c);
    auto before = org.findCadre(id);
    if (!before) return DomainError::of(ErrorCode::NotFound, "包联干部不存在");
    if (form.mobile.empty()) form.mobile = before->form.mobile;  // the editor sees it masked only
    auto unit = org.findUnit(form.unitId);
    if (!unit) return unknownUnit();
    CadreRepository cadres(c);
    if (auto other = cadres.findIdByUnitAndName(form.unitId, form.name); other && *other != id) {
      return duplicateCadreName(unit->name, form.name);
    }
    org.updateCadre(id, form);
    // The enterprises keep cadre_id: a moved cadre keeps their enterprises (no reassignment).
    AccountAdminRepository(c).syncCadreAccount(id, form.name, form.unitId, unit->region.id);
    auto entry = cadreEntry(now, who, clientAddress, audit::AuditAction::CadreUpdated, id);
    entry.beforeJson = cadreJson(before->form, before->unitName).dump();
    entry.afterJson = cadreJson(form, unit->name).dump();
    AuditRepository(c).append(entry);
    auto saved = cadres.find(id, db::SqlCondition{});
    tx.commit();
    return *saved;
  });
}

domain::Result<domain::CadreSummary> CadreAdminService::create(const auth::AuthContext& who, domain::CadreForm form,
                                                               const std::string& clientAddress) {
  if (auto valid = domain::validateCadreForm(form, true); !valid) return valid.error();
  const long long now = nowUnix();
  auto created = m_db.write([&](SQLite::Database& c) -> domain::Result<domain::CadreSummary> {
    SQLite::Transaction tx(c, SQLite::TransactionBehavior::IMMEDIATE);
    auto unit = OrgAdminRepository(c).findUnit(form.unitId);
    if (!unit) return unknownUnit();
    CadreRepository cadres(c);
    if (cadres.findIdByUnitAndName(form.unitId, form.name)) return duplicateCadreName(unit->name, form.name);
    const long long id = cadres.insert({form.unitId, form.name, form.title, form.mobile, form.contactIsProxy, form.email});

    // No password (待激活): the holder activates the account with a code sent to this mobile.
    NewAccount account;
    account.role = domain::Role::Cadre;
    account.loginName = form.name;
    account.unitId = form.unitId;
    account.regionId = unit->region.id;
    account.cadreId = id;
    account.mobile = form.mobile;
    account.passwordHash = "";
    account.mustChangePassword = false;
    account.createdAt = now;
    const long long accountId = AccountRepository(c).insert(account);
    SmsOutboxRepository(c).enqueue({form.mobile, domain::accountOpenedSms(form.name), sms::SmsKind::Notice}, now);

    auto entry = cadreEntry(now, who, clientAddress, audit::AuditAction::CadreCreated, id);
    auto after = cadreJson(form, unit->name);
    after["account_id"] = accountId;
    entry.afterJson = after.dump();
    AuditRepository(c).append(entry);
    auto saved = cadres.find(id, db::SqlCondition{});
    tx.commit();
    return *saved;
  });
  if (created && m_onSmsEnqueued) m_onSmsEnqueued();
  return created;
}

}  // namespace qinqing::backend::org
