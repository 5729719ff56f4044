// 短信日志 — 用量 over HTTP: texts per day and recipient with their billing units (70 characters
// each, the shared rule), per-day totals, masked numbers, filters, and who may read it.
#include <gtest/gtest.h>

#include "base_data_client.hpp"
#include "demo_accounts.hpp"
#include "qinqing/ops/sms_billing.hpp"

using namespace qinqing::backend::testsupport;
using qinqing::domain::Role;
using Status = httplib::StatusCode;
using nlohmann::json;

TEST(SmsUsageApi, CountsTextsAndBillingUnitsPerDayAndRecipient) {
  TestServer server({.clock = FakeClock()});  // 2026-03-02
  ApiClient admin{server, loginAs(server, Role::SystemAdmin)};
  auto created = admin.post("/api/publish/announcements",
                            json{{"title", "关于做好2026年春季安全生产工作的通知"}, {"body", "各企业：请落实安全生产主体责任。"},
                                 {"roles", {"enterprise"}}});
  ASSERT_EQ(status(created), Status::Created_201);
  auto published = bodyJson(admin.post("/api/publish/announcements/" + std::to_string(bodyJson(created)["id"].get<long long>()) +
                                            "/publish",
                                        json::object()));
  const int queued = published["sms_queued"];
  ASSERT_GT(queued, 0);

  auto db = openReadOnly(server);
  const long long all = selectCount(db, "SELECT count(*) FROM sms_outbox");
  auto perDay = bodyJson(admin.get("/api/sms/usage?group=day&from=2026-03-02&to=2026-03-02"));
  ASSERT_EQ(perDay["total"], 1);
  EXPECT_EQ(perDay["items"][0]["day"], "2026-03-02");
  EXPECT_EQ(perDay["items"][0]["count"], all);
  EXPECT_EQ(perDay["totals"]["count"], all);
  EXPECT_GE(perDay["totals"]["billing_units"].get<long long>(), all);

  auto perRecipient = bodyJson(admin.get("/api/sms/usage?from=2026-03-02&to=2026-03-02&page_size=5"));
  EXPECT_GE(perRecipient["total"].get<long long>(), queued);
  ASSERT_EQ(perRecipient["items"].size(), 5u);
  for (const auto& row : perRecipient["items"]) {
    EXPECT_TRUE(ApiClient::isMasked(row["mobile_masked"].get<std::string>())) << row.dump();
    EXPECT_EQ(row["recipients"], 1);
  }
  // One enterprise's number: its one text and its units by the shared rule.
  SQLite::Statement one(db, "SELECT mobile, text FROM sms_outbox WHERE text LIKE '%平台发布了新公告%' ORDER BY id LIMIT 1");
  ASSERT_TRUE(one.executeStep());
  const std::string mobile = one.getColumn(0).getString();
  auto mine = bodyJson(admin.get("/api/sms/usage?mobile=" + mobile.substr(3)));
  ASSERT_EQ(mine["total"], 1);
  EXPECT_EQ(mine["items"][0]["billing_units"], qinqing::domain::smsBillingUnits(one.getColumn(1).getString()) *
                                                  mine["items"][0]["count"].get<int>());
  EXPECT_EQ(status(admin.get("/api/sms/usage?from=2026-03-05&to=2026-03-01")), Status::BadRequest_400);
  EXPECT_EQ(status(admin.get("/api/sms/usage?group=week")), Status::BadRequest_400);
  EXPECT_EQ(bodyJson(admin.get("/api/sms/usage?from=2026-02-01&to=2026-02-28"))["total"], 0);
  for (Role role : {Role::Inspector, Role::SecurityAdmin, Role::AuditAdmin, Role::CityDispatcher}) {
    EXPECT_EQ(status(ApiClient{server, loginAs(server, role)}.get("/api/sms/usage")), Status::Forbidden_403);
  }
}
