#include "org/enterprise_service.hpp"

#include <SQLiteCpp/Transaction.h>

#include <nlohmann/json.hpp>

#include "audit/audit_entry.hpp"
#include "auth/scope.hpp"
#include "qinqing/identity/account.hpp"
#include "qinqing/relation/contact_log.hpp"
#include "qinqing/time/instant.hpp"
#include "qinqing/wire/base_data_json.hpp"
#include "qinqing/wire/org_json.hpp"
#include "repositories/audit_repository.hpp"
#include "repositories/cadre_repository.hpp"

namespace qinqing::backend::org {
namespace {
using domain::DomainError;
using domain::ErrorCode;

constexpr const char* kUsccTaken = "该统一社会信用代码已被其他企业使用";

DomainError enterpriseNotFound() { return DomainError::of(ErrorCode::NotFound, "企业不存在"); }

domain::EnterpriseRecord masked(domain::EnterpriseRecord record) {
  record.legalRepMobile = domain::maskMobile(record.legalRepMobile);
  record.liaisonMobile = domain::maskMobile(record.liaisonMobile);
  return record;
}

// 包联企业 marks the enterprises nobody contacted this calendar month (§6).
domain::EnterpriseRecord withContactFlag(domain::EnterpriseRecord record, domain::Date today) {
  std::optional<domain::Date> last;
  if (auto parsed = domain::Date::parseIso(record.lastContactDate)) last = parsed.value();
  record.contactedThisMonth = domain::contactedThisMonth(last, today);
  return record;
}

domain::EnterpriseEdit editableFields(const domain::EnterpriseRecord& r) {
  return {r.uscc, r.address, r.legalRep, r.legalRepMobile, r.liaison, r.liaisonMobile, r.intro};
}

audit::AuditEntry enterpriseEntry(long long at, const auth::AuthContext& who, const std::string& address,
                           audit::AuditAction action, long long enterpriseId) {
  return audit::entryOf(who, address, at, action, "enterprise", std::to_string(enterpriseId));
}

}  // namespace

domain::Page<domain::EnterpriseRecord> EnterpriseService::list(const auth::AuthContext& who,
                                                               const EnterpriseListQuery& query) {
  const auth::Scope scope(who);
  auto page = m_db.read([&](SQLite::Database& c) { return EnterpriseRepository(c).list(query, scope.enterprises()); });
  const auto today = domain::localDate(domain::Instant::fromUnixSeconds(toUnixSeconds(m_clock())));
  for (auto& record : page.items) record = withContactFlag(masked(std::move(record)), today);
  return page;
}

domain::Result<domain::EnterpriseRecord> EnterpriseService::get(const auth::AuthContext& who, long long id) {
  const auth::Scope scope(who);
  auto record = m_db.read([&](SQLite::Database& c) { return EnterpriseRepository(c).find(id, scope.enterprises()); });
  if (!record) return enterpriseNotFound();
  *record = withContactFlag(std::move(*record),
                            domain::localDate(domain::Instant::fromUnixSeconds(toUnixSeconds(m_clock()))));
  const std::optional<long long> cadreId = record->cadre ? std::optional(record->cadre->id) : std::nullopt;
  return scope.seesFullMobiles(record->id, cadreId) ? *record : masked(std::move(*record));
}

domain::Result<domain::EnterpriseRecord> EnterpriseService::update(const auth::AuthContext& who, long long id,
                                                                   domain::EnterpriseEdit edit,
                                                                   const std::string& clientAddress) {
  const auth::Scope scope(who);
  const long long now = toUnixSeconds(m_clock());
  if (auto allowed = scope.mayEditEnterprises(); !allowed) {
    // Issue 4: permission refusals are audited, like the ones RouteTable records.
    auto entry = enterpriseEntry(now, who, clientAddress, audit::AuditAction::AccessRefused, id);
    entry.result = audit::AuditResult::Refused;
    m_db.write([&](SQLite::Database& c) {
      SQLite::Transaction tx(c, SQLite::TransactionBehavior::IMMEDIATE);
      AuditRepository(c).append(entry);
      tx.commit();
    });
    return allowed.error();
  }
  if (auto valid = domain::validateEnterpriseEdit(edit); !valid) return valid.error();

  return m_db.write([&](SQLite::Database& c) -> domain::Result<domain::EnterpriseRecord> {
    // IMMEDIATE: the scope check, the USCC check and the write see the same database.
    SQLite::Transaction tx(c, SQLite::TransactionBehavior::IMMEDIATE);
    EnterpriseRepository enterprises(c);
    auto before = enterprises.find(id, scope.enterprises());
    if (!before) return enterpriseNotFound();
    if (auto owner = enterprises.findIdByUscc(edit.uscc); owner && *owner != id) {
      return DomainError{ErrorCode::Conflict, kUsccTaken, {{"uscc", kUsccTaken}}};
    }
    enterprises.update(id, edit);
    auto after = enterprises.find(id, db::SqlCondition{});
    auto entry = enterpriseEntry(now, who, clientAddress, audit::AuditAction::EnterpriseUpdated, id);
    entry.beforeJson = wire::enterpriseEditToJson(editableFields(*before)).dump();
    entry.afterJson = wire::enterpriseEditToJson(editableFields(*after)).dump();
    AuditRepository(c).append(entry);
    tx.commit();
    return *after;
  });
}

domain::Result<std::string> EnterpriseService::revealMobile(const auth::AuthContext& who, long long id,
                                                            domain::EnterpriseMobileField field,
                                                            const std::string& clientAddress) {
  const auth::Scope scope(who);
  const long long now = toUnixSeconds(m_clock());
  return m_db.write([&](SQLite::Database& c) -> domain::Result<std::string> {
    SQLite::Transaction tx(c, SQLite::TransactionBehavior::IMMEDIATE);
    auto record = EnterpriseRepository(c).find(id, scope.enterprises());
    if (!record) return enterpriseNotFound();
    auto entry = enterpriseEntry(now, who, clientAddress, audit::AuditAction::MobileRevealed, id);
    entry.afterJson = nlohmann::json{{"field", wire::mobileFieldKey(field)}}.dump();
    AuditRepository(c).append(entry);
    tx.commit();
    return field == domain::EnterpriseMobileField::LegalRepMobile ? record->legalRepMobile : record->liaisonMobile;
  });
}

domain::Result<domain::EnterpriseRecord> EnterpriseService::reassignCadre(const auth::AuthContext& who, long long id,
                                                                          const domain::CadreReassignment& request,
                                                                          const std::string& clientAddress) {
  const auth::Scope scope(who);
  const long long now = toUnixSeconds(m_clock());
  auto saved = m_db.write([&](SQLite::Database& c) -> domain::Result<domain::EnterpriseRecord> {
    // IMMEDIATE: the scope checks, the same-cadre check and the write see the same database.
    SQLite::Transaction tx(c, SQLite::TransactionBehavior::IMMEDIATE);
    EnterpriseRepository enterprises(c);
    auto before = enterprises.find(id, scope.enterprises());
    if (!before) return enterpriseNotFound();
    auto cadre = CadreRepository(c).find(request.cadreId, scope.cadres());
    if (!cadre) return DomainError::of(ErrorCode::NotFound, "包联干部不存在");
    if (before->cadre && before->cadre->id == request.cadreId) {
      return DomainError::invalid({{"cadre_id", "该企业的包联干部已是" + cadre->name + "，无需调整"}});
    }
    enterprises.assignCadre(id, request.cadreId, now, who.accountId, request.note);
    auto entry = enterpriseEntry(now, who, clientAddress, audit::AuditAction::CadreReassigned, id);
    entry.beforeJson = nlohmann::json{{"cadre_id", before->cadre ? nlohmann::json(before->cadre->id) : nlohmann::json()},
                                      {"cadre", before->cadre ? nlohmann::json(before->cadre->name) : nlohmann::json()}}
                           .dump();
    entry.afterJson =
        nlohmann::json{{"cadre_id", cadre->id}, {"cadre", cadre->name}, {"note", request.note}}.dump();
    AuditRepository(c).append(entry);
    tx.commit();
    return *enterprises.find(id, db::SqlCondition{});
  });
  if (!saved) return saved.error();
  const auto& record = saved.value();
  const std::optional<long long> cadreId = record.cadre ? std::optional(record.cadre->id) : std::nullopt;
  return scope.seesFullMobiles(record.id, cadreId) ? record : masked(record);
}

domain::Result<std::vector<domain::CadreAssignment>> EnterpriseService::assignments(const auth::AuthContext& who,
                                                                                    long long id) {
  const auth::Scope scope(who);
  return m_db.read([&](SQLite::Database& c) -> domain::Result<std::vector<domain::CadreAssignment>> {
    if (!scope.includesEnterprise(c, id)) return enterpriseNotFound();
    return EnterpriseRepository(c).assignments(id);
  });
}

}  // namespace qinqing::backend::org
