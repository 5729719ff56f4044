#include "startup.hpp"

#include <SQLiteCpp/Exception.h>

#include <system_error>

#include "db/migrations.hpp"

namespace qinqing::backend {

StartupError::StartupError(const std::string& chinese, const std::string& english, int exitCode)
    : std::runtime_error(chinese + "\n" + english), m_exitCode(exitCode) {}

OpenedDatabase openDataDirectory(const std::filesystem::path& dataDir, long long nowUnix) {
  std::error_code ec;
  std::filesystem::create_directories(dataDir, ec);
  if (ec) {
    throw StartupError("无法创建数据目录 " + dataDir.string() + "：" + ec.message(),
                       "cannot create data directory " + dataDir.string() + ": " + ec.message(), kExitStartupFailure);
  }
  const auto path = (dataDir / "qinqing.db").string();
  OpenedDatabase opened;
  try {
    opened.database = std::make_unique<db::Database>(path);
    opened.schemaVersion = opened.database->write([&](SQLite::Database& c) { return db::applyMigrations(c, nowUnix); });
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
