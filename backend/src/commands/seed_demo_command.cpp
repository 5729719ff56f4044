// qinqing seed-demo [--data DIR]: writes the demo data (demo/demo_data.hpp) into a new database.
#include <iostream>
#include <memory>
#include <optional>

#include "commands/commands.hpp"
#include "calendar/calendar_file.hpp"
#include "calendar/calendar_service.hpp"
#include "demo/demo_data.hpp"
#include "demo/demo_petitions.hpp"
#include "startup.hpp"
#include "util/clock.hpp"

namespace qinqing::backend {
namespace {

int runSeedDemo(const std::string& dataDir) {
  try {
    const long long now = toUnixSeconds(systemClock()());
    auto opened = openDataDirectory(dataDir, now);
    auth::PasswordHasher hasher;
    auto summary = opened.database->write([&](SQLite::Database& c) -> std::optional<demo::DemoSummary> {
      if (demo::databaseHasData(c)) return std::nullopt;
      const petition::AttachmentStore files(std::filesystem::path(dataDir) / "attachments");
      return demo::seedDemoData(c, hasher, now, &files);
    });
    if (!summary) {
      std::cerr << "数据库已有数据，未写入演示数据（演示数据只写入新数据库）。\n"
                   "The database already holds data; demo data is only written into a new database.\n";
      return kExitStartupFailure;
    }
    calendar::DeadlineRecomputers recomputers;
    calendar::CalendarService calendar(*opened.database, recomputers, systemClock());
    calendar.start(calendar::findShippedCalendar());
    const auto petitions = demo::seedDemoPetitions(*opened.database, calendar, now);
    std::cout << "已写入演示数据：" << demo::describe(*summary) << ", " << petitions.petitions << " 件诉求\n"
              << "Demo data written into " << dataDir << "/qinqing.db. 演示账号密码 / demo password: "
              << demo::kDemoPassword << "\n";
    return 0;
  } catch (const StartupError& e) {
    std::cerr << e.what() << "\n";
    return e.exitCode();
  }
}

}  // namespace

void addSeedDemoCommand(CLI::App& app, int& exitCode) {
  auto dataDir = std::make_shared<std::string>("data");
  auto* cmd = app.add_subcommand("seed-demo", "向新数据库写入演示数据 / Seed demo data into a new database");
  cmd->add_option("--data", *dataDir, "数据目录（存放 qinqing.db）/ Data directory holding qinqing.db")
      ->capture_default_str();
  cmd->callback([dataDir, &exitCode] { exitCode = runSeedDemo(*dataDir); });
}

}  // namespace qinqing::backend
