#include "auth/account_provisioning_service.hpp"

#include <SQLiteCpp/Transaction.h>

#include <nlohmann/json.hpp>

#include "audit/audit_entry.hpp"
#include "auth/one_time_password.hpp"
#include "qinqing/identity/activation.hpp"
#include "repositories/account_admin_repository.hpp"
#include "repositories/audit_repository.hpp"
#include "repositories/org_admin_repository.hpp"
#include "repositories/session_repository.hpp"
#include "repositories/sms_outbox_repository.hpp"

namespace qinqing::backend::auth {
namespace {
using domain::DomainError;
using domain::ErrorCode;

DomainError missingAccount() { return DomainError::of(ErrorCode::NotFound, "账号不存在"); }
DomainError nameTaken() {
  DomainError e = DomainError::invalid({{"login_name", "该账号名称已被使用"}});
  e.code = ErrorCode::Conflict;
  return e;
}

void appendEntry(SQLite::Database& c, const AuthContext& who, const std::string& address, long long now,
                 audit::AuditAction action, long long id, const nlohmann::json& before, const nlohmann::json& after) {
  AuditRepository(c).append(audit::entryOf(who, address, now, action, "account", std::to_string(id), before, after));
}

nlohmann::json editableJson(const std::string& loginName, const std::string& title, const std::string& email,
                            const std::string& department) {
  return {{"login_name", loginName}, {"title", title}, {"email", email}, {"requesting_department", department}};
}

// Where the new account sits: its anchor, checked to exist, and the region every account carries.
domain::Result<AccountPlacement> placementOf(OrgAdminRepository& org, const domain::NewStaffAccount& a) {
  AccountPlacement p;
  p.regionId = org.cityRegionId();
  switch (domain::accountAnchorOf(a.role)) {
    case domain::AccountAnchor::Unit: {
      auto unit = org.findUnit(*a.unitId);
      if (!unit) return DomainError::invalid({{"unit_id", "所选单位不存在"}});
      p.unitId = unit->id;
      p.regionId = unit->region.id;
      break;
    }
    case domain::AccountAnchor::Region: {
      auto region = org.findRegion(*a.regionId);
      if (!region || !domain::isSubdivision(region->kind)) return DomainError::invalid({{"region_id", "请选择一个县市区或功能区"}});
      p.regionId = region->id;
      break;
    }
    case domain::AccountAnchor::IndustryGroup: {
      bool found = false;
      for (const auto& g : org.industryGroups()) {
        if (g.id != *a.industryGroupId) continue;
        found = true;
        p.industryGroupId = g.id;
        if (g.unit) p.unitId = g.unit->id;  // the department that runs the group (§22)
      }
      if (!found) return DomainError::invalid({{"industry_group_id", "所选行业组不存在"}});
      break;
    }
    case domain::AccountAnchor::None: break;
  }
  return p;
}

}  // namespace

domain::Result<domain::AccountDetail> AccountProvisioningService::detail(long long id) {
  const long long now = nowUnix();
  auto found = m_db.read([&](SQLite::Database& c) { return AccountAdminRepository(c).find(id, now); });
  if (!found) return missingAccount();
  return *found;
}

domain::Result<domain::AccountDetail> AccountProvisioningService::create(const AuthContext& who,
                                                                        domain::NewStaffAccount account,
                                                                        const std::string& clientAddress) {
  if (auto valid = domain::validateNewStaffAccount(account); !valid) return valid.error();
  const long long now = nowUnix();
  auto created = m_db.write([&](SQLite::Database& c) -> domain::Result<long long> {
    SQLite::Transaction tx(c, SQLite::TransactionBehavior::IMMEDIATE);
    OrgAdminRepository org(c);
    auto placement = placementOf(org, account);
    if (!placement) return placement.error();
    AccountAdminRepository accounts(c);
    if (accounts.loginNameTaken(account.role, account.loginName, std::nullopt)) return nameTaken();
    const long long id = accounts.insertStaff(account, placement.value(), now);
    SmsOutboxRepository(c).enqueue({account.mobile, domain::accountOpenedSms(account.loginName), sms::SmsKind::Notice},
                                   now);
    nlohmann::json after = {{"role", domain::roleKey(account.role)},
                            {"login_name", account.loginName},
                            {"holder_name", account.holderName},
                            {"mobile", domain::maskMobile(account.mobile)},
                            {"title", account.title}};
    if (placement.value().unitId) after["unit_id"] = *placement.value().unitId;
    if (placement.value().regionId) after["region_id"] = *placement.value().regionId;
    if (placement.value().industryGroupId) after["industry_group_id"] = *placement.value().industryGroupId;
    if (account.department) after["requesting_department"] = domain::inspectorDepartmentKey(*account.department);
    appendEntry(c, who, clientAddress, now, audit::AuditAction::AccountCreated, id, nullptr, after);
    tx.commit();
    return id;
  });
  if (!created) return created.error();
  if (m_onSmsEnqueued) m_onSmsEnqueued();
  return detail(created.value());
}

domain::Result<domain::AccountDetail> AccountProvisioningService::edit(const AuthContext& who, long long id,
                                                                      domain::AccountEdit edit,
                                                                      const std::string& clientAddress) {
  const long long now = nowUnix();
  auto done = m_db.write([&](SQLite::Database& c) -> domain::Status {
    SQLite::Transaction tx(c, SQLite::TransactionBehavior::IMMEDIATE);
    AccountAdminRepository accounts(c);
    auto state = accounts.state(id);
    if (!state) return missingAccount();
    if (!domain::roleHasNamedHolder(state->role)) {
      return DomainError::of(ErrorCode::InvalidTransition,
                             "包联干部和企业的账号随干部名册和企业信息修改；三员账号不能在此修改");
    }
    if (auto valid = domain::validateAccountEdit(edit, state->role); !valid) return valid.error();
    if (state->role != domain::Role::Inspector) edit.department.reset();
    const std::string department = edit.department ? std::string(domain::inspectorDepartmentKey(*edit.department)) : "";
    auto before = editableJson(state->loginName, state->title, state->email, state->requestingDepartment);
    auto after = editableJson(edit.loginName, edit.title, edit.email, department);
    if (before == after) return domain::Ok{};
    if (accounts.loginNameTaken(state->role, edit.loginName, id)) return nameTaken();
    accounts.updateStaff(id, edit);
    appendEntry(c, who, clientAddress, now, audit::AuditAction::AccountEdited, id, before, after);
    tx.commit();
    return domain::Ok{};
  });
  if (!done) return done.error();
  return detail(id);
}

domain::Result<domain::AccountDetail> AccountProvisioningService::disable(const AuthContext& who, long long id,
                                                                         domain::AccountDisable request,
                                                                         const std::string& clientAddress) {
  if (auto valid = domain::validateAccountDisable(request); !valid) return valid.error();
  const long long now = nowUnix();
  auto done = m_db.write([&](SQLite::Database& c) -> domain::Status {
    SQLite::Transaction tx(c, SQLite::TransactionBehavior::IMMEDIATE);
    AccountAdminRepository accounts(c);
    auto state = accounts.state(id);
    if (!state) return missingAccount();
    if (id == who.accountId) return DomainError::of(ErrorCode::InvalidTransition, "不能停用自己正在使用的账号");
    if (domain::roleIsPlatformAdministrator(state->role)) {
      return DomainError::of(ErrorCode::InvalidTransition, "系统管理员、安全管理员、审计管理员账号不能停用");
    }
    if (state->disabledAt) return DomainError::of(ErrorCode::Conflict, "该账号已停用");
    accounts.setDisabled(id, request.reason, who.accountId, now);
    const int ended = SessionRepository(c).removeOthers(id, "");
    appendEntry(c, who, clientAddress, now, audit::AuditAction::AccountDisabled, id, nullptr,
                nlohmann::json{{"reason", request.reason}, {"sessions_ended", ended}});
    tx.commit();
    return domain::Ok{};
  });
  if (!done) return done.error();
  return detail(id);
}

domain::Result<domain::AccountDetail> AccountProvisioningService::enable(const AuthContext& who, long long id,
                                                                        const std::string& clientAddress) {
  const long long now = nowUnix();
  auto done = m_db.write([&](SQLite::Database& c) -> domain::Status {
    SQLite::Transaction tx(c, SQLite::TransactionBehavior::IMMEDIATE);
    AccountAdminRepository accounts(c);
    auto state = accounts.state(id);
    if (!state) return missingAccount();
    if (!state->disabledAt) return DomainError::of(ErrorCode::Conflict, "该账号未停用");
    accounts.clearDisabled(id);
    appendEntry(c, who, clientAddress, now, audit::AuditAction::AccountEnabled, id,
                nlohmann::json{{"disabled_at", formatChinaTime(*state->disabledAt)}, {"reason", state->disabledReason}},
                nullptr);
    tx.commit();
    return domain::Ok{};
  });
  if (!done) return done.error();
  return detail(id);
}

domain::Result<domain::TemporaryPassword> AccountProvisioningService::issueTemporaryPassword(
    const AuthContext& who, long long id, const std::string& clientAddress) {
  auto state = m_db.read([&](SQLite::Database& c) { return AccountAdminRepository(c).state(id); });
  if (!state) return missingAccount();
  if (id == who.accountId) {
    return DomainError::of(ErrorCode::InvalidTransition, "请在“重置密码”中修改自己的密码");
  }
  if (state->disabledAt) return DomainError::of(ErrorCode::InvalidTransition, "账号已停用，请先由系统管理员启用");
  const std::string password = generateOneTimePassword(state->loginName);
  const std::string hash = m_hasher.hash(password);  // outside the writer lock (~60 ms)
  const long long now = nowUnix();
  auto done = m_db.write([&](SQLite::Database& c) -> domain::Status {
    SQLite::Transaction tx(c, SQLite::TransactionBehavior::IMMEDIATE);
    AccountAdminRepository accounts(c);
    auto current = accounts.state(id);
    if (!current) return missingAccount();
    if (current->disabledAt) return DomainError::of(ErrorCode::InvalidTransition, "账号已停用，请先由系统管理员启用");
    accounts.setTemporaryPassword(id, hash, now);
    const int ended = SessionRepository(c).removeOthers(id, "");
    appendEntry(c, who, clientAddress, now, audit::AuditAction::TemporaryPasswordIssued, id, nullptr,
                nlohmann::json{{"must_change_password", true}, {"sessions_ended", ended},
                               {"was_pending_activation", current->pendingActivation}});
    tx.commit();
    return domain::Ok{};
  });
  if (!done) return done.error();
  return domain::TemporaryPassword{id, state->loginName, password};
}

}  // namespace qinqing::backend::auth
