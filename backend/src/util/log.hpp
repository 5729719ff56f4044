// Minimal line logger to stderr: "2026-05-01T09:30:00+08:00 [error] message".
// Thread-safe (one line per call, never interleaved). Never log passwords or session tokens.
#pragma once

#include <string_view>

namespace qinqing::backend {

void logInfo(std::string_view message);
void logWarning(std::string_view message);
void logError(std::string_view message);

// Tests silence the logger so expected errors (a deliberate 500) do not clutter their output.
void setLogEnabled(bool enabled);

}  // namespace qinqing::backend
