// Opening a deployment's data directory, shared by `qinqing serve` and the other subcommands
// (seed-demo now; import, backup and audit verify later), so each refuses the same things with
// the same bilingual message and exit code.
#pragma once

#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>

#include "db/database.hpp"

namespace qinqing::backend {

// Exit codes of the subcommands when they refuse to start.
inline constexpr int kExitStartupFailure = 1;
inline constexpr int kExitUsage = 2;
inline constexpr int kExitSchemaTooNew = 3;
inline constexpr int kExitAddressInUse = 4;
inline constexpr int kExitAuditBroken = 5;  // `audit verify` found a broken link

// A refusal to start, with a message in Chinese then English for the operator.
class StartupError : public std::runtime_error {
public:
  StartupError(const std::string& chinese, const std::string& english, int exitCode);
  int exitCode() const { return m_exitCode; }

private:
  int m_exitCode;
};

struct OpenedDatabase {
  std::unique_ptr<db::Database> database;
  int schemaVersion = 0;
};

// Opens an existing dataDir/qinqing.db read-only, without migrating it, for commands that only look
// (audit verify, due-date --data). Throws StartupError: kExitStartupFailure when the file is missing
// or unreadable or its schema is older than minimumVersion (the server upgrades it on start),
// kExitSchemaTooNew when it is newer than this binary.
std::unique_ptr<SQLite::Database> openExistingReadOnly(const std::filesystem::path& dataDir, int minimumVersion);

// Creates dataDir if needed, opens dataDir/qinqing.db and applies the migrations.
// Throws StartupError: kExitSchemaTooNew when the database is newer than this binary,
// kExitStartupFailure when the directory or the file cannot be used.
OpenedDatabase openDataDirectory(const std::filesystem::path& dataDir, long long nowUnix);

}  // namespace qinqing::backend
