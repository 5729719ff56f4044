#include "repositories/sms_outbox_repository.hpp"

#include <gtest/gtest.h>

#include <SQLiteCpp/Transaction.h>

#include <stdexcept>

#include "test_support.hpp"

using namespace qinqing::backend;
using namespace qinqing::backend::sms;
using qinqing::backend::testsupport::kTestEpoch;

namespace {

class SmsOutboxRepositoryTest : public ::testing::Test {
protected:
  std::unique_ptr<db::Database> m_database = testsupport::migratedMemoryDatabase();

  long long enqueue(const NewSms& message, long long now) {
    return m_database->write([&](SQLite::Database& c) {
      SQLite::Transaction tx(c);
      const long long id = SmsOutboxRepository(c).enqueue(message, now);
      tx.commit();
      return id;
    });
  }
  template <typename Fn>
  auto with(Fn&& fn) {
    return m_database->write([&](SQLite::Database& c) { return fn(SmsOutboxRepository(c)); });
  }
};

const NewSms kCode{"13800001111", "【十堰市双千办】您的验证码是004217，10分钟内有效。如非本人操作请忽略。", SmsKind::Code};
const NewSms kNotice{"13900002222", "【十堰市双千办】十堰亲清企业服务信息平台有一条新企业诉求待签收", SmsKind::Notice};
constexpr long long kTenPm = kTestEpoch + 13 * 3600;  // 2026-03-02 22:00 CST
constexpr long long kSevenAm = kTestEpoch + 22 * 3600;  // 2026-03-03 07:00 CST

}  // namespace

TEST_F(SmsOutboxRepositoryTest, EnqueueOnlyInsideTheCausingTransaction) {
  EXPECT_THROW(with([](SmsOutboxRepository o) { return o.enqueue(kCode, kTestEpoch); }), std::logic_error);
  EXPECT_TRUE(with([](SmsOutboxRepository o) { return o.all(); }).empty());
  // Rolled back with its event: nothing is left to send.
  m_database->write([&](SQLite::Database& c) {
    SQLite::Transaction tx(c);
    SmsOutboxRepository(c).enqueue(kNotice, kTestEpoch);
  });
  EXPECT_TRUE(with([](SmsOutboxRepository o) { return o.all(); }).empty());
}

TEST_F(SmsOutboxRepositoryTest, NewMessagesArePendingAndDueByKindAndHour) {
  const long long code = enqueue(kCode, kTenPm);
  const long long notice = enqueue(kNotice, kTenPm);
  auto stored = with([&](SmsOutboxRepository o) { return o.find(notice); });
  ASSERT_TRUE(stored.has_value());
  EXPECT_EQ(stored->status, SmsStatus::Pending);
  EXPECT_EQ(stored->attempts, 0);
  EXPECT_EQ(stored->createdAt, kTenPm);
  EXPECT_EQ(stored->nextAttemptAt, kSevenAm);  // a notice at night waits for the morning
  EXPECT_EQ(with([&](SmsOutboxRepository o) { return o.find(code); })->nextAttemptAt, kTenPm);

  auto dueAtNight = with([&](SmsOutboxRepository o) { return o.due(kTenPm + 60, 10); });
  ASSERT_EQ(dueAtNight.size(), 1u);
  EXPECT_EQ(dueAtNight[0].id, code);
  EXPECT_EQ(with([&](SmsOutboxRepository o) { return o.due(kSevenAm, 10); }).size(), 2u);
  EXPECT_EQ(with([&](SmsOutboxRepository o) { return o.due(kSevenAm, 1); }).size(), 1u);
}

TEST_F(SmsOutboxRepositoryTest, SentCodesLoseTheirDigitsNoticesKeepTheirText) {
  const long long code = enqueue(kCode, kTestEpoch);
  const long long notice = enqueue(kNotice, kTestEpoch);
  with([&](SmsOutboxRepository o) {
    o.markSent(code, 1, kTestEpoch + 2);
    o.markSent(notice, 2, kTestEpoch + 3);
    return 0;
  });
  auto sentCode = with([&](SmsOutboxRepository o) { return o.find(code); });
  EXPECT_EQ(sentCode->status, SmsStatus::Sent);
  EXPECT_EQ(sentCode->sentAt, kTestEpoch + 2);
  EXPECT_EQ(sentCode->attempts, 1);
  EXPECT_EQ(sentCode->text, "【十堰市双千办】您的验证码是******，10分钟内有效。如非本人操作请忽略。");
  EXPECT_EQ(with([&](SmsOutboxRepository o) { return o.find(notice); })->text, kNotice.text);
  EXPECT_TRUE(with([&](SmsOutboxRepository o) { return o.due(kTestEpoch + 3600, 10); }).empty());
}

TEST_F(SmsOutboxRepositoryTest, RetriesMoveTheDueTimeAndFailuresSettle) {
  const long long id = enqueue(kCode, kTestEpoch);
  with([&](SmsOutboxRepository o) {
    o.markRetry(id, 1, kTestEpoch + 30, "HTTP 503");
    return 0;
  });
  auto retried = with([&](SmsOutboxRepository o) { return o.find(id); });
  EXPECT_EQ(retried->status, SmsStatus::Pending);
  EXPECT_EQ(retried->attempts, 1);
  EXPECT_EQ(retried->lastError, "HTTP 503");
  EXPECT_TRUE(with([&](SmsOutboxRepository o) { return o.due(kTestEpoch + 29, 10); }).empty());
  EXPECT_EQ(with([&](SmsOutboxRepository o) { return o.due(kTestEpoch + 30, 10); }).size(), 1u);

  with([&](SmsOutboxRepository o) {
    o.markFailed(id, 2, "号码无效");
    return 0;
  });
  auto failed = with([&](SmsOutboxRepository o) { return o.find(id); });
  EXPECT_EQ(failed->status, SmsStatus::Failed);
  EXPECT_EQ(failed->attempts, 2);
  EXPECT_EQ(failed->lastError, "号码无效");
  EXPECT_EQ(failed->text.find("004217"), std::string::npos);
  EXPECT_TRUE(with([&](SmsOutboxRepository o) { return o.due(kTestEpoch + 86400, 10); }).empty());
}
