#include "org/application_service.hpp"

#include <SQLiteCpp/Transaction.h>

#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

#include "audit/audit_entry.hpp"
#include "auth/scope.hpp"
#include "qinqing/identity/account.hpp"
#include "qinqing/identity/activation.hpp"
#include "repositories/account_repository.hpp"
#include "repositories/audit_repository.hpp"
#include "repositories/enterprise_repository.hpp"
#include "repositories/sms_outbox_repository.hpp"

namespace qinqing::backend::org {
namespace {
using domain::DomainError;
using domain::ErrorCode;
using domain::FieldError;

DomainError applicationNotFound() { return DomainError::of(ErrorCode::NotFound, "申请不存在"); }

DomainError conflict(std::vector<FieldError> fields) {
  DomainError e{ErrorCode::Conflict, fields.front().message, fields};
  return e;
}

// Clashes with registered enterprises (and their accounts: the name is the login name), and with
// other pending applications when `pendingToo`. Every clash at once, USCC first.
std::vector<FieldError> duplicates(SQLite::Database& c, const std::string& name, const std::string& uscc,
                                   bool pendingToo) {
  std::vector<FieldError> out;
  EnterpriseRepository enterprises(c);
  ApplicationRepository applications(c);
  if (enterprises.findIdByUscc(uscc)) {
    out.push_back({"uscc", std::string(domain::kUsccRegistered)});
  } else if (pendingToo && applications.pendingWithUscc(uscc)) {
    out.push_back({"uscc", std::string(domain::kUsccPending)});
  }
  if (enterprises.findIdByName(name) || AccountRepository(c).findForLogin(domain::Role::Enterprise, name, std::nullopt)) {
    out.push_back({"name", std::string(domain::kNameRegistered)});
  } else if (pendingToo && applications.pendingWithName(name)) {
    out.push_back({"name", std::string(domain::kNamePending)});
  }
  return out;
}

audit::AuditEntry applicationEntry(long long now, audit::AuditActor actor, long long id, audit::AuditAction action) {
  return audit::entryOf(std::move(actor), now, action, "enterprise_application", std::to_string(id));
}

// One enterprise onto the platform, from an approved application or registered directly: the
// record, its cadre (一对一, with the assignment history), its 待激活 account (the liaison
// activates it with an SMS code, activation.hpp) and the two notices. Returns the account's id.
long long registerEnterprise(SQLite::Database& c, const NewEnterprise& e, long long cadreId,
                             const ApplicationRepository::CadreContact& cadre, long long byAccountId,
                             const std::string& note, long long now, long long& enterpriseId) {
  EnterpriseRepository enterprises(c);
  enterpriseId = enterprises.insert(e);
  enterprises.assignCadre(enterpriseId, cadreId, now, byAccountId, note);
  NewAccount account;
  account.role = domain::Role::Enterprise;
  account.loginName = e.name;
  account.regionId = e.regionId;
  account.enterpriseId = enterpriseId;
  account.industryGroupId = e.industryGroupId;
  account.holderName = e.liaison;
  account.mobile = e.liaisonMobile;
  account.passwordHash = "";
  account.mustChangePassword = false;
  account.createdAt = now;
  const long long accountId = AccountRepository(c).insert(account);
  SmsOutboxRepository sms(c);
  sms.enqueue({e.liaisonMobile, domain::accountOpenedSms(e.name), sms::SmsKind::Notice}, now);
  if (!cadre.mobile.empty()) sms.enqueue({cadre.mobile, domain::cadreAssignedSms(e.name), sms::SmsKind::Notice}, now);
  return accountId;
}

// The chosen region's name; an unknown region reads as none chosen, an unknown group likewise, so
// the form's validation names them.
std::optional<std::string> resolveChoices(db::Database& database, domain::ApplicationForm& form) {
  auto [region, groupExists] = database.read([&](SQLite::Database& c) {
    ApplicationRepository applications(c);
    std::optional<std::string> name;
    if (form.regionId > 0) name = applications.regionName(form.regionId);
    const bool group = form.industryGroupId && applications.industryGroupExists(*form.industryGroupId);
    return std::pair{name, group};
  });
  if (!region) form.regionId = 0;
  if (form.industryGroupId && !groupExists) form.industryGroupId.reset();
  return region;
}

// What the applicant sees: the number they typed masked, no reviewer named.
domain::EnterpriseApplication applicantView(domain::EnterpriseApplication a) {
  a.liaisonMobile = domain::maskMobile(a.liaisonMobile);
  a.reviewer.clear();
  return a;
}

}  // namespace

domain::ApplicationChoices ApplicationService::formOptions() {
  return m_db.read([](SQLite::Database& c) { return ApplicationRepository(c).formOptions(); });
}

domain::Result<domain::EnterpriseApplication> ApplicationService::submit(domain::ApplicationForm form,
                                                                         const std::string& clientAddress) {
  const auto regionName = resolveChoices(m_db, form);
  if (auto valid = domain::validateApplicationForm(form, regionName && domain::regionNeedsIndustryGroup(*regionName));
      !valid) {
    return valid.error();
  }
  const long long now = nowUnix();
  auto stored = m_db.write([&](SQLite::Database& c) -> domain::Result<domain::EnterpriseApplication> {
    SQLite::Transaction tx(c, SQLite::TransactionBehavior::IMMEDIATE);
    if (auto clashes = duplicates(c, form.name, form.uscc, true); !clashes.empty()) return conflict(std::move(clashes));
    ApplicationRepository applications(c);
    const long long id = applications.insert({form, now, clientAddress});
    auto saved = applications.find(id, {"1", {}});
    auto entry = applicationEntry(now, audit::AuditActor{std::nullopt, form.name, "", clientAddress}, id,
                                  audit::AuditAction::ApplicationSubmitted);
    entry.afterJson = nlohmann::json{{"number", saved->number},
                                     {"name", form.name},
                                     {"uscc", form.uscc},
                                     {"region", saved->region.name}}
                          .dump();
    AuditRepository(c).append(entry);
    tx.commit();
    return std::move(*saved);
  });
  if (!stored) return stored.error();
  return applicantView(std::move(stored).value());
}

domain::Result<domain::EnterpriseApplication> ApplicationService::lookup(domain::ApplicationLookup lookup) {
  if (auto valid = domain::validateApplicationLookup(lookup); !valid) return valid.error();
  auto found = m_db.read(
      [&](SQLite::Database& c) { return ApplicationRepository(c).findByNumberAndUscc(lookup.number, lookup.uscc); });
  if (!found) return DomainError::of(ErrorCode::NotFound, "未找到该申请，请核对申请编号和统一社会信用代码");
  return applicantView(std::move(*found));
}

domain::Page<domain::EnterpriseApplication> ApplicationService::list(const auth::AuthContext& who,
                                                                     const ApplicationListQuery& query) {
  return m_db.read([&](SQLite::Database& c) {
    return ApplicationRepository(c).list(query, auth::Scope(who).applications());
  });
}

domain::Result<domain::EnterpriseApplication> ApplicationService::get(const auth::AuthContext& who, long long id) {
  auto found =
      m_db.read([&](SQLite::Database& c) { return ApplicationRepository(c).find(id, auth::Scope(who).applications()); });
  if (!found) return applicationNotFound();
  return std::move(*found);
}

domain::Result<domain::EnterpriseApplication> ApplicationService::approve(const auth::AuthContext& who, long long id,
                                                                          const domain::ApplicationApproval& approval,
                                                                          const std::string& clientAddress) {
  if (auto valid = domain::validateApplicationApproval(approval); !valid) return valid.error();
  const long long now = nowUnix();
  const auth::Scope scope(who);
  auto approved = m_db.write([&](SQLite::Database& c) -> domain::Result<domain::EnterpriseApplication> {
    SQLite::Transaction tx(c, SQLite::TransactionBehavior::IMMEDIATE);
    ApplicationRepository applications(c);
    auto application = applications.find(id, scope.applications());
    if (!application) return applicationNotFound();
    if (application->status != domain::ApplicationStatus::Pending) {
      return DomainError::of(ErrorCode::Conflict, std::string(domain::kAlreadyReviewed));
    }
    auto cadre = scope.includesCadre(c, approval.cadreId) ? applications.cadreContact(approval.cadreId) : std::nullopt;
    if (!cadre) return DomainError::invalid({{"cadre_id", "所选包联干部不存在或不在您的管辖范围内"}});
    // Registered meanwhile (an import, an edit): the application can no longer become an enterprise.
    if (auto clashes = duplicates(c, application->name, application->uscc, false); !clashes.empty()) {
      return conflict(std::move(clashes));
    }

    NewEnterprise e;
    e.name = application->name;
    e.uscc = application->uscc;
    e.regionId = application->region.id;
    if (application->industryGroup) e.industryGroupId = application->industryGroup->id;
    e.legalRep = application->legalRep;
    e.liaison = application->liaison;
    e.liaisonMobile = application->liaisonMobile;
    e.address = application->address;
    e.intro = application->intro;
    long long enterpriseId = 0;
    const long long accountId = registerEnterprise(c, e, approval.cadreId, *cadre, who.accountId,
                                                   "企业入驻申请 " + application->number + " 审核通过", now, enterpriseId);
    applications.markApproved(id, who.accountId, now, enterpriseId, approval.cadreId);
    auto entry = applicationEntry(now, audit::actorOf(who, clientAddress), id, audit::AuditAction::ApplicationApproved);
    entry.beforeJson = nlohmann::json{{"status", "pending"}}.dump();
    entry.afterJson = nlohmann::json{{"status", "approved"},
                                     {"number", application->number},
                                     {"enterprise_id", enterpriseId},
                                     {"account_id", accountId},
                                     {"cadre_id", approval.cadreId},
                                     {"cadre", cadre->name}}
                          .dump();
    AuditRepository(c).append(entry);
    auto saved = applications.find(id, scope.applications());
    tx.commit();
    return std::move(*saved);
  });
  if (approved && m_onSmsEnqueued) m_onSmsEnqueued();
  return approved;
}

domain::Result<long long> ApplicationService::registerDirectly(const auth::AuthContext& who,
                                                               domain::NewEnterprise enterprise,
                                                               const std::string& clientAddress) {
  auto& form = enterprise.form;
  const auto regionName = resolveChoices(m_db, form);
  if (auto valid = domain::validateNewEnterprise(enterprise, regionName && domain::regionNeedsIndustryGroup(*regionName));
      !valid) {
    return valid.error();
  }
  const long long now = nowUnix();
  const auth::Scope scope(who);
  auto created = m_db.write([&](SQLite::Database& c) -> domain::Result<long long> {
    SQLite::Transaction tx(c, SQLite::TransactionBehavior::IMMEDIATE);
    const long long cadreId = enterprise.approval.cadreId;
    auto cadre = scope.includesCadre(c, cadreId) ? ApplicationRepository(c).cadreContact(cadreId) : std::nullopt;
    if (!cadre) return DomainError::invalid({{"cadre_id", "所选包联干部不存在或不在您的管辖范围内"}});
    if (auto clashes = duplicates(c, form.name, form.uscc, true); !clashes.empty()) return conflict(std::move(clashes));
    NewEnterprise e;
    e.name = form.name;
    e.uscc = form.uscc;
    e.regionId = form.regionId;
    e.industryGroupId = form.industryGroupId;
    e.legalRep = form.legalRep;
    e.liaison = form.liaison;
    e.liaisonMobile = form.liaisonMobile;
    e.address = form.address;
    e.intro = form.intro;
    long long enterpriseId = 0;
    const long long accountId = registerEnterprise(c, e, cadreId, *cadre, who.accountId, "系统管理员新增企业", now, enterpriseId);
    AuditRepository(c).append(audit::entryOf(who, clientAddress, now, audit::AuditAction::EnterpriseCreated, "enterprise",
                                             std::to_string(enterpriseId), nullptr,
                                             nlohmann::json{{"name", form.name},
                                                            {"uscc", form.uscc},
                                                            {"region", *regionName},
                                                            {"account_id", accountId},
                                                            {"cadre_id", cadreId},
                                                            {"cadre", cadre->name}}));
    tx.commit();
    return enterpriseId;
  });
  if (created && m_onSmsEnqueued) m_onSmsEnqueued();
  return created;
}

domain::Result<domain::EnterpriseApplication> ApplicationService::reject(const auth::AuthContext& who, long long id,
                                                                         domain::ApplicationRejection rejection,
                                                                         const std::string& clientAddress) {
  if (auto valid = domain::validateApplicationRejection(rejection); !valid) return valid.error();
  const long long now = nowUnix();
  const auth::Scope scope(who);
  auto rejected = m_db.write([&](SQLite::Database& c) -> domain::Result<domain::EnterpriseApplication> {
    SQLite::Transaction tx(c, SQLite::TransactionBehavior::IMMEDIATE);
    ApplicationRepository applications(c);
    auto application = applications.find(id, scope.applications());
    if (!application) return applicationNotFound();
    if (!applications.markRejected(id, who.accountId, now, rejection.reason)) {
      return DomainError::of(ErrorCode::Conflict, std::string(domain::kAlreadyReviewed));
    }
    SmsOutboxRepository(c).enqueue(
        {application->liaisonMobile, domain::applicationRejectedSms(application->number), sms::SmsKind::Notice}, now);
    auto entry = applicationEntry(now, audit::actorOf(who, clientAddress), id, audit::AuditAction::ApplicationRejected);
    entry.beforeJson = nlohmann::json{{"status", "pending"}}.dump();
    entry.afterJson =
        nlohmann::json{{"status", "rejected"}, {"number", application->number}, {"reason", rejection.reason}}.dump();
    AuditRepository(c).append(entry);
    auto saved = applications.find(id, scope.applications());
    tx.commit();
    return std::move(*saved);
  });
  if (rejected && m_onSmsEnqueued) m_onSmsEnqueued();
  return rejected;
}

}  // namespace qinqing::backend::org
