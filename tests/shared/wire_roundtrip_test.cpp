// Round trips of the wire types that had none: decoding what was encoded gives back the value, for
// every value of each enum a field carries (fromJson(toJson(x)) == x), so a field the encoder writes
// and the decoder forgets (or spells differently) fails here rather than in a browser.
#include <gtest/gtest.h>

#include "qinqing/core/result.hpp"
#include "qinqing/identity/role.hpp"
#include "qinqing/wire/audit_json.hpp"
#include "qinqing/wire/calendar_api_json.hpp"
#include "qinqing/wire/error_json.hpp"
#include "qinqing/wire/health_json.hpp"
#include "qinqing/wire/session_json.hpp"
#include "qinqing/wire/sms_log_json.hpp"
#include "qinqing/wire/sms_usage_json.hpp"

namespace {

using namespace qinqing;
using domain::ErrorCode;

TEST(WireRoundTrip, Health) {
  wire::HealthStatus health{"ok", 27, "2026-12-03T09:30:00+08:00"};
  EXPECT_EQ(wire::healthFromJson(wire::healthToJson(health)).value(), health);
}

TEST(WireRoundTrip, ErrorOfEveryCodeWithItsFields) {
  for (ErrorCode code : {ErrorCode::InvalidInput, ErrorCode::NotFound, ErrorCode::Unauthenticated,
                         ErrorCode::Forbidden, ErrorCode::Conflict, ErrorCode::InvalidTransition,
                         ErrorCode::BadCredentials, ErrorCode::AccountLocked, ErrorCode::AccountNotActivated,
                         ErrorCode::AccountDisabled, ErrorCode::TooManyRequests, ErrorCode::PayloadTooLarge,
                         ErrorCode::MethodNotAllowed, ErrorCode::PasswordChangeRequired, ErrorCode::RequestIdReused,
                         ErrorCode::ServiceBusy, ErrorCode::Internal}) {
    domain::DomainError error{code, "办理结果不能为空", {{"result", "请填写办理结果"}, {"unit_id", "请选择承办单位"}}};
    domain::DomainError back = wire::errorFromJson(wire::errorToJson(error));
    EXPECT_EQ(back.code, code) << wire::errorCodeName(code);
    EXPECT_EQ(back.message, error.message);
    ASSERT_EQ(back.fields.size(), 2u);
    EXPECT_EQ(back.fields[0].field, "result");
    EXPECT_EQ(back.fields[1].message, "请选择承办单位");
  }
}

TEST(WireRoundTrip, DayEditOfEveryKind) {
  for (wire::DayEdit edit : {wire::DayEdit{wire::DayEditKind::Holiday, "元旦"}, wire::DayEdit{wire::DayEditKind::Workday, ""},
                             wire::DayEdit{wire::DayEditKind::Clear, ""}}) {
    EXPECT_EQ(wire::dayEditFromJson(wire::dayEditToJson(edit)).value(), edit);
  }
}

TEST(WireRoundTrip, CalendarChangeReply) {
  wire::CalendarChangeReply reply{2027, 13};
  EXPECT_EQ(wire::calendarChangeReplyFromJson(wire::calendarChangeReplyToJson(reply)).value(), reply);
}

TEST(WireRoundTrip, SessionGrantOfEveryRole) {
  for (domain::Role role : domain::kAllRoles) {
    domain::AccountProfile profile;
    profile.accountId = 42;
    profile.role = role;
    profile.loginName = "张𠀀明";
    profile.displayName = "张𠀀明";
    profile.region = domain::NamedRef{2, "茅箭区"};
    profile.unit = domain::NamedRef{7, "市经信局"};
    profile.enterprise = domain::NamedRef{9, "十堰市东风零部件有限公司"};
    profile.industryGroup = domain::NamedRef{3, "工业组"};
    profile.title = "科长";
    profile.email = "zhang@example.cn";
    profile.mobileMasked = "138****1234";
    profile.mobileBound = true;
    profile.mustChangePassword = true;
    profile.lastLoginAt = "2026-12-02T08:01:02+08:00";
    profile.pendingUnit = domain::NamedRef{8, "市商务局"};
    wire::SessionGrant grant{"opaque-token", 1800, profile};
    EXPECT_EQ(wire::sessionGrantFromJson(wire::sessionGrantToJson(grant)).value(), grant);
  }
}

TEST(WireRoundTrip, SmsLogEntryOfEveryKindAndStatus) {
  for (auto kind : {domain::SmsLogKind::Code, domain::SmsLogKind::Notice}) {
    for (auto status : {domain::SmsLogStatus::Pending, domain::SmsLogStatus::Sent, domain::SmsLogStatus::Failed}) {
      domain::SmsLogEntry entry{7, "2026-03-02T09:00:00+08:00", kind, status, "138****1234",
                                "【十堰市双千办】您的验证码是******", 2, "2026-03-02T09:05:00+08:00",
                                "2026-03-02T09:00:01+08:00", "HTTP 503", "http", "m-42", "HTTP 200"};
      EXPECT_EQ(wire::smsLogEntryFromJson(wire::smsLogEntryToJson(entry)).value(), entry);
      domain::Page<domain::SmsLogEntry> page{{entry, entry}, 41, 3, 20};
      auto back = wire::smsLogPageFromJson(wire::smsLogPageToJson(page)).value();
      EXPECT_EQ(back.items, page.items);
      EXPECT_EQ(back.total, 41);
      EXPECT_EQ(back.page, 3);
      EXPECT_EQ(back.pageSize, 20);
    }
  }
}

TEST(WireRoundTrip, SmsUsageReport) {
  wire::SmsUsageRow byRecipient{"2026-11-09", "138****1234", 1, 5, 6, 4, 1, 0};
  wire::SmsUsageRow byDay{"2026-11-10", "", 17, 40, 44, 38, 1, 1};
  EXPECT_EQ(wire::smsUsageRowFromJson(wire::smsUsageRowToJson(byRecipient)).value(), byRecipient);
  wire::SmsUsageReport report{{{byRecipient, byDay}, 2, 1, 20}, 45, 50};
  auto back = wire::smsUsageReportFromJson(wire::smsUsageReportToJson(report)).value();
  EXPECT_EQ(back.page.items, report.page.items);
  EXPECT_EQ(back.page.total, 2);
  EXPECT_EQ(back.totalCount, 45);
  EXPECT_EQ(back.totalBillingUnits, 50);
}

TEST(WireRoundTrip, AuditPageOfEveryResult) {
  wire::AuditPage page{2, 20, 23, {}};
  for (auto result : {wire::AuditResult::Ok, wire::AuditResult::Refused, wire::AuditResult::Failed}) {
    wire::AuditRecord record;
    record.id = static_cast<long long>(page.entries.size()) + 1;
    record.at = "2026-12-03T10:00:00+08:00";
    record.accountId = 5;
    record.accountLabel = "系统管理员";
    record.role = "system_admin";
    record.sourceAddress = "10.0.0.8";
    record.action = "account.disable";
    record.actionName = "停用账号";
    record.objectType = "account";
    record.objectId = "17";
    record.result = result;
    record.before = {{"status", "active"}};
    record.after = {{"status", "disabled"}};
    record.prevHash = "ab12";
    record.hash = "cd34";
    EXPECT_EQ(wire::auditRecordFromJson(wire::auditRecordToJson(record)).value(), record);
    page.entries.push_back(record);
  }
  wire::AuditRecord systemEntry;  // the system acts without an account and without a "before"
  systemEntry.id = 9;
  systemEntry.action = "calendar.load";
  page.entries.push_back(systemEntry);
  EXPECT_EQ(wire::auditPageFromJson(wire::auditPageToJson(page)).value(), page);
}

}  // namespace

TEST(WireParseObject, RefusesAByteOrderMarkAndKeysGivenTwice) {
  EXPECT_TRUE(wire::parseObject(R"({"a":1,"b":{"a":2}})"));  // the same key in another object is fine
  auto bom = wire::parseObject("\xEF\xBB\xBF{\"a\":1}");
  ASSERT_FALSE(bom);
  EXPECT_EQ(bom.error().code, ErrorCode::InvalidInput);
  EXPECT_NE(bom.error().message.find("BOM"), std::string::npos);
  auto twice = wire::parseObject(R"({"role":"enterprise","role":"system_admin"})");
  ASSERT_FALSE(twice);
  EXPECT_EQ(twice.error().code, ErrorCode::InvalidInput);
  EXPECT_FALSE(wire::parseObject(R"({"a":{"x":1,"x":2}})"));
  EXPECT_FALSE(wire::parseObject(R"([{"x":1}])"));
}
