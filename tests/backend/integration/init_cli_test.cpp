// `qinqing init` (issue 17): a real deployment starts from the shipped skeleton with three
// administrators whose one-time passwords work once and must be replaced; it refuses to touch a
// database that holds data, and `serve` on an empty database says what to run.
#include <gtest/gtest.h>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <fstream>
#include <map>
#include <regex>

#include "cli_runner.hpp"
#include "sms_log.hpp"
#include "test_server.hpp"

using namespace qinqing::backend::testsupport;
using qinqing::domain::Role;

namespace {

// "  系统管理员\tsysadmin\t<password>" lines of init's output.
std::map<std::string, std::string> printedPasswords(const std::string& out) {
  std::map<std::string, std::string> found;
  std::regex line("\\t(sysadmin|secadmin|auditadmin)\\t(\\S+)");
  for (std::sregex_iterator it(out.begin(), out.end(), line), end; it != end; ++it) found[(*it)[1]] = (*it)[2];
  return found;
}

}  // namespace

TEST(InitCli, CreatesTheSkeletonAndThreeAdministratorsOnce) {
  TempDir dir;
  const std::string data = (dir.path() / "data").string();
  auto run = runQinqing({"init", "--data", data});
  ASSERT_EQ(run.exitCode, 0) << run.out << run.err;
  auto passwords = printedPasswords(run.out);
  ASSERT_EQ(passwords.size(), 3u) << run.out;
  EXPECT_NE(passwords["sysadmin"], passwords["secadmin"]);

  {
    auto db = openServerDatabase(data);
    EXPECT_EQ(db.execAndGet("SELECT count(*) FROM regions").getInt(), 11);
    EXPECT_EQ(db.execAndGet("SELECT count(*) FROM industry_groups").getInt(), 6);
    EXPECT_EQ(db.execAndGet("SELECT count(*) FROM accounts").getInt(), 3);
    EXPECT_EQ(db.execAndGet("SELECT count(*) FROM accounts WHERE must_change_password = 1").getInt(), 3);
    EXPECT_EQ(db.execAndGet("SELECT count(*) FROM audit_log WHERE action = 'platform.initialised'").getInt(), 1);
    SQLite::Statement leak(db, "SELECT count(*) FROM audit_log WHERE after_json LIKE ?");
    leak.bind(1, "%" + passwords["sysadmin"] + "%");
    leak.executeStep();
    EXPECT_EQ(leak.getColumn(0).getInt(), 0);
  }

  // Idempotent: a second run changes nothing and prints no password.
  auto again = runQinqing({"init", "--data", data});
  EXPECT_EQ(again.exitCode, 0) << again.err;
  EXPECT_TRUE(printedPasswords(again.out).empty());
  EXPECT_NE(again.out.find("已初始化"), std::string::npos);

  // The server on it: the one-time password logs in and must be replaced.
  TestServer::Options options;
  options.demo = false;
  options.dataDir = data;
  TestServer server(options);
  const std::string token = server.login(Role::SystemAdmin, "sysadmin", std::nullopt, passwords["sysadmin"]);
  ASSERT_FALSE(token.empty());
  auto me = bodyJson(server.client().Get("/api/me", bearer(token)));
  EXPECT_TRUE(me["must_change_password"].get<bool>());
  EXPECT_FALSE(me["mobile_bound"].get<bool>());
  auto options2 = bodyJson(server.client().Get("/api/login-options"));
  EXPECT_EQ(options2["regions"][0]["name"], "十堰市");
  EXPECT_EQ(options2["regions"].size(), 11u);
}

TEST(InitCli, RefusesADatabaseWithOtherDataAndABadSkeleton) {
  TempDir dir;
  const std::string data = (dir.path() / "demo").string();
  ASSERT_EQ(runQinqing({"seed-demo", "--data", data}).exitCode, 0);
  auto refused = runQinqing({"init", "--data", data});
  EXPECT_EQ(refused.exitCode, 1);
  EXPECT_NE(refused.err.find("已有数据"), std::string::npos) << refused.err;

  const auto bad = dir.path() / "bad.json";
  std::ofstream(bad) << R"({"city":"某市","regions":[{"name":"某市","kind":"county"}],"units":[],)"
                        R"("industry_groups":[{"key":"x","name":"经信","unit":"不存在的局"}],"administrators":[]})";
  auto invalid = runQinqing({"init", "--data", (dir.path() / "new").string(), "--skeleton", bad.string()});
  EXPECT_EQ(invalid.exitCode, 2);
  EXPECT_NE(invalid.err.find("regions[0].name"), std::string::npos) << invalid.err;
  EXPECT_NE(invalid.err.find("industry_groups[0].unit"), std::string::npos) << invalid.err;
  EXPECT_FALSE(std::filesystem::exists(dir.path() / "new" / "qinqing.db"));
}

TEST(InitCli, TakesPasswordsFromAFileUnderThePolicy) {
  TempDir dir;
  const auto file = dir.path() / "passwords.txt";
  std::ofstream(file) << "# 三员初始密码\nsysadmin Init#Sys2026\nsecadmin Init#Sec2026\n";
  auto weak = dir.path() / "weak.txt";
  std::ofstream(weak) << "sysadmin 123\n";
  EXPECT_EQ(runQinqing({"init", "--data", (dir.path() / "a").string(), "--password-file", weak.string()}).exitCode, 2);
  auto run = runQinqing({"init", "--data", (dir.path() / "b").string(), "--password-file", file.string()});
  ASSERT_EQ(run.exitCode, 0) << run.err;
  EXPECT_EQ(run.out.find("Init#Sys2026"), std::string::npos);  // not printed
  TestServer::Options options;
  options.demo = false;
  options.dataDir = (dir.path() / "b").string();
  TestServer server(options);
  EXPECT_FALSE(server.login(Role::SystemAdmin, "sysadmin", std::nullopt, "Init#Sys2026").empty());
  EXPECT_FALSE(server.login(Role::SecurityAdmin, "secadmin", std::nullopt, "Init#Sec2026").empty());
}

TEST(InitCli, ServeOnAnEmptyDatabaseSaysToRunInit) {
  TempDir dir;
  const auto [printed, exitCode] = serveUntil(dir.path().string(), "(or start with --demo)");
  EXPECT_NE(printed.find("qinqing init --data " + dir.path().string()), std::string::npos) << printed;
  EXPECT_EQ(exitCode, 0);
}
