// Demo data for `qinqing serve --demo` and `qinqing seed-demo`: 十堰's real regions, the six
// industry groups, 31 units, 100 cadres, 500 enterprises with valid USCCs (each assigned to a
// cadre), and accounts for every role. backend/README.md lists the accounts.
//
// All demo accounts share one password, kDemoPassword, and — so that seeding stays well under a
// second — one argon2id hash string (a single salt). That is acceptable only because the password
// is public anyway; imported real accounts each get their own hash and must_change_password.
// Demo accounts have must_change_password = false and a bound mobile, so demos start smoothly.
#pragma once

#include <SQLiteCpp/Database.h>

#include <string>
#include <string_view>

#include "auth/password_hasher.hpp"
#include "petition/attachment_store.hpp"

namespace qinqing::backend::demo {

inline constexpr std::string_view kDemoPassword = "Qinqing@2026";

struct DemoSummary {
  int regions = 0;
  int units = 0;
  int industryGroups = 0;
  int cadres = 0;
  int enterprises = 0;
  int accounts = 0;
  int files = 0;  // announcement and policy guide attachments (demo_files.hpp)
};

// True when the database holds any region or account (seeding would collide with it).
bool databaseHasData(SQLite::Database& db);

// Writes the demo data in one transaction; the database must be migrated and empty
// (databaseHasData false). Deterministic: the same names and codes every time. Throws
// std::runtime_error if the database is not empty, SQLite::Exception on database errors (nothing
// is written then). With files, the announcements' and guides' attachments are stored there too
// (the data directory's attachments/); without, the content has no files.
DemoSummary seedDemoData(SQLite::Database& db, const auth::PasswordHasher& hasher, long long nowUnix,
                         const petition::AttachmentStore* files = nullptr);

// "11 个区域, 31 个单位, ..." for logs and the seed-demo command.
std::string describe(const DemoSummary& summary);

}  // namespace qinqing::backend::demo
