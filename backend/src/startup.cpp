#include "startup.hpp"

#include <sys/stat.h>

#include <SQLiteCpp/Exception.h>

#include <system_error>

#include "db/migrations.hpp"
#include "report/report_facts.hpp"

namespace qinqing::backend {

StartupError::StartupError(const std::string& chinese, const std::string& english, int exitCode)
    : std::runtime_error(chinese + "\n" + english), m_exitCode(exitCode) {}

std::unique_ptr<SQLite::Database> openExistingReadOnly(const std::filesystem::path& dataDir, int minimumVersion) {
  const auto path = dataDir / "qinqing.db";
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) {
    throw StartupError("数据库文件不存在：" + path.string(), "no database file at " + path.string(), kExitStartupFailure);
  }
  try {
    auto db = std::make_unique<SQLite::Database>(path.string(), SQLite::OPEN_READONLY, 5000);
    const int version = db::currentSchemaVersion(*db);
    if (version > db::latestSchemaVersion()) {
      throw StartupError("数据库 " + path.string() + " 的结构版本为 " + std::to_string(version) +
                             "，高于本程序支持的版本 " + std::to_string(db::latestSchemaVersion()),
                         "database " + path.string() + " is newer than this binary supports", kExitSchemaTooNew);
    }
    if (version < minimumVersion) {
      throw StartupError("数据库 " + path.string() + " 的结构版本为 " + std::to_string(version) +
                             "，请先用本版本的 qinqing serve 启动一次以完成升级",
                         "database " + path.string() + " has schema version " + std::to_string(version) +
                             "; start this version's qinqing serve once to upgrade it",
                         kExitStartupFailure);
    }
    return db;
  } catch (const SQLite::Exception& e) {
    throw StartupError("无法打开数据库 " + path.string() + "：" + e.what(),
                       "cannot open database " + path.string() + ": " + e.what(), kExitStartupFailure);
  }
}

OpenedDatabase openDataDirectory(const std::filesystem::path& dataDir, long long nowUnix) {
  std::error_code ec;
  std::filesystem::create_directories(dataDir, ec);
  if (ec) {
    throw StartupError("无法创建数据目录 " + dataDir.string() + "：" + ec.message(),
                       "cannot create data directory " + dataDir.string() + ": " + ec.message(), kExitStartupFailure);
  }
  // Personal data (等保 2.0): only the service's own user may enter the directory or read the
  // database; an older deployment's looser modes are tightened at start. Files made later
  // (the WAL, attachments, exports, sms.log) inherit the umask.
  ::umask(077);
  namespace fs = std::filesystem;
  fs::permissions(dataDir, fs::perms::owner_all, fs::perm_options::replace, ec);
  const auto path = (dataDir / "qinqing.db").string();
  for (const char* name : {"qinqing.db", "qinqing.db-wal", "qinqing.db-shm"}) {
    if (fs::exists(dataDir / name, ec)) {
      fs::permissions(dataDir / name, fs::perms::owner_read | fs::perms::owner_write, fs::perm_options::replace, ec);
    }
  }
  OpenedDatabase opened;
  try {
    opened.database = std::make_unique<db::Database>(path);
    opened.schemaVersion = opened.database->write([&](SQLite::Database& c) { return db::applyMigrations(c, nowUnix); });
    // Report facts follow every petition change in its transaction; rows written another way (an
    // older binary, a bulk load) are brought up to date before anyone reads a report.
    opened.database->write([](SQLite::Database& c) { return report::catchUpReportFacts(c); });
  } catch (const db::SchemaTooNewError& e) {
    const std::string found = std::to_string(e.found());
    const std::string supported = std::to_string(e.supported());
    throw StartupError("数据库 " + path + " 的结构版本为 " + found + "，高于本程序支持的版本 " + supported +
                           "。请使用更新版本的 qinqing；旧版本不能打开新数据。",
                       "database " + path + " has schema version " + found + ", newer than this binary supports (" +
                           supported + "). Run a newer qinqing; an older one must not open newer data.",
                       kExitSchemaTooNew);
  } catch (const SQLite::Exception& e) {
    throw StartupError("无法打开数据库 " + path + "：" + e.what(), "cannot open database " + path + ": " + e.what(),
                       kExitStartupFailure);
  }
  return opened;
}

}  // namespace qinqing::backend
