#include "util/log.hpp"

#include <atomic>
#include <chrono>
#include <cstdio>
#include <mutex>
#include <string>

#include "util/clock.hpp"

namespace qinqing::backend {
namespace {
std::mutex g_mutex;
std::atomic<bool> g_enabled{true};

void write(std::string_view level, std::string_view message) {
  if (!g_enabled.load(std::memory_order_relaxed)) return;
  std::string line = formatChinaTime(std::chrono::system_clock::now());
  line.append(" [").append(level).append("] ").append(message).append("\n");
  std::lock_guard lock(g_mutex);
  std::fwrite(line.data(), 1, line.size(), stderr);
}
}  // namespace

void logInfo(std::string_view message) { write("info", message); }
void logWarning(std::string_view message) { write("warn", message); }
void logError(std::string_view message) { write("error", message); }
void setLogEnabled(bool enabled) { g_enabled = enabled; }

}  // namespace qinqing::backend
