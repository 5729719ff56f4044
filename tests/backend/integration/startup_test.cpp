#include <gtest/gtest.h>

#include <algorithm>

#include <SQLiteCpp/Database.h>

#include "db/migrations.hpp"
#include "http/route_table.hpp"
#include "qinqing/wire/api_paths.hpp"
#include "server.hpp"
#include "test_server.hpp"

using namespace qinqing::backend;
using namespace qinqing::backend::testsupport;

namespace {

void makeNewerDatabase(const std::filesystem::path& dataDir) {
  std::filesystem::create_directories(dataDir);
  SQLite::Database c((dataDir / "qinqing.db").string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  db::applyMigrations(c, kTestEpoch);
  c.exec("INSERT INTO schema_migrations (version, name, applied_at) VALUES (" +
         std::to_string(db::latestSchemaVersion() + 1) + ", 'future', 0)");
}

}  // namespace

TEST(ServerStartup, RefusesADatabaseWithANewerSchema) {
  TempDir dir;
  makeNewerDatabase(dir.path());
  ServerConfig config;
  config.dataDir = dir.path();
  config.webDir = dir.path() / "web";
  config.calendarFile = shippedCalendarFile();
  try {
    Server server(config);
    FAIL() << "the server started on a newer schema";
  } catch (const StartupError& e) {
    EXPECT_EQ(e.exitCode(), kExitSchemaTooNew);
    const std::string message = e.what();
    EXPECT_NE(message.find("高于本程序支持的版本"), std::string::npos) << message;
    EXPECT_NE(message.find("newer than this binary supports"), std::string::npos) << message;
  }
}

TEST(ServerStartup, DemoDataIsSeededOnlyIntoAnEmptyDatabase) {
  TempDir dir;
  ServerConfig config;
  config.dataDir = dir.path();
  config.webDir = dir.path() / "web";
  config.calendarFile = shippedCalendarFile();
  config.seedDemoIfEmpty = true;
  { Server first(config); }
  { Server second(config); }  // must neither fail nor seed twice
  SQLite::Database c((dir.path() / "qinqing.db").string());
  EXPECT_EQ(c.execAndGet("SELECT count(*) FROM enterprises").getInt(), 500);
}

// 等保 2.0: the data directory is the service user's alone, and an older deployment's looser modes
// are tightened at start.
TEST(ServerStartup, TheDataDirectoryAndDatabaseAreTheServiceUsersAlone) {
  namespace fs = std::filesystem;
  TempDir dir;
  const fs::path data = dir.path() / "data";
  fs::create_directories(data);
  fs::permissions(data, fs::perms::all, fs::perm_options::replace);
  { SQLite::Database c((data / "qinqing.db").string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE); }
  fs::permissions(data / "qinqing.db", fs::perms::all, fs::perm_options::replace);
  ServerConfig config;
  config.dataDir = data;
  config.webDir = dir.path() / "web";
  config.calendarFile = shippedCalendarFile();
  Server server(config);
  EXPECT_EQ(fs::status(data).permissions() & fs::perms::all, fs::perms::owner_all);
  for (const char* name : {"qinqing.db", "qinqing.db-wal"}) {
    if (!fs::exists(data / name)) continue;
    EXPECT_EQ(fs::status(data / name).permissions() & fs::perms::all, fs::perms::owner_read | fs::perms::owner_write) << name;
  }
}

TEST(ServerStartup, BindingAPortInUseFailsClearly) {
  TestServer running({.demo = false});
  TempDir dir;
  ServerConfig config;
  config.dataDir = dir.path();
  config.webDir = dir.path() / "web";
  config.calendarFile = shippedCalendarFile();
  Server second(config);
  try {
    second.bind("127.0.0.1", running.port());
    FAIL() << "bound a port already in use";
  } catch (const StartupError& e) {
    EXPECT_EQ(e.exitCode(), kExitAddressInUse);
  }
}

TEST(ServerStartup, EveryApiRouteIsInTheRouteTable) {
  TestServer server({.demo = false});
  std::vector<std::string> seen;
  for (const auto& r : server.server().routes().routes()) {
    seen.push_back(std::string(qinqing::backend::http::methodName(r.method)) + " " + r.pattern);
  }
  const std::vector<std::string> expected = {
      "GET /api/health", "GET /api/login-options", "POST /api/session", "DELETE /api/session", "GET /api/me",
      "PUT /api/me", "POST /api/me/password", "POST /api/me/mobile/code", "POST /api/me/mobile", "GET /api/calendar",
      "GET /api/calendar/due-date", "PUT /api/calendar/years/:year", "PUT /api/calendar/days/:date",
      "GET /api/calendar/changes", "GET /api/audit", "GET /api/enterprises", "GET /api/enterprises/:id",
      "PUT /api/enterprises/:id", "POST /api/enterprises/:id/reveal", "PUT /api/enterprises/:id/cadre",
      "GET /api/enterprises/:id/assignments",
      "GET /api/cadres", "GET /api/cadres/:id", "POST /api/unlock/code", "POST /api/unlock",
      "GET /api/security/sessions", "DELETE /api/security/sessions/:id", "GET /api/security/locked",
      "POST /api/security/accounts/:id/unlock", "GET /api/openapi.json", "GET /api/petitions",
      "GET /api/petitions/counts", "GET /api/petitions/:id", "POST /api/petitions",
      "POST /api/petitions/:id/actions/:action", "GET /api/petitions/:id/dispatch-sheet.pdf",
      "POST /api/petitions/:id/attachments", "GET /api/sms", "GET /api/jobs"};
  // A sample of every family of routes: each must be registered through the RouteTable (so it is
  // authorised and described in /api/openapi.json), and none twice.
  for (const auto& route : expected) {
    EXPECT_NE(std::find(seen.begin(), seen.end(), route), seen.end()) << route;
  }
  std::vector<std::string> sorted = seen;
  std::sort(sorted.begin(), sorted.end());
  EXPECT_EQ(std::adjacent_find(sorted.begin(), sorted.end()), sorted.end()) << "a route is registered twice";
}

// shared/wire's api:: list is the one place the client takes its paths from: the server registers
// every pattern of it, and nothing outside it (RouteTable only takes api::Pattern, but a constant
// left out of kAllPatterns, or one no route uses any more, shows here).
TEST(ServerStartup, RegisteredRoutesAreExactlyTheSharedApiPatterns) {
  TestServer server({.demo = false});
  std::vector<std::string> registered;
  for (const auto& r : server.server().routes().routes()) registered.push_back(r.pattern);
  std::vector<std::string> listed;
  for (const auto& p : qinqing::wire::api::kAllPatterns) listed.emplace_back(p.text);
  for (const auto& pattern : registered) {
    EXPECT_NE(std::find(listed.begin(), listed.end(), pattern), listed.end())
        << pattern << " is registered but not in api::kAllPatterns";
  }
  for (const auto& pattern : listed) {
    EXPECT_NE(std::find(registered.begin(), registered.end(), pattern), registered.end())
        << pattern << " is in api::kAllPatterns but no route serves it";
  }
  std::sort(listed.begin(), listed.end());
  EXPECT_EQ(std::adjacent_find(listed.begin(), listed.end()), listed.end()) << "a pattern is listed twice";
}
