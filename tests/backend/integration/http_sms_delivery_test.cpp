// The SMS sender delivering through the HTTP gateway to a fake operator that fails on purpose:
// retries with the back-off until it succeeds, a permanent refusal, a timeout, the quiet hours,
// and the delivery status each message keeps for the 短信日志.
#include <gtest/gtest.h>

#include <SQLiteCpp/Transaction.h>

#include <nlohmann/json.hpp>

#include "fake_sms_gateway.hpp"
#include "repositories/sms_outbox_repository.hpp"
#include "sms/http_sms_gateway.hpp"
#include "sms/sms_schedule.hpp"
#include "sms/sms_sender.hpp"
#include "test_support.hpp"

using namespace qinqing::backend;
using namespace qinqing::backend::sms;
using namespace std::chrono_literals;
using qinqing::backend::testsupport::FakeClock;
using qinqing::backend::testsupport::FakeSmsGateway;
using qinqing::backend::testsupport::kTestEpoch;

namespace {

HttpSmsGatewayConfig configFor(const FakeSmsGateway& fake, double timeoutSeconds = 2) {
  HttpSmsGatewayConfig c;
  c.url = fake.url("/send");
  c.bodyTemplate = R"({"phone":"{{mobile}}","content":"{{text}}"})";
  c.headers = {{"X-Api-Key", "k-123"}};
  c.timeout = std::chrono::milliseconds(static_cast<long long>(timeoutSeconds * 1000));
  c.messageIdField = "message_id";
  c.statusField = "status";
  return c;
}

class HttpSmsDeliveryTest : public ::testing::Test {
protected:
  std::unique_ptr<db::Database> m_database = testsupport::migratedMemoryDatabase();
  FakeClock m_clock;  // 2026-03-02 09:00 CST
  FakeSmsGateway m_fake;

  // The quiet hours are the process's setting, and a test server started earlier in this process
  // may have switched them off: these tests need them on.
  void SetUp() override { sms::setQuietHoursEnabled(true); }

  long long enqueue(SmsKind kind, const std::string& text) {
    return m_database->write([&](SQLite::Database& c) {
      SQLite::Transaction tx(c);
      const long long id = SmsOutboxRepository(c).enqueue({"13800001111", text, kind}, m_clock.now());
      tx.commit();
      return id;
    });
  }
  OutboxMessage message(long long id) {
    return *m_database->read([&](SQLite::Database& c) { return SmsOutboxRepository(c).find(id); });
  }
};

}  // namespace

TEST_F(HttpSmsDeliveryTest, RetriesWithTheBackOffUntilTheGatewayAccepts) {
  HttpSmsGateway gateway(configFor(m_fake));
  SmsSender sender(*m_database, gateway, m_clock.clock());
  m_fake.failNext(2, 503);
  const long long id = enqueue(SmsKind::Notice, "【十堰市双千办】十堰亲清企业服务信息平台有一条新企业诉求待签收");

  EXPECT_EQ(sender.deliverDue(), (SmsSender::PassReport{0, 1, 0, 0}));
  auto m = message(id);
  EXPECT_EQ(m.status, SmsStatus::Pending);
  EXPECT_EQ(m.attempts, 1);
  EXPECT_EQ(m.nextAttemptAt, kTestEpoch + 30);
  EXPECT_EQ(m.gateway, "http");
  EXPECT_EQ(m.gatewayStatus, "HTTP 503");
  EXPECT_NE(m.lastError.find("HTTP 503"), std::string::npos);

  EXPECT_EQ(sender.deliverDue(), (SmsSender::PassReport{}));  // not due before the back-off ends
  m_clock.advance(30s);
  EXPECT_EQ(sender.deliverDue(), (SmsSender::PassReport{0, 1, 0, 0}));
  EXPECT_EQ(message(id).nextAttemptAt, kTestEpoch + 30 + 60);  // doubled
  m_clock.advance(59s);
  EXPECT_EQ(sender.deliverDue(), (SmsSender::PassReport{}));
  m_clock.advance(1s);
  EXPECT_EQ(sender.deliverDue(), (SmsSender::PassReport{1, 0, 0, 0}));

  m = message(id);
  EXPECT_EQ(m.status, SmsStatus::Sent);
  EXPECT_EQ(m.attempts, 3);
  EXPECT_EQ(m.sentAt, kTestEpoch + 90);
  EXPECT_EQ(m.lastError, "");
  EXPECT_EQ(m.gatewayMessageId, "fake-1");
  EXPECT_EQ(m.gatewayStatus, "HTTP 200 已受理");
  const auto requests = m_fake.requests();
  ASSERT_EQ(requests.size(), 3u);
  for (const auto& r : requests) {
    ASSERT_TRUE(r.headers.count("X-Api-Key"));
    EXPECT_EQ(r.headers.find("X-Api-Key")->second, "k-123");
  }
}

