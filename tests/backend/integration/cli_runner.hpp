// Running the real `qinqing` binary from integration tests: no shell (arguments with Chinese text
// or '+' pass untouched), stdout and stderr captured separately through temporary files (no pipe
// deadlock however much either side writes).
#pragma once

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "test_support.hpp"

namespace qinqing::backend::testsupport {

struct CliRun {
  int exitCode = -1;
  std::string out;
  std::string err;
};

inline CliRun runQinqing(const std::vector<std::string>& args) {
  TempDir dir;
  const std::string outPath = (dir.path() / "out").string();
  const std::string errPath = (dir.path() / "err").string();
  const pid_t child = fork();
  if (child == 0) {
    if (!freopen(outPath.c_str(), "w", stdout) || !freopen(errPath.c_str(), "w", stderr)) _exit(126);
    std::vector<char*> argv;
    argv.push_back(const_cast<char*>(QINQING_BINARY));
    for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    execv(QINQING_BINARY, argv.data());
    _exit(127);
  }
  CliRun run;
  int status = 0;
  if (child < 0 || waitpid(child, &status, 0) != child) return run;
  run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  auto slurp = [](const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
  };
  run.out = slurp(outPath);
  run.err = slurp(errPath);
  return run;
}

// Starts `qinqing serve --listen 127.0.0.1:0 --data DIR --web DIR`, reads its stdout until `marker`
// appears (or the output ends), then sends SIGTERM and waits. Returns what it printed and its exit
// status (-1 if it did not exit normally).
inline std::pair<std::string, int> serveUntil(const std::string& dir, const std::string& marker) {
  int out[2];
  if (pipe(out) != 0) return {"", -1};
  const pid_t child = fork();
  if (child < 0) return {"", -1};
  if (child == 0) {
    dup2(out[1], STDOUT_FILENO);
    close(out[0]);
    execl(QINQING_BINARY, QINQING_BINARY, "serve", "--listen", "127.0.0.1:0", "--data", dir.c_str(), "--web",
          dir.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  close(out[1]);
  std::string printed;
  char buf[512];
  while (printed.find(marker) == std::string::npos) {
    const ssize_t n = read(out[0], buf, sizeof buf);
    if (n <= 0) break;
    printed.append(buf, static_cast<size_t>(n));
  }
  kill(child, SIGTERM);
  int status = 0;
  waitpid(child, &status, 0);
  close(out[0]);
  return {printed, WIFEXITED(status) ? WEXITSTATUS(status) : -1};
}

}  // namespace qinqing::backend::testsupport
