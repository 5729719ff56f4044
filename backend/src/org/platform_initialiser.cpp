#include "org/platform_initialiser.hpp"

#include <SQLiteCpp/Transaction.h>

#include <map>
#include <nlohmann/json.hpp>

#include "audit/audit_entry.hpp"
#include "auth/one_time_password.hpp"
#include "demo/demo_data.hpp"
#include "repositories/account_repository.hpp"
#include "repositories/audit_repository.hpp"
#include "repositories/organisation_repository.hpp"

namespace qinqing::backend::org {

bool initialisedByInit(SQLite::Database& db) {
  SQLite::Statement stmt(db, "SELECT EXISTS (SELECT 1 FROM audit_log WHERE action = ?)");
  stmt.bind(1, std::string(audit::actionKey(audit::AuditAction::PlatformInitialised)));
  stmt.executeStep();
  return stmt.getColumn(0).getInt() != 0;
}

InitResult initialisePlatform(SQLite::Database& db, const domain::OrganisationSkeleton& skeleton,
                              const std::vector<AdministratorPassword>& passwords, const auth::PasswordHasher& hasher,
                              long long now) {
  InitResult result;
  {
    if (demo::databaseHasData(db)) {
      result.outcome = initialisedByInit(db) ? InitOutcome::AlreadyInitialised : InitOutcome::HoldsOtherData;
      return result;
    }
  }
  // The passwords and their ~60 ms hashes before the transaction.
  std::map<std::string, std::string> given;
  for (const auto& p : passwords) given[p.loginName] = p.password;
  std::vector<std::string> hashes;
  for (const auto& admin : skeleton.administrators) {
    auto it = given.find(admin.loginName);
    const std::string password = it != given.end() ? it->second : auth::generateOneTimePassword(admin.loginName);
    result.administrators.push_back({admin.role, admin.loginName, password});
    hashes.push_back(hasher.hash(password));
  }

  SQLite::Transaction tx(db, SQLite::TransactionBehavior::IMMEDIATE);
  if (demo::databaseHasData(db)) {  // someone was quicker
    result.outcome = initialisedByInit(db) ? InitOutcome::AlreadyInitialised : InitOutcome::HoldsOtherData;
    result.administrators.clear();
    return result;
  }
  OrganisationRepository org(db);
  std::map<std::string, long long> regionIds;
  int order = 0;
  const long long city = org.insertRegion({skeleton.city, domain::RegionKind::City, std::nullopt, order++});
  regionIds[skeleton.city] = city;
  for (const auto kind : {domain::RegionKind::County, domain::RegionKind::Zone}) {  // the login page's order
    for (const auto& r : skeleton.regions) {
      if (r.kind == kind) regionIds[r.name] = org.insertRegion({r.name, kind, city, order++});
    }
  }
  std::map<std::string, long long> unitIds;
  std::map<long long, int> unitOrder;
  for (const auto& u : skeleton.units) {
    const long long region = regionIds.at(u.region);
    unitIds[u.name] = org.insertUnit({region, u.name, unitOrder[region]++});
  }
  order = 0;
  for (const auto& g : skeleton.industryGroups) org.insertIndustryGroup({g.key, g.name, unitIds.at(g.unit), order++});

  AccountRepository accounts(db);
  nlohmann::json names = nlohmann::json::array();
  for (std::size_t i = 0; i < skeleton.administrators.size(); ++i) {
    const auto& admin = skeleton.administrators[i];
    NewAccount a;
    a.role = admin.role;
    a.loginName = admin.loginName;
    a.regionId = city;
    a.holderName = admin.holderName;
    a.passwordHash = hashes[i];
    a.mustChangePassword = true;  // one-time: replaced at the first login, which also binds a mobile
    a.createdAt = now;
    accounts.insert(a);
    names.push_back({{"role", domain::roleKey(admin.role)}, {"login_name", admin.loginName}});
  }
  result.regions = static_cast<int>(regionIds.size());
  result.units = static_cast<int>(unitIds.size());
  result.industryGroups = static_cast<int>(skeleton.industryGroups.size());

  AuditRepository(db).append(audit::entryOf(audit::systemActor(), now, audit::AuditAction::PlatformInitialised,
                                              "platform", skeleton.city, nullptr,
                                              nlohmann::json{{"city", skeleton.city},
                                                             {"regions", result.regions},
                                                             {"units", result.units},
                                                             {"industry_groups", result.industryGroups},
                                                             {"administrators", names}}));
  tx.commit();
  return result;
}

}  // namespace qinqing::backend::org
