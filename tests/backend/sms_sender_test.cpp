#include "sms/sms_sender.hpp"

#include <gtest/gtest.h>

#include <SQLiteCpp/Transaction.h>

#include <chrono>
#include <deque>
#include <mutex>
#include <thread>

#include "repositories/sms_outbox_repository.hpp"
#include "sms/sms_schedule.hpp"
#include "test_support.hpp"

using namespace qinqing::backend;
using namespace qinqing::backend::sms;
using namespace std::chrono_literals;
using qinqing::backend::testsupport::FakeClock;
using qinqing::backend::testsupport::kTestEpoch;

namespace {

// Answers with the scripted outcomes in order, then Delivered; remembers what it was given.
class ScriptedGateway : public SmsGateway {
public:
  std::string_view name() const override { return "scripted"; }
  SendOutcome send(const OutgoingSms& message) override {
    std::lock_guard lock(m_mutex);
    sent.push_back(message);
    if (script.empty()) return SendOutcome::delivered();
    SendOutcome next = script.front();
    script.pop_front();
    return next;
  }
  std::size_t count() {
    std::lock_guard lock(m_mutex);
    return sent.size();
  }
  std::deque<SendOutcome> script;
  std::vector<OutgoingSms> sent;

private:
  std::mutex m_mutex;
};

class SmsSenderTest : public ::testing::Test {
protected:
  std::unique_ptr<db::Database> m_database = testsupport::migratedMemoryDatabase();
  FakeClock m_clock;
  ScriptedGateway m_gateway;
  SmsSender m_sender{*m_database, m_gateway, m_clock.clock()};

