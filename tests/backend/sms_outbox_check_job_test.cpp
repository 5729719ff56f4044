#include "jobs/sms_outbox_check_job.hpp"

#include <gtest/gtest.h>

#include <SQLiteCpp/Transaction.h>

#include <stdexcept>

#include "repositories/sms_outbox_repository.hpp"
#include "test_support.hpp"

using namespace qinqing::backend;
using namespace qinqing::backend::sms;
using qinqing::backend::testsupport::kTestEpoch;

namespace {

class SmsOutboxCheckTest : public ::testing::Test {
protected:
  long long enqueue(SmsKind kind, long long at, const std::string& text) {
    return m_database->write([&](SQLite::Database& c) {
      SQLite::Transaction tx(c);
      const long long id = SmsOutboxRepository(c).enqueue({"13800001111", text, kind}, at);
      tx.commit();
      return id;
    });
  }
  OutboxMessage message(long long id) {
    return *m_database->read([&](SQLite::Database& c) { return SmsOutboxRepository(c).find(id); });
  }
  void retryAt(long long id, long long when) {
    m_database->write([&](SQLite::Database& c) { SmsOutboxRepository(c).markRetry(id, 3, when, "短信网关应答 HTTP 503"); });
  }

  std::unique_ptr<db::Database> m_database = testsupport::migratedMemoryDatabase();
};

}  // namespace

TEST_F(SmsOutboxCheckTest, CodesPastTheirTenMinutesAreGivenUpWithTheirDigitsBlanked) {
  const long long stale = enqueue(SmsKind::Code, kTestEpoch - 601, "【十堰市双千办】您的验证码是246810，10分钟内有效。");
  const long long fresh = enqueue(SmsKind::Code, kTestEpoch - 599, "【十堰市双千办】您的验证码是135791，10分钟内有效。");
  const long long notice = enqueue(SmsKind::Notice, kTestEpoch - 3600, "【十堰市双千办】通知");
  retryAt(stale, kTestEpoch + 900);  // waiting out a back-off beyond its lifetime
  retryAt(fresh, kTestEpoch + 900);
  retryAt(notice, kTestEpoch + 900);

  EXPECT_EQ(jobs::checkSmsOutbox(*m_database, kTestEpoch), "过期验证码 1 条已标记为失败；近 24 小时发送失败 1 条");
  const auto m = message(stale);
  EXPECT_EQ(m.status, SmsStatus::Failed);
  EXPECT_EQ(m.lastError, "验证码已过期，未发送");
  EXPECT_EQ(m.attempts, 3);
  EXPECT_EQ(m.text, "【十堰市双千办】您的验证码是******，10分钟内有效。");
  EXPECT_EQ(message(fresh).status, SmsStatus::Pending);
  EXPECT_EQ(message(notice).status, SmsStatus::Pending);  // notices have no lifetime
  EXPECT_EQ(jobs::checkSmsOutbox(*m_database, kTestEpoch), "过期验证码 0 条已标记为失败；近 24 小时发送失败 1 条");
}

TEST_F(SmsOutboxCheckTest, MessagesLongOverdueFailTheRunSoTheAdministratorSeesIt) {
  enqueue(SmsKind::Notice, kTestEpoch - 601, "【十堰市双千办】通知一");  // due 10 min ago, still pending
  enqueue(SmsKind::Notice, kTestEpoch - 300, "【十堰市双千办】通知二");  // due 5 min ago: within grace
  try {
    jobs::checkSmsOutbox(*m_database, kTestEpoch);
    FAIL() << "an overdue message must fail the check";
  } catch (const std::runtime_error& e) {
    EXPECT_EQ(std::string(e.what()),
              "有 1 条短信到期 10 分钟后仍未发出，请检查短信网关是否可用（过期验证码 0 条已标记为失败；近 24 小时发送失败 0 条）");
  }
}

TEST_F(SmsOutboxCheckTest, NoticesHeldForTheQuietHoursAreNotOverdue) {
  // Enqueued at 23:00 CST: due at 07:00, so at 06:59 nothing is overdue.
  enqueue(SmsKind::Notice, kTestEpoch + 14 * 3600, "【十堰市双千办】夜间通知");
  EXPECT_NO_THROW(jobs::checkSmsOutbox(*m_database, kTestEpoch + 21 * 3600 + 59 * 60));
}

TEST_F(SmsOutboxCheckTest, IsRegisteredEveryFiveMinutes) {
  const auto job = jobs::smsOutboxCheckJob();
  EXPECT_EQ(job.name, "sms.outbox_check");
  EXPECT_EQ(job.label, "短信发件箱巡检");
  EXPECT_EQ(jobs::describeSchedule(job.schedule), "每 5 分钟");
}
