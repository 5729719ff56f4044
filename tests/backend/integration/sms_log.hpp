// Reading what the log SMS gateway "sent": DATA_DIR/sms.log, one line per message
// ("ISO-time<TAB>mobile<TAB>text"), as demos and the browser tests read it. The sender thread
// delivers asynchronously, so tests wait for the lines they expect.
#pragma once

#include <SQLiteCpp/Database.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

namespace qinqing::backend::testsupport {

struct SmsLine {
  std::string at;
  std::string mobile;
  std::string text;
};

inline std::vector<SmsLine> readSmsLog(const std::filesystem::path& dataDir) {
  std::vector<SmsLine> lines;
  std::ifstream in(dataDir / "sms.log", std::ios::binary);
  std::string line;
  while (std::getline(in, line)) {
    const auto a = line.find('\t');
    const auto b = a == std::string::npos ? a : line.find('\t', a + 1);
    if (b == std::string::npos) continue;
    lines.push_back({line.substr(0, a), line.substr(a + 1, b - a - 1), line.substr(b + 1)});
  }
  return lines;
}

// Waits up to 5 s for the log to hold at least `count` lines; returns what it holds then.
inline std::vector<SmsLine> waitForSms(const std::filesystem::path& dataDir, std::size_t count) {
  for (int i = 0; i < 500; ++i) {
    auto lines = readSmsLog(dataDir);
    if (lines.size() >= count) return lines;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  return readSmsLog(dataDir);
}

// The 6-digit code of a verification SMS ("…您的验证码是123456，…"); empty when there is none.
inline std::string codeIn(const std::string& text) {
  const std::string marker = "您的验证码是";
  const auto at = text.find(marker);
  if (at == std::string::npos || text.size() < at + marker.size() + 6) return {};
  return text.substr(at + marker.size(), 6);
}

// A second connection to the server's database, for arranging state the API cannot (an account
// that has not bound a mobile yet) and for looking at what it stored.
inline SQLite::Database openServerDatabase(const std::filesystem::path& dataDir) {
  SQLite::Database db((dataDir / "qinqing.db").string(), SQLite::OPEN_READWRITE);
  db.setBusyTimeout(5000);
  return db;
}

}  // namespace qinqing::backend::testsupport