  long long enqueue(SmsKind kind, std::string text = "【十堰市双千办】测试") {
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
  // Moves the clock to the next hh:00 CST (kTestEpoch is 09:00 CST).
  void advanceTo(int hourOfDay) {
    const long long day = 86400;
    const long long sinceNine = ((m_clock.now() - kTestEpoch) % day + day) % day;
    long long target = (hourOfDay - 9) * 3600LL;
    if (target <= sinceNine) target += day;
    m_clock.advance(std::chrono::seconds(target - sinceNine));
  }
};

}  // namespace

TEST_F(SmsSenderTest, DeliversWhatIsDueAndMarksItSent) {
  const long long id = enqueue(SmsKind::Notice, "【十堰市双千办】十堰亲清企业服务信息平台有一条新企业诉求待签收");
  EXPECT_EQ(m_sender.deliverDue(), (SmsSender::PassReport{1, 0, 0, 0}));
  ASSERT_EQ(m_gateway.sent.size(), 1u);
  EXPECT_EQ(m_gateway.sent[0].id, id);
  EXPECT_EQ(m_gateway.sent[0].mobile, "13800001111");
  EXPECT_EQ(message(id).status, SmsStatus::Sent);
  EXPECT_EQ(message(id).attempts, 1);
  EXPECT_EQ(m_sender.deliverDue(), SmsSender::PassReport{});  // nothing twice
}

TEST_F(SmsSenderTest, PassingFailuresAreRetriedWithExponentialBackOff) {
  m_gateway.script = {SendOutcome::retry("HTTP 503"), SendOutcome::retry("timeout")};
  const long long id = enqueue(SmsKind::Code);
  EXPECT_EQ(m_sender.deliverDue().retried, 1);
  EXPECT_EQ(message(id).nextAttemptAt, m_clock.now() + 30);
  EXPECT_EQ(message(id).lastError, "HTTP 503");

  m_clock.advance(29s);
  EXPECT_EQ(m_sender.deliverDue(), SmsSender::PassReport{});  // not before the back-off
  m_clock.advance(1s);
  EXPECT_EQ(m_sender.deliverDue().retried, 1);
  EXPECT_EQ(message(id).nextAttemptAt, m_clock.now() + 60);  // doubled
  m_clock.advance(60s);
  EXPECT_EQ(m_sender.deliverDue().delivered, 1);
  EXPECT_EQ(message(id).status, SmsStatus::Sent);
  EXPECT_EQ(message(id).attempts, 3);
  EXPECT_EQ(message(id).lastError, "");
}

TEST_F(SmsSenderTest, RejectedMessagesFailAtOnce) {
  m_gateway.script = {SendOutcome::rejected("号码无效")};
  const long long id = enqueue(SmsKind::Notice);
  EXPECT_EQ(m_sender.deliverDue().failed, 1);
  EXPECT_EQ(message(id).status, SmsStatus::Failed);
  EXPECT_EQ(message(id).lastError, "号码无效");
  m_clock.advance(24h);
  EXPECT_EQ(m_sender.deliverDue(), SmsSender::PassReport{});
}

TEST_F(SmsSenderTest, NoticesGiveUpAfterTheLastAttempt) {
  for (int i = 0; i < kMaxSmsAttempts; ++i) m_gateway.script.push_back(SendOutcome::retry("down"));
  const long long id = enqueue(SmsKind::Notice);
  int passes = 0;
  while (message(id).status == SmsStatus::Pending && passes < 100) {
    m_sender.deliverDue();
    m_clock.advance(1h);  // past every back-off, and across the quiet hours
    ++passes;
  }
  EXPECT_EQ(message(id).status, SmsStatus::Failed);
  EXPECT_EQ(message(id).attempts, kMaxSmsAttempts);
  EXPECT_EQ(m_gateway.count(), static_cast<std::size_t>(kMaxSmsAttempts));
}

TEST_F(SmsSenderTest, NoticesWaitForTheMorningCodesGoAtNight) {
  advanceTo(23);
  const long long notice = enqueue(SmsKind::Notice);
  const long long code = enqueue(SmsKind::Code, "【十堰市双千办】您的验证码是123456，10分钟内有效。如非本人操作请忽略。");
  EXPECT_EQ(m_sender.deliverDue().delivered, 1);
  ASSERT_EQ(m_gateway.sent.size(), 1u);
  EXPECT_EQ(m_gateway.sent[0].id, code);
  EXPECT_EQ(message(notice).status, SmsStatus::Pending);

  advanceTo(6);
  m_clock.advance(59min + 59s);  // 06:59:59
  EXPECT_EQ(m_sender.deliverDue(), SmsSender::PassReport{});
  m_clock.advance(1s);  // 07:00
  EXPECT_EQ(m_sender.deliverDue().delivered, 1);
  EXPECT_EQ(message(notice).status, SmsStatus::Sent);
}

TEST_F(SmsSenderTest, ANoticeDueBeforeTenButPickedUpAfterIsPostponed) {
  advanceTo(21);
  m_clock.advance(59min);
  const long long id = enqueue(SmsKind::Notice);  // due 21:59
  m_clock.advance(2min);                          // the sender only looks at 22:01
  EXPECT_EQ(m_sender.deliverDue().postponed, 1);
  EXPECT_EQ(m_gateway.count(), 0u);
  EXPECT_EQ(message(id).attempts, 0);
  EXPECT_EQ(message(id).nextAttemptAt, m_clock.now() + 8 * 3600 + 59 * 60);  // 07:00
}

TEST_F(SmsSenderTest, RetriedNoticesDoNotLandInTheQuietHours) {
  advanceTo(21);
  m_clock.advance(59min + 50s);  // 21:59:50
  m_gateway.script = {SendOutcome::retry("down")};
  const long long id = enqueue(SmsKind::Notice);
  EXPECT_EQ(m_sender.deliverDue().retried, 1);
  EXPECT_TRUE(inQuietHours(m_clock.now() + 30));
  EXPECT_EQ(message(id).nextAttemptAt, earliestSendTime(SmsKind::Notice, m_clock.now() + 30));
  EXPECT_FALSE(inQuietHours(message(id).nextAttemptAt));
}

TEST_F(SmsSenderTest, ACodeThatCouldNotGoWithinItsTenMinutesIsDropped) {
  m_gateway.script = {SendOutcome::retry("down")};
  const long long id = enqueue(SmsKind::Code);
  EXPECT_EQ(m_sender.deliverDue().retried, 1);
  m_clock.advance(10min);
  EXPECT_EQ(m_sender.deliverDue().failed, 1);
  EXPECT_EQ(m_gateway.count(), 1u);  // not sent again
  EXPECT_EQ(message(id).status, SmsStatus::Failed);
  EXPECT_EQ(message(id).lastError, "验证码已过期，未发送");
}

TEST_F(SmsSenderTest, TheThreadDeliversWhenWokenAndStopsCleanly) {
  SmsSender sender(*m_database, m_gateway, m_clock.clock(), SmsSender::Options{.idleWait = 10s});
  sender.start();
  sender.start();  // idempotent
  const long long id = enqueue(SmsKind::Code);
  sender.wake();
  for (int i = 0; i < 200 && m_gateway.count() == 0; ++i) std::this_thread::sleep_for(10ms);
  EXPECT_EQ(m_gateway.count(), 1u) << "woken, it must not wait for the 10 s idle wait";
  const auto before = std::chrono::steady_clock::now();
  sender.stop();
  EXPECT_LT(std::chrono::steady_clock::now() - before, 2s) << "stop interrupts the idle wait";
  sender.stop();  // idempotent
  for (int i = 0; i < 100 && message(id).status != SmsStatus::Sent; ++i) std::this_thread::sleep_for(10ms);
  EXPECT_EQ(message(id).status, SmsStatus::Sent);
}
