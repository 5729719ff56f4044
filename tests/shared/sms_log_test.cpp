#include "qinqing/ops/sms_log.hpp"

#include <gtest/gtest.h>

#include "qinqing/wire/sms_log_json.hpp"

using namespace qinqing;
using domain::SmsLogFilter;

namespace {

std::vector<std::string> fieldsOf(const domain::DomainError& e) {
  std::vector<std::string> out;
  for (const auto& f : e.fields) out.push_back(f.field);
  return out;
}

}  // namespace

TEST(SmsLog, KeysAndChineseLabels) {
  EXPECT_EQ(domain::smsLogStatusKey(domain::SmsLogStatus::Failed), "failed");
  EXPECT_EQ(domain::smsLogStatusFromKey("sent"), domain::SmsLogStatus::Sent);
  EXPECT_FALSE(domain::smsLogStatusFromKey("Sent"));
  EXPECT_EQ(domain::smsLogKindFromKey("code"), domain::SmsLogKind::Code);
  EXPECT_EQ(domain::smsLogStatusLabel(domain::SmsLogStatus::Pending), "待发送");
  EXPECT_EQ(domain::smsLogStatusLabel(domain::SmsLogStatus::Sent), "已发送");
  EXPECT_EQ(domain::smsLogStatusLabel(domain::SmsLogStatus::Failed), "发送失败");
  EXPECT_EQ(domain::smsLogKindLabel(domain::SmsLogKind::Code), "验证码");
  EXPECT_EQ(domain::smsLogKindLabel(domain::SmsLogKind::Notice), "通知");
}

TEST(SmsLog, FilterTakesAMobileSuffixOfDigitsAndAnOrderedDateRange) {
  SmsLogFilter f;
  EXPECT_TRUE(domain::validateSmsLogFilter(f));
  f.mobileSuffix = "1234";
  EXPECT_TRUE(domain::validateSmsLogFilter(f));
  f.mobileSuffix = "13800001234";
  EXPECT_TRUE(domain::validateSmsLogFilter(f));
  f.mobileSuffix = "138000012345";
  EXPECT_EQ(domain::validateSmsLogFilter(f).error().message, "手机尾号应为1至11位数字");
  f.mobileSuffix = "12 4";
  EXPECT_FALSE(domain::validateSmsLogFilter(f));
  f.mobileSuffix.clear();
  f.from = domain::Date::parseIso("2026-03-02").value();
  f.to = f.from;
  EXPECT_TRUE(domain::validateSmsLogFilter(f));
  f.to = domain::Date::parseIso("2026-03-01").value();
  auto bad = domain::validateSmsLogFilter(f);
  ASSERT_FALSE(bad);
  EXPECT_EQ(fieldsOf(bad.error()), (std::vector<std::string>{"to"}));
  EXPECT_EQ(bad.error().message, "结束日期不能早于开始日期");
}

TEST(SmsLogJson, FilterRoundTripsThroughQueryParameters) {
  SmsLogFilter f;
  f.status = domain::SmsLogStatus::Failed;
  f.kind = domain::SmsLogKind::Code;
  f.from = domain::Date::parseIso("2026-03-01").value();
  f.to = domain::Date::parseIso("2026-03-02").value();
  f.mobileSuffix = "1234";
  const auto params = wire::smsLogFilterToParams(f);
  EXPECT_EQ(params.at("status"), "failed");
  EXPECT_EQ(params.at("from"), "2026-03-01");
  auto back = wire::smsLogFilterFromParams(params);
  ASSERT_TRUE(back);
  EXPECT_EQ(back.value(), f);
  EXPECT_TRUE(wire::smsLogFilterToParams(SmsLogFilter{}).empty());
  EXPECT_EQ(wire::smsLogFilterFromParams({{"status", ""}, {"mobile", ""}}).value(), SmsLogFilter{});
}

TEST(SmsLogJson, EveryBadParameterIsNamed) {
  auto bad = wire::smsLogFilterFromParams(
      {{"status", "lost"}, {"kind", "fax"}, {"from", "2026-02-30"}, {"to", "x"}, {"mobile", "abc"}});
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().code, domain::ErrorCode::InvalidInput);
  EXPECT_EQ(fieldsOf(bad.error()), (std::vector<std::string>{"status", "kind", "from", "to", "mobile"}));
  EXPECT_EQ(bad.error().fields[0].message, "未知的发送状态");
  EXPECT_EQ(bad.error().fields[1].message, "未知的短信类型");
}

TEST(SmsLogJson, PageRoundTrips) {
  domain::SmsLogEntry e;
  e.id = 7;
  e.createdAt = "2026-03-02T09:00:00+08:00";
  e.kind = domain::SmsLogKind::Code;
  e.status = domain::SmsLogStatus::Sent;
  e.mobileMasked = "138****1234";
  e.text = "【十堰市双千办】您的验证码是******，10分钟内有效。";
  e.attempts = 2;
  e.sentAt = "2026-03-02T09:00:31+08:00";
  e.gateway = "http";
  e.gatewayMessageId = "m-1";
  e.gatewayStatus = "HTTP 200";
  domain::Page<domain::SmsLogEntry> page;
  page.items = {e};
  page.total = 41;
  page.page = 3;
  page.pageSize = 20;
  const auto j = wire::smsLogPageToJson(page);
  EXPECT_EQ(j["items"][0]["mobile_masked"], "138****1234");
  EXPECT_EQ(j["items"][0]["status"], "sent");
  auto back = wire::smsLogPageFromJson(j);
  ASSERT_TRUE(back);
  EXPECT_EQ(back.value().items, page.items);
  EXPECT_EQ(back.value().total, 41);
  EXPECT_EQ(back.value().page, 3);
  EXPECT_FALSE(wire::smsLogPageFromJson(nlohmann::json::parse(R"({"items":[{"id":1,"kind":"fax","status":"sent"}]})")));
  EXPECT_FALSE(wire::smsLogPageFromJson(nlohmann::json::array()));
}
