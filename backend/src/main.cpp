// qinqing: the server of 十堰亲清企业服务信息平台 and its maintenance commands.
#include <sodium.h>

#include <iostream>

#include "commands/commands.hpp"

int main(int argc, char** argv) {
  if (sodium_init() < 0) {
    std::cerr << "libsodium 初始化失败 / libsodium failed to initialise\n";
    return 1;
  }
  CLI::App app{"十堰亲清企业服务信息平台 服务端 / Qinqing enterprise-service platform server", "qinqing"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "qinqing 0.1");
  int exitCode = 0;
  // Every subcommand, in the order `qinqing --help` lists them.
  qinqing::backend::addServeCommand(app, exitCode);
  qinqing::backend::addSeedDemoCommand(app, exitCode);
  qinqing::backend::addDueDateCommand(app, exitCode);
  qinqing::backend::addAuditCommand(app, exitCode);
  qinqing::backend::addImportCommand(app, exitCode);
  qinqing::backend::addInitCommand(app, exitCode);
  CLI11_PARSE(app, argc, argv);
  return exitCode;
}
