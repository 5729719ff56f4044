// SmsOutboxRepository::page, the query behind 短信日志, and the delivery status it keeps.
#include <gtest/gtest.h>

#include <SQLiteCpp/Transaction.h>

#include "repositories/sms_outbox_repository.hpp"
#include "test_support.hpp"

using namespace qinqing::backend;
using namespace qinqing::backend::sms;
using qinqing::backend::testsupport::kTestEpoch;
namespace domain = qinqing::domain;

namespace {

class SmsOutboxLogTest : public ::testing::Test {
protected:
  long long enqueue(const std::string& mobile, SmsKind kind, long long at) {
    return m_database->write([&](SQLite::Database& c) {
      SQLite::Transaction tx(c);
      const long long id = SmsOutboxRepository(c).enqueue({mobile, "【十堰市双千办】测试", kind}, at);
      tx.commit();
      return id;
    });
  }
  std::vector<long long> ids(SmsLogQuery query) {
    auto rows = m_database->read([&](SQLite::Database& c) { return SmsOutboxRepository(c).page(query); });
    std::vector<long long> out;
    for (const auto& m : rows.rows) out.push_back(m.id);
    return out;
  }
  long long total(SmsLogQuery query) {
    return m_database->read([&](SQLite::Database& c) { return SmsOutboxRepository(c).page(query).total; });
  }

  std::unique_ptr<db::Database> m_database = testsupport::migratedMemoryDatabase();
};

}  // namespace

TEST_F(SmsOutboxLogTest, FiltersCombineAndPagesCountTheWholeMatch) {
  const long long a = enqueue("13800001234", SmsKind::Code, kTestEpoch);
  const long long b = enqueue("13900001234", SmsKind::Notice, kTestEpoch + 1);
  const long long c = enqueue("13700005678", SmsKind::Notice, kTestEpoch + 2);
  m_database->write([&](SQLite::Database& db) { SmsOutboxRepository(db).markSent(b, 1, kTestEpoch + 5, {"http", "m-1", "HTTP 200"}); });

  SmsLogQuery all;
  EXPECT_EQ(ids(all), (std::vector<long long>{c, b, a}));
  all.oldestFirst = true;
  EXPECT_EQ(ids(all), (std::vector<long long>{a, b, c}));

  SmsLogQuery paged;
  paged.pageSize = 2;
  paged.page = 2;
  EXPECT_EQ(ids(paged), (std::vector<long long>{a}));
  EXPECT_EQ(total(paged), 3);

  SmsLogQuery suffix;
  suffix.filter.mobileSuffix = "1234";
  EXPECT_EQ(ids(suffix), (std::vector<long long>{b, a}));
  suffix.filter.kind = domain::SmsLogKind::Notice;
  EXPECT_EQ(ids(suffix), (std::vector<long long>{b}));
  suffix.filter.status = domain::SmsLogStatus::Pending;
  EXPECT_EQ(total(suffix), 0);

  SmsLogQuery day;
  day.filter.from = domain::Date::parseIso("2026-03-03").value();
  EXPECT_EQ(total(day), 0);
  day.filter.from = domain::Date::parseIso("2026-03-02").value();
  day.filter.to = domain::Date::parseIso("2026-03-02").value();
  EXPECT_EQ(total(day), 3);
}

TEST_F(SmsOutboxLogTest, KeepsTheGatewaysReportOfEachAttempt) {
  const long long id = enqueue("13800001234", SmsKind::Notice, kTestEpoch);
  m_database->write([&](SQLite::Database& db) {
    SmsOutboxRepository(db).markRetry(id, 1, kTestEpoch + 30, "短信网关 10 秒内未应答", {"http", "", "超时"});
  });
  auto m = *m_database->read([&](SQLite::Database& db) { return SmsOutboxRepository(db).find(id); });
  EXPECT_EQ(m.gateway, "http");
  EXPECT_EQ(m.gatewayStatus, "超时");
  m_database->write([&](SQLite::Database& db) {
    SmsOutboxRepository(db).markSent(id, 2, kTestEpoch + 31, {"http", "m-77", "HTTP 200 已受理"});
  });
  m = *m_database->read([&](SQLite::Database& db) { return SmsOutboxRepository(db).find(id); });
  EXPECT_EQ(m.gatewayMessageId, "m-77");
  EXPECT_EQ(m.gatewayStatus, "HTTP 200 已受理");
  EXPECT_EQ(m.lastError, "");
}
