#include "repositories/plan_repository.hpp"

#include <SQLiteCpp/Statement.h>

#include <optional>
#include <stdexcept>
#include <vector>

#include "db/sql_helpers.hpp"
#include "repositories/organisation_repository.hpp"
#include "qinqing/identity/activation.hpp"
#include "qinqing/identity/role.hpp"
#include "repositories/sms_outbox_repository.hpp"

namespace qinqing::backend::import {
namespace {

constexpr std::size_t kProgressEvery = 200;

void bindPlanText(SQLite::Statement& stmt, int index, const std::string& text) { stmt.bind(index, text); }
void bindId(SQLite::Statement& stmt, int index, long long id) { stmt.bind(index, static_cast<int64_t>(id)); }

long long run(SQLite::Statement& stmt, SQLite::Database& db) {
  stmt.exec();
  stmt.reset();
  stmt.clearBindings();
  return db.getLastInsertRowid();
}

}  // namespace

domain::PlanLookups PlanRepository::loadLookups() {
  domain::PlanLookups l;
  SQLite::Statement regions(m_db, "SELECT id, name, kind FROM regions");
  while (regions.executeStep()) {
    l.regions.push_back({regions.getColumn(0).getInt64(), regions.getColumn(1).getString(),
                         regionKindColumn(regions.getColumn(2).getString()) == domain::RegionKind::City});
  }
  SQLite::Statement units(m_db, "SELECT id, region_id, name FROM units");
  while (units.executeStep()) {
    l.units.push_back({units.getColumn(0).getInt64(), units.getColumn(1).getInt64(), units.getColumn(2).getString()});
  }
  SQLite::Statement groups(m_db, "SELECT id, name FROM industry_groups");
  while (groups.executeStep()) l.industryGroups.push_back({groups.getColumn(0).getInt64(), groups.getColumn(1).getString()});

  SQLite::Statement cadres(m_db,
                           "SELECT c.id, c.unit_id, c.name, c.title, c.mobile, "
                           "EXISTS (SELECT 1 FROM accounts a WHERE a.cadre_id = c.id) FROM cadres c");
  while (cadres.executeStep()) {
    l.cadres.push_back({cadres.getColumn(0).getInt64(), cadres.getColumn(1).getInt64(), cadres.getColumn(2).getString(),
                        cadres.getColumn(3).getString(), cadres.getColumn(4).getString(), cadres.getColumn(5).getInt() != 0});
  }
  SQLite::Statement enterprises(m_db,
                                "SELECT e.id, e.name, e.uscc, e.region_id, e.industry_group_id, e.cadre_id, e.liaison_mobile, "
                                "EXISTS (SELECT 1 FROM accounts a WHERE a.enterprise_id = e.id) FROM enterprises e");
  while (enterprises.executeStep()) {
    domain::PlanLookups::Enterprise e;
    e.id = enterprises.getColumn(0).getInt64();
    e.name = enterprises.getColumn(1).getString();
    e.uscc = enterprises.getColumn(2).getString();
    e.regionId = enterprises.getColumn(3).getInt64();
    e.industryGroupId = db::optionalInt(enterprises.getColumn(4));
    e.cadreId = db::optionalInt(enterprises.getColumn(5));
    e.liaisonMobile = enterprises.getColumn(6).getString();
    e.hasAccount = enterprises.getColumn(7).getInt() != 0;
    l.enterprises.push_back(std::move(e));
  }
  SQLite::Statement logins(m_db, "SELECT role, unit_id, login_name FROM accounts WHERE role IN ('cadre', 'enterprise')");
  while (logins.executeStep()) {
    if (logins.getColumn(0).getString() == "cadre") {
      l.cadreLoginsTaken.emplace_back(logins.getColumn(1).getInt64(), logins.getColumn(2).getString());
    } else {
      l.enterpriseLoginsTaken.push_back(logins.getColumn(2).getString());
    }
  }
  return l;
}

void PlanRepository::write(const domain::AssignmentPlan& plan, long long now,
                           const std::function<void(std::size_t)>& progress) {
  if (!plan.clean()) throw std::logic_error("PlanRepository::write needs a plan without problems");
  SmsOutboxRepository outbox(m_db);
  SQLite::Statement insertCadre(m_db, "INSERT INTO cadres (unit_id, name, title, mobile) VALUES (?, ?, ?, ?)");
  SQLite::Statement updateCadre(m_db, "UPDATE cadres SET title = ?, mobile = ? WHERE id = ?");
  SQLite::Statement insertAccount(
      m_db,
      "INSERT INTO accounts (role, login_name, unit_id, region_id, cadre_id, enterprise_id, industry_group_id, "
      "holder_name, mobile, password_hash, password_changed_at, must_change_password, created_at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, 1, ?)");
  SQLite::Statement insertEnterprise(m_db,
                                     "INSERT INTO enterprises (name, uscc, region_id, industry_group_id, cadre_id, liaison, "
                                     "liaison_mobile) VALUES (?, ?, ?, ?, ?, ?, ?)");
  SQLite::Statement updateGroup(m_db, "UPDATE enterprises SET industry_group_id = ? WHERE id = ?");
  SQLite::Statement updateAccountGroup(m_db, "UPDATE accounts SET industry_group_id = ? WHERE enterprise_id = ?");
  SQLite::Statement updateCadreOf(m_db, "UPDATE enterprises SET cadre_id = ? WHERE id = ?");
  SQLite::Statement insertAssignment(m_db,
                                     "INSERT INTO cadre_assignments (enterprise_id, cadre_id, assigned_at, assigned_by, note) "
                                     "VALUES (?, ?, ?, NULL, ?)");

  struct AccountFor {
    domain::Role role;
    const std::string& loginName;
    std::optional<long long> unitId, regionId, cadreId, enterpriseId, industryGroupId;
    const std::string& holderName;
    const std::string& mobile;
  };
  auto createAccount = [&](const AccountFor& a) {
    insertAccount.bind(1, std::string(domain::roleKey(a.role)));
    bindPlanText(insertAccount, 2, a.loginName);
    db::bindOptional(insertAccount, 3, a.unitId);
    db::bindOptional(insertAccount, 4, a.regionId);
    db::bindOptional(insertAccount, 5, a.cadreId);
    db::bindOptional(insertAccount, 6, a.enterpriseId);
    db::bindOptional(insertAccount, 7, a.industryGroupId);
    bindPlanText(insertAccount, 8, a.holderName);
    bindPlanText(insertAccount, 9, a.mobile);
    bindId(insertAccount, 10, now);
    bindId(insertAccount, 11, now);
    run(insertAccount, m_db);
    if (!a.mobile.empty()) outbox.enqueue({a.mobile, domain::accountOpenedSms(a.loginName), sms::SmsKind::Notice}, now);
  };

  const std::string noHolder;
  std::vector<long long> cadreIds;
  cadreIds.reserve(plan.cadres.size());
  for (const auto& c : plan.cadres) {
    long long id = 0;
    if (c.existingId) {
      id = *c.existingId;
      if (c.updateTitle || c.updateMobile) {
        bindPlanText(updateCadre, 1, c.title);  // the plan carries the stored title when the file left it empty
        bindPlanText(updateCadre, 2, c.mobile);
        bindId(updateCadre, 3, id);
        run(updateCadre, m_db);
      }
    } else {
      bindId(insertCadre, 1, c.unitId);
      bindPlanText(insertCadre, 2, c.name);
      bindPlanText(insertCadre, 3, c.title);
      bindPlanText(insertCadre, 4, c.mobile);
      id = run(insertCadre, m_db);
    }
    cadreIds.push_back(id);
    if (c.createAccount) createAccount({domain::Role::Cadre, c.name, c.unitId, c.regionId, id, std::nullopt, std::nullopt, noHolder, c.mobile});
  }

  std::size_t written = 0;
  for (const auto& e : plan.enterprises) {
    const long long cadreId = cadreIds.at(e.cadre);
    long long id = 0;
    if (e.existingId) {
      id = *e.existingId;
      if (e.updateIndustryGroup) {
        for (SQLite::Statement* stmt : {&updateGroup, &updateAccountGroup}) {
          db::bindOptional(*stmt, 1, e.industryGroupId);
          bindId(*stmt, 2, id);
          run(*stmt, m_db);
        }
      }
      if (e.change != domain::AssignmentChange::Unchanged) {
        bindId(updateCadreOf, 1, cadreId);
        bindId(updateCadreOf, 2, id);
        run(updateCadreOf, m_db);
      }
    } else {
      bindPlanText(insertEnterprise, 1, e.name);
      bindPlanText(insertEnterprise, 2, e.uscc);
      bindId(insertEnterprise, 3, e.regionId);
      db::bindOptional(insertEnterprise, 4, e.industryGroupId);
      bindId(insertEnterprise, 5, cadreId);
      bindPlanText(insertEnterprise, 6, e.liaison);
      bindPlanText(insertEnterprise, 7, e.liaisonMobile);
      id = run(insertEnterprise, m_db);
    }
    if (e.change != domain::AssignmentChange::Unchanged) {
      bindId(insertAssignment, 1, id);
      bindId(insertAssignment, 2, cadreId);
      bindId(insertAssignment, 3, now);
      insertAssignment.bind(4, kImportNote);
      run(insertAssignment, m_db);
    }
    if (e.createAccount) {
      createAccount({domain::Role::Enterprise, e.name, std::nullopt, e.regionId, std::nullopt, id, e.industryGroupId,
                     e.liaison, e.liaisonMobile});
    }
    if (progress && ++written % kProgressEvery == 0) progress(written);
  }
  if (progress) progress(plan.enterprises.size());
}

}  // namespace qinqing::backend::import
