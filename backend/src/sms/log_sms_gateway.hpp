// LogSmsGateway: the default gateway for demos and tests. It "delivers" a message by appending one
// line to a file (DATA_DIR/sms.log):
//
//   2026-03-02T09:00:05+08:00<TAB>13800001111<TAB>【十堰市双千办】您的验证码是123456，10分钟内有效。…
//
// Tabs and line breaks inside the text are written as spaces, so each message is exactly one line.
// The file is opened for each message (it may be rotated or removed while the server runs) and
// flushed before send() returns; a file that cannot be written is a Retry.
#pragma once

#include <filesystem>
#include <mutex>

#include "sms/sms_gateway.hpp"
#include "util/clock.hpp"

namespace qinqing::backend::sms {

class LogSmsGateway : public SmsGateway {
public:
  LogSmsGateway(std::filesystem::path file, Clock clock);

  std::string_view name() const override { return "log"; }
  SendOutcome send(const OutgoingSms& message) override;

  const std::filesystem::path& file() const { return m_file; }

private:
  std::filesystem::path m_file;
  Clock m_clock;
  std::mutex m_mutex;
};

}  // namespace qinqing::backend::sms
