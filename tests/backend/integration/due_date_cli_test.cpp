// `qinqing due-date`: the date on stdout, the explanation with --explain, the provisional warning
// on stderr, Chinese errors with exit 2, and --data reading a deployment's edited calendar.
#include <gtest/gtest.h>

#include "cli_runner.hpp"
#include "demo_accounts.hpp"
#include "startup.hpp"
#include "test_server.hpp"

using namespace qinqing::backend;
using namespace qinqing::backend::testsupport;

TEST(DueDateCli, PrintsTheDueDate) {
  auto run = runQinqing({"due-date", "--from", "2020-09-30", "--working-days", "15"});
  EXPECT_EQ(run.exitCode, 0) << run.err;
  EXPECT_EQ(run.out, "2020-10-28\n");
  EXPECT_EQ(run.err, "");
  auto instant = runQinqing({"due-date", "--from", "2020-09-30T16:30:00Z", "--working-days", "1"});
  EXPECT_EQ(instant.out, "2020-10-09\n");
  auto offset = runQinqing({"due-date", "--from", "2020-09-30T23:59:59+08:00", "--working-days", "1"});
  EXPECT_EQ(offset.out, "2020-10-09\n");
  auto before = runQinqing({"due-date", "--from", "2020-09-29T23:59:59+08:00", "--working-days", "1"});
  EXPECT_EQ(before.out, "2020-09-30\n");
}

TEST(DueDateCli, ExplainPrintsTheDueInstantAndEveryDay) {
  auto run = runQinqing({"due-date", "--from", "2020-09-30", "--working-days", "15", "--explain"});
  ASSERT_EQ(run.exitCode, 0) << run.err;
  std::vector<std::string> lines;
  std::istringstream in(run.out);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  ASSERT_EQ(lines.size(), 2u + 29u);
  EXPECT_EQ(lines[0], "2020-10-28");
  EXPECT_EQ(lines[1], "截止时间：2020-10-28T23:59:59+08:00（UTC 2020-10-28T15:59:59Z）");
  EXPECT_EQ(lines[2], "2020-09-30 周三 不计 事件当日不计");
  EXPECT_EQ(lines[3], "2020-10-01 周四 不计 国庆节、中秋节");
  EXPECT_EQ(lines[11], "2020-10-09 周五 计入 工作日 第1天");
  EXPECT_EQ(lines[12], "2020-10-10 周六 计入 调休上班 第2天");
  EXPECT_EQ(lines[13], "2020-10-11 周日 不计 周末");
  EXPECT_EQ(lines.back(), "2020-10-28 周三 计入 工作日 第15天");
}

TEST(DueDateCli, ProvisionalResultsWarnOnStderr) {
  auto run = runQinqing({"due-date", "--from", "2026-12-28", "--working-days", "5"});
  EXPECT_EQ(run.exitCode, 0);
  EXPECT_EQ(run.out, "2027-01-04\n");
  EXPECT_EQ(run.err, "注意：2027年的节假日安排尚未载入，该期限仅按周末推算，安排公布后可能变动。\n");
}

TEST(DueDateCli, BadInputIsExplainedInChineseWithExit2) {
  auto run = runQinqing({"due-date", "--from", "2020-02-30", "--working-days", "0"});
  EXPECT_EQ(run.exitCode, kExitUsage);
  EXPECT_EQ(run.out, "");
  EXPECT_NE(run.err.find("--from：事件日期或时间格式应为"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("--working-days：工作日数应为 1 至 2000 之间的整数"), std::string::npos) << run.err;
  EXPECT_NE(runQinqing({"due-date", "--from", "2020-09-30"}).exitCode, 0);  // --working-days is required
}

TEST(DueDateCli, DataUsesTheDeploymentsCalendarWithItsEdits) {
  TestServer server;
  auto token = loginAs(server, qinqing::domain::Role::SystemAdmin);
  server.client().Put("/api/calendar/days/2020-10-09", bearer(token), R"({"kind":"holiday","name":"国庆节"})",
                      "application/json");
  const std::vector<std::string> args = {"due-date", "--from", "2020-09-30", "--working-days", "15"};
  auto shipped = runQinqing(args);
  auto deployed = runQinqing({"due-date", "--from", "2020-09-30", "--working-days", "15", "--data",
                              server.dataDir().string()});
  EXPECT_EQ(shipped.out, "2020-10-28\n");
  EXPECT_EQ(deployed.out, "2020-10-29\n") << deployed.err;
  TempDir empty;
  auto missing = runQinqing({"due-date", "--from", "2020-09-30", "--working-days", "15", "--data", empty.path().string()});
  EXPECT_EQ(missing.exitCode, kExitStartupFailure);
}

TEST(DueDateCli, CalendarFileOverridesTheShippedOne) {
  TempDir dir;
  const auto file = dir.path() / "calendar.json";
  std::ofstream(file) << R"({"years":{"2020":{"holidays":["2020-10-01"],"workdays":[]}}})";
  auto run = runQinqing({"due-date", "--from", "2020-09-30", "--working-days", "1", "--calendar", file.string()});
  EXPECT_EQ(run.out, "2020-10-02\n") << run.err;
  std::ofstream(file) << R"({"years":{"2020":{"holidays":["2020-13-01"]}}})";
  auto bad = runQinqing({"due-date", "--from", "2020-09-30", "--working-days", "1", "--calendar", file.string()});
  EXPECT_EQ(bad.exitCode, kExitStartupFailure);
  EXPECT_NE(bad.err.find("有误"), std::string::npos) << bad.err;
}
