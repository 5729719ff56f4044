// `qinqing audit verify`: the real binary over a real server's database — intact after logins and
// calendar edits, and each kind of tampering found at the right entry.
#include <gtest/gtest.h>

#include <SQLiteCpp/Database.h>

#include "audit/audit_chain.hpp"
#include "cli_runner.hpp"
#include "demo_accounts.hpp"
#include "repositories/audit_repository.hpp"
#include "startup.hpp"
#include "test_server.hpp"

using namespace qinqing::backend;
using namespace qinqing::backend::testsupport;
using qinqing::domain::Role;

namespace {

// A server whose log holds: the calendar load, a failed login, a login, two calendar edits, a logout.
void makeHistory(const TestServer& server) {
  server.postLogin(Role::SystemAdmin, "sysadmin", std::nullopt, "Wrong@2026");
  auto token = loginAs(server, Role::SystemAdmin);
  auto cli = server.client();
  cli.Put("/api/calendar/days/2020-10-09", bearer(token), R"({"kind":"holiday","name":"国庆节"})", "application/json");
  cli.Put("/api/calendar/years/2027", bearer(token), R"({"holidays":[],"workdays":[]})", "application/json");
  cli.Delete("/api/session", bearer(token));
}

// What someone with the database file could do once the triggers are out of the way.
void tamper(const TestServer& server, const std::string& sql) {
  SQLite::Database db((server.dataDir() / "qinqing.db").string(), SQLite::OPEN_READWRITE, 5000);
  db.exec("DROP TRIGGER IF EXISTS audit_log_no_update; DROP TRIGGER IF EXISTS audit_log_no_delete;");
  db.exec(sql);
}

CliRun verify(const TestServer& server) { return runQinqing({"audit", "verify", "--data", server.dataDir().string()}); }

}  // namespace

TEST(AuditCli, AnIntactLogIsReportedWithItsLength) {
  TestServer server;
  makeHistory(server);
  auto run = verify(server);
  EXPECT_EQ(run.exitCode, 0) << run.err;
  EXPECT_NE(run.out.find("审计日志完整：6 条"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("head hash: "), std::string::npos) << run.out;
}

TEST(AuditCli, AChangedEntryIsTheFirstBrokenLink) {
  TestServer server;
  makeHistory(server);
  tamper(server, "UPDATE audit_log SET after_json = '{\"date\":\"2020-10-09\",\"kind\":\"workday\",\"name\":\"\"}' "
                 "WHERE action = 'calendar.day_changed'");
  auto run = verify(server);
  EXPECT_EQ(run.exitCode, kExitAuditBroken) << run.out;
  EXPECT_NE(run.err.find("审计日志在第 4 条（编号 4）处断开：内容与哈希不符"), std::string::npos) << run.err;
}

TEST(AuditCli, AChangedEntryWithARecomputedHashBreaksTheNextLink) {
  TestServer server;
  makeHistory(server);
  // A careful forger rewrites entry 2 and its hash; entry 3 still names the old hash.
  audit::AuditRow row;
  {
    SQLite::Database db((server.dataDir() / "qinqing.db").string(), SQLite::OPEN_READONLY);
    AuditRepository(db).forEachInOrder([&](const audit::AuditRow& r) {
      row = r;
      return r.id < 2;
    });
  }
  row.accountLabel = "auditadmin";
  const std::string forged = audit::chainHash(row.prevHash, row);
  tamper(server, "UPDATE audit_log SET account_label = 'auditadmin', hash = '" + forged + "' WHERE id = 2");
  auto run = verify(server);
  EXPECT_EQ(run.exitCode, kExitAuditBroken);
  EXPECT_NE(run.err.find("第 3 条（编号 3）处断开：prev_hash"), std::string::npos) << run.err;
}

TEST(AuditCli, ADeletedEntryIsFound) {
  TestServer server;
  makeHistory(server);
  tamper(server, "DELETE FROM audit_log WHERE id = 3");
  auto run = verify(server);
  EXPECT_EQ(run.exitCode, kExitAuditBroken);
  EXPECT_NE(run.err.find("第 3 条（编号 4）"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("编号不连续"), std::string::npos) << run.err;
}

TEST(AuditCli, NoDatabaseIsAnErrorNotAnEmptyLog) {
  TempDir dir;
  auto run = runQinqing({"audit", "verify", "--data", dir.path().string()});
  EXPECT_EQ(run.exitCode, kExitStartupFailure);
  EXPECT_NE(run.err.find("数据库文件不存在"), std::string::npos) << run.err;
  EXPECT_FALSE(std::filesystem::exists(dir.path() / "qinqing.db"));  // verify never creates one
}
