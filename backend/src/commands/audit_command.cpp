// qinqing audit verify [--data DIR]: walks the audit log's hash chain (audit/audit_chain.hpp)
// from the first entry to the last, read-only, and reports the first broken link.
//
// stdout on success: "审计日志完整：N 条" and the head hash (note it outside the server, e.g. with the
// backup: the chain alone cannot show entries cut off its end). stderr on a break: its place,
// id and reason. Exit 0 intact, 5 broken, 1 no usable database.
#include <iostream>
#include <memory>

#include "audit/audit_verifier.hpp"
#include "commands/commands.hpp"
#include "startup.hpp"

namespace qinqing::backend {
namespace {

constexpr int kAuditSchemaVersion = 2;  // migration 2 created audit_log

int runAuditVerify(const std::string& dataDir) {
  try {
    auto db = openExistingReadOnly(dataDir, kAuditSchemaVersion);
    const auto result = audit::verifyAuditLog(*db);
    if (result.broken) {
      const auto& b = *result.broken;
      std::cerr << "审计日志在第 " << b.position << " 条（编号 " << b.id << "）处断开：" << b.reason << "\n"
                << "Audit log broken at entry " << b.position << " (id " << b.id << "); " << result.intact
                << " entries before it are intact.\n";
      return kExitAuditBroken;
    }
    std::cout << "审计日志完整：" << result.intact << " 条\n"
              << "最新哈希 / head hash: " << result.headHash << "\n";
    return 0;
  } catch (const StartupError& e) {
    std::cerr << e.what() << "\n";
    return e.exitCode();
  } catch (const SQLite::Exception& e) {
    std::cerr << "无法读取审计日志：" << e.what() << "\ncannot read the audit log: " << e.what() << "\n";
    return kExitStartupFailure;
  }
}

}  // namespace

void addAuditCommand(CLI::App& app, int& exitCode) {
  auto* audit = app.add_subcommand("audit", "审计日志 / Audit log");
  audit->require_subcommand(1);
  auto dataDir = std::make_shared<std::string>("data");
  auto* verify = audit->add_subcommand("verify", "校验审计日志的哈希链 / Verify the audit log's hash chain");
  verify->add_option("--data", *dataDir, "数据目录（存放 qinqing.db）/ Data directory holding qinqing.db")
      ->capture_default_str();
  verify->callback([dataDir, &exitCode] { exitCode = runAuditVerify(*dataDir); });
}

}  // namespace qinqing::backend