TEST_F(HttpSmsDeliveryTest, APermanentRefusalIsGivenUpAtOnce) {
  HttpSmsGateway gateway(configFor(m_fake));
  SmsSender sender(*m_database, gateway, m_clock.clock());
  m_fake.failAlways(400);
  const long long id = enqueue(SmsKind::Code, "【十堰市双千办】您的验证码是654321，10分钟内有效。如非本人操作请忽略。");
  EXPECT_EQ(sender.deliverDue(), (SmsSender::PassReport{0, 0, 1, 0}));
  const auto m = message(id);
  EXPECT_EQ(m.status, SmsStatus::Failed);
  EXPECT_EQ(m.attempts, 1);
  EXPECT_EQ(m.gatewayStatus, "HTTP 400");
  EXPECT_NE(m.lastError.find("HTTP 400"), std::string::npos);
  EXPECT_EQ(m.text.find("654321"), std::string::npos);  // a settled code keeps no digits
  m_clock.advance(3600s);
  EXPECT_EQ(sender.deliverDue(), (SmsSender::PassReport{}));
  EXPECT_EQ(m_fake.requests().size(), 1u);
}

TEST_F(HttpSmsDeliveryTest, ATimeoutIsRetriedLater) {
  HttpSmsGateway gateway(configFor(m_fake, 0.3));
  SmsSender sender(*m_database, gateway, m_clock.clock());
  m_fake.delay(1500ms);
  const long long id = enqueue(SmsKind::Notice, "【十堰市双千办】测试超时");
  EXPECT_EQ(sender.deliverDue(), (SmsSender::PassReport{0, 1, 0, 0}));
  auto m = message(id);
  EXPECT_EQ(m.status, SmsStatus::Pending);
  EXPECT_EQ(m.gatewayStatus, "超时");
  EXPECT_EQ(m.lastError, "短信网关 0.3 秒内未应答");
  m_fake.reset();
  m_clock.advance(30s);
  EXPECT_EQ(sender.deliverDue(), (SmsSender::PassReport{1, 0, 0, 0}));
  EXPECT_EQ(message(id).status, SmsStatus::Sent);
}

TEST_F(HttpSmsDeliveryTest, NoticesWaitOutTheQuietHoursCodesDoNot) {
  HttpSmsGateway gateway(configFor(m_fake));
  SmsSender sender(*m_database, gateway, m_clock.clock());
  m_clock.advance(14h);  // 23:00 CST
  const long long notice = enqueue(SmsKind::Notice, "【十堰市双千办】夜间通知");
  const long long code = enqueue(SmsKind::Code, "【十堰市双千办】您的验证码是112233，10分钟内有效。");
  EXPECT_EQ(sender.deliverDue(), (SmsSender::PassReport{1, 0, 0, 0}));
  ASSERT_EQ(m_fake.requests().size(), 1u);
  EXPECT_NE(m_fake.requests()[0].body.find("112233"), std::string::npos);
  EXPECT_EQ(message(code).status, SmsStatus::Sent);
  EXPECT_EQ(message(notice).status, SmsStatus::Pending);
  EXPECT_EQ(message(notice).nextAttemptAt, kTestEpoch + 22 * 3600);  // 07:00 next morning

  m_clock.advance(7h + 59min);  // 06:59
  EXPECT_EQ(sender.deliverDue(), (SmsSender::PassReport{}));
  m_clock.advance(1min);
  EXPECT_EQ(sender.deliverDue(), (SmsSender::PassReport{1, 0, 0, 0}));
  ASSERT_EQ(m_fake.requests().size(), 2u);
  EXPECT_EQ(nlohmann::json::parse(m_fake.requests()[1].body)["content"], "【十堰市双千办】夜间通知");
}
