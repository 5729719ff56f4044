#include "sms/log_sms_gateway.hpp"

#include <fstream>

namespace qinqing::backend::sms {
namespace {

std::string oneLine(std::string text) {
  for (char& c : text) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return text;
}

}  // namespace

LogSmsGateway::LogSmsGateway(std::filesystem::path file, Clock clock)
    : m_file(std::move(file)), m_clock(std::move(clock)) {}

SendOutcome LogSmsGateway::send(const OutgoingSms& message) {
  const std::string line =
      formatChinaTime(m_clock()) + "\t" + oneLine(message.mobile) + "\t" + oneLine(message.text) + "\n";
  std::lock_guard lock(m_mutex);
  std::ofstream out(m_file, std::ios::app | std::ios::binary);
  if (!out) return SendOutcome::retry("无法打开 " + m_file.string());
  out << line;
  out.flush();
  if (!out) return SendOutcome::retry("无法写入 " + m_file.string());
  return SendOutcome::delivered({}, "已写入日志");
}

}  // namespace qinqing::backend::sms
