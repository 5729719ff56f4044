// The subcommands of `qinqing`, one file each. main.cpp adds them in one list; a new command
// (import, backup) is a new file and one line there. Each command sets
// exitCode when it runs; help texts are Chinese / English.
#pragma once

#include <CLI/CLI.hpp>

namespace qinqing::backend {

void addServeCommand(CLI::App& app, int& exitCode);
void addSeedDemoCommand(CLI::App& app, int& exitCode);
void addDueDateCommand(CLI::App& app, int& exitCode);
void addAuditCommand(CLI::App& app, int& exitCode);
void addImportCommand(CLI::App& app, int& exitCode);
void addInitCommand(CLI::App& app, int& exitCode);

}  // namespace qinqing::backend
