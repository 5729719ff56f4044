// The first start of a real deployment (`qinqing init`, issue 17): the organisation skeleton
// (qinqing/org/org_skeleton.hpp, from assets/org/skeleton.json) and the three platform
// administrators, each with a one-time password that must be replaced at the first login (the
// first-login dialog then also binds a mobile). Everything else — unit and county administrators,
// dispatchers, inspectors, cadres, enterprises — is provisioned by 系统管理员 in 账号管理 and the
// assignment-plan import.
//
// One transaction, audited (platform.initialised). A database that already holds organisation or
// accounts is never touched: initialised by `init` before → AlreadyInitialised; anything else (the
// demo, a restored backup) → HoldsOtherData. Database failures throw SQLite::Exception.
#pragma once

#include <SQLiteCpp/Database.h>

#include <string>
#include <vector>

#include "auth/password_hasher.hpp"
#include "qinqing/org/org_skeleton.hpp"

namespace qinqing::backend::org {

struct AdministratorPassword {
  domain::Role role = domain::Role::SystemAdmin;
  std::string loginName;
  std::string password;  // shown once by the command, never stored in clear
};

enum class InitOutcome { Initialised, AlreadyInitialised, HoldsOtherData };

struct InitResult {
  InitOutcome outcome = InitOutcome::Initialised;
  int regions = 0;  // the city included
  int units = 0;
  int industryGroups = 0;
  std::vector<AdministratorPassword> administrators;  // Initialised only
};

// `skeleton` must pass domain::validateSkeleton. `passwords` maps the skeleton's administrator login
// names to the passwords to set (missing ones are generated); each must pass the password policy
// (the caller checks: domain::passwordProblems).
InitResult initialisePlatform(SQLite::Database& db, const domain::OrganisationSkeleton& skeleton,
                              const std::vector<AdministratorPassword>& passwords, const auth::PasswordHasher& hasher,
                              long long now);

// Whether `init` made this database (a platform.initialised audit entry exists).
bool initialisedByInit(SQLite::Database& db);

}  // namespace qinqing::backend::org
