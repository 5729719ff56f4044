#include "sms/log_sms_gateway.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "test_support.hpp"

using namespace qinqing::backend;
using namespace qinqing::backend::sms;
using qinqing::backend::testsupport::FakeClock;
using qinqing::backend::testsupport::TempDir;

namespace {
std::string readFile(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}
}  // namespace

TEST(LogSmsGateway, AppendsOneTabSeparatedLinePerMessage) {
  TempDir dir;
  FakeClock clock;
  LogSmsGateway gateway(dir.path() / "sms.log", clock.clock());
  EXPECT_EQ(gateway.name(), "log");
  EXPECT_EQ(gateway.send({1, "13800001111", "【十堰市双千办】您的验证码是123456，10分钟内有效。", SmsKind::Code}).result,
            SendOutcome::Result::Delivered);
  clock.advance(std::chrono::seconds(5));
  gateway.send({2, "13900002222", "第一行\n第二行\t尾", SmsKind::Notice});
  EXPECT_EQ(readFile(dir.path() / "sms.log"),
            "2026-03-02T09:00:00+08:00\t13800001111\t【十堰市双千办】您的验证码是123456，10分钟内有效。\n"
            "2026-03-02T09:00:05+08:00\t13900002222\t第一行 第二行 尾\n");
}

TEST(LogSmsGateway, AnUnwritableFileIsAPassingFailure) {
  TempDir dir;
  FakeClock clock;
  LogSmsGateway gateway(dir.path() / "missing" / "sms.log", clock.clock());
  auto outcome = gateway.send({1, "13800001111", "x", SmsKind::Notice});
  EXPECT_EQ(outcome.result, SendOutcome::Result::Retry);
  EXPECT_NE(outcome.detail.find("sms.log"), std::string::npos);
}
