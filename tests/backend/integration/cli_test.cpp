// The `qinqing` binary itself: help text, exit codes, graceful stop on SIGTERM.
#include <gtest/gtest.h>

#include <SQLiteCpp/Database.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <string>

#include "cli_runner.hpp"
#include "db/migrations.hpp"
#include "startup.hpp"
#include "test_support.hpp"

using namespace qinqing::backend;
using namespace qinqing::backend::testsupport;

namespace {

struct Run {
  int exitCode = -1;
  std::string output;  // stdout and stderr together
};

Run runCli(const std::string& args) {
  Run r;
  FILE* pipe = popen((std::string(QINQING_BINARY) + " " + args + " 2>&1").c_str(), "r");
  if (!pipe) return r;
  std::array<char, 4096> buf{};
  while (size_t n = fread(buf.data(), 1, buf.size(), pipe)) r.output.append(buf.data(), n);
  const int status = pclose(pipe);
  r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

}  // namespace

TEST(Cli, HelpListsTheSubcommandsInChineseAndEnglish) {
  auto r = runCli("--help");
  EXPECT_EQ(r.exitCode, 0);
  for (const char* text : {"serve", "seed-demo", "due-date", "audit", "启动平台", "Start the platform", "演示数据",
                           "demo data", "计算 N 个工作日后的期限", "审计日志"}) {
    EXPECT_NE(r.output.find(text), std::string::npos) << text << "\n" << r.output;
  }
  auto serve = runCli("serve --help");
  for (const char* text : {"--listen", "--data", "--web", "--allow-origin", "--calendar", "--demo"}) {
    EXPECT_NE(serve.output.find(text), std::string::npos) << text;
  }
  auto verify = runCli("audit verify --help");
  EXPECT_NE(verify.output.find("校验审计日志的哈希链"), std::string::npos) << verify.output;
}

TEST(Cli, ServeRefusesANewerSchemaWithExitCode3) {
  TempDir dir;
  {
    SQLite::Database c((dir.path() / "qinqing.db").string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db::applyMigrations(c, kTestEpoch);
    c.exec("INSERT INTO schema_migrations VALUES (999, 'future', 0)");
  }
  auto r = runCli("serve --listen 127.0.0.1:0 --data " + dir.path().string());
  EXPECT_EQ(r.exitCode, kExitSchemaTooNew) << r.output;
  EXPECT_NE(r.output.find("999"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("newer than this binary"), std::string::npos) << r.output;
}

TEST(Cli, ServeRejectsAMalformedListenAddress) {
  TempDir dir;
  auto r = runCli("serve --listen localhost:http --data " + dir.path().string());
  EXPECT_EQ(r.exitCode, kExitUsage) << r.output;
}

TEST(Cli, ServeRefusesANewDatabaseWithoutAUsableCalendarFile) {
  TempDir dir;
  auto r = runCli("serve --listen 127.0.0.1:0 --calendar " + (dir.path() / "missing.json").string() + " --data " +
               dir.path().string());
  EXPECT_EQ(r.exitCode, kExitStartupFailure) << r.output;
  EXPECT_NE(r.output.find("无法读取节假日数据文件"), std::string::npos) << r.output;
}

TEST(Cli, SeedDemoFillsANewDatabaseOnlyOnce) {
  TempDir dir;
  auto first = runCli("seed-demo --data " + dir.path().string());
  EXPECT_EQ(first.exitCode, 0) << first.output;
  EXPECT_NE(first.output.find("500 家企业"), std::string::npos) << first.output;
  auto second = runCli("seed-demo --data " + dir.path().string());
  EXPECT_EQ(second.exitCode, kExitStartupFailure) << second.output;
}

TEST(Cli, ServePrintsTheAddressAndStopsCleanlyOnSigterm) {
  TempDir dir;
  const auto [printed, exitCode] = serveUntil(dir.path().string(), "http://127.0.0.1:");
  EXPECT_NE(printed.find("请在浏览器中打开 http://127.0.0.1:"), std::string::npos) << printed;
  EXPECT_EQ(exitCode, 0);
}
