// qinqing import [--dry-run] FILE [--data DIR]: the county's 一对一包联分配方案 (notice §21) from
// the command line, with the same reading, rules and single transaction as the web screen
// (import/assignment_importer.hpp).
//
// stdout: every problem ("第 12 行 · 统一社会信用代码：…") and the summary. --dry-run checks and
// writes nothing; without it a file with any problem is refused whole. Exit 0 clean (and, without
// --dry-run, imported), 6 the file has problems (nothing written), 1 no usable database or file.
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>

#include "commands/commands.hpp"
#include "import/assignment_importer.hpp"
#include "startup.hpp"
#include "util/clock.hpp"

namespace qinqing::backend {
namespace {

constexpr int kExitImportProblems = 6;

struct ImportArgs {
  std::string dataDir = "data";
  std::string file;
  bool dryRun = false;
};

std::optional<std::string> slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void printProblems(const domain::AssignmentPlan& plan) {
  for (const auto& p : plan.problems) {
    std::cout << (p.row > 0 ? "第 " + std::to_string(p.row) + " 行" : std::string("文件"));
    if (!p.column.empty()) std::cout << " · " << p.column;
    std::cout << "：" << p.message << "\n";
  }
}

int runImport(const ImportArgs& args) {
  auto bytes = slurp(args.file);
  if (!bytes) {
    std::cerr << "无法读取文件 " << args.file << "\ncannot read " << args.file << "\n";
    return kExitStartupFailure;
  }
  if (!std::filesystem::exists(std::filesystem::path(args.dataDir) / "qinqing.db")) {
    std::cerr << "数据目录 " << args.dataDir << " 中没有数据库（qinqing.db），请用 --data 指定部署的数据目录\n"
              << "no database in " << args.dataDir << "; name the deployment's data directory with --data\n";
    return kExitStartupFailure;
  }
  try {
    Clock clock = systemClock();
    auto opened = openDataDirectory(args.dataDir, toUnixSeconds(clock()));
    import::AssignmentImporter importer(*opened.database, clock);
    // The running server's SMS sender picks the queued notices up from the shared database.
    const audit::AuditActor actor{std::nullopt, "命令行导入", "", ""};
    auto outcome = args.dryRun ? importer.check(*bytes) : importer.apply(*bytes, args.file, actor);
    const auto& plan = outcome.plan;
    printProblems(plan);
    if (!plan.clean()) {
      std::cout << "发现 " << plan.summary.problems << " 处问题（涉及 " << plan.summary.problemRows
                << " 行），未导入任何数据。请修改文件后重新检查。\n";
      return kExitImportProblems;
    }
    if (args.dryRun) {
      std::cout << "检查完成，没有发现问题。" << domain::describePlanSummary(plan.summary) << "\n"
                << "（检查模式，未写入任何数据；去掉 --dry-run 即可导入）\n";
    } else {
      std::cout << "导入完成。" << domain::describePlanSummary(plan.summary) << "\n";
    }
    return 0;
  } catch (const StartupError& e) {
    std::cerr << e.what() << "\n";
    return e.exitCode();
  } catch (const SQLite::Exception& e) {
    std::cerr << "导入失败，未写入任何数据：" << e.what() << "\nimport failed, nothing written: " << e.what() << "\n";
    return kExitStartupFailure;
  }
}

}  // namespace

void addImportCommand(CLI::App& app, int& exitCode) {
  auto args = std::make_shared<ImportArgs>();
  auto* cmd = app.add_subcommand("import", "导入一对一包联分配方案（CSV 或 .xlsx）/ Import an assignment plan (CSV or .xlsx)");
  cmd->add_option("FILE", args->file, "方案文件：CSV（UTF-8 或 GBK）或 .xlsx / the plan file")->required();
  cmd->add_flag("--dry-run", args->dryRun, "只检查，不写入 / check only, write nothing");
  cmd->add_option("--data", args->dataDir, "数据目录（存放 qinqing.db）/ Data directory holding qinqing.db")
      ->capture_default_str();
  cmd->callback([args, &exitCode] { exitCode = runImport(*args); });
}

}  // namespace qinqing::backend
