// The wire types the backend added to shared/wire (health, login reply, audit log, calendar API).
// They build for wasm too; their tests live here until a tests/wire suite exists.
#include <gtest/gtest.h>

#include "qinqing/wire/audit_json.hpp"
#include "qinqing/wire/calendar_api_json.hpp"
#include "qinqing/wire/health_json.hpp"
#include "qinqing/wire/session_json.hpp"

using namespace qinqing;

TEST(HealthJson, RoundTrips) {
  wire::HealthStatus h{"ok", 3, "2026-03-02T09:00:00+08:00"};
  auto back = wire::healthFromJson(wire::healthToJson(h));
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back.value(), h);
  EXPECT_FALSE(wire::healthFromJson(nlohmann::json::object()).ok());
}

TEST(SessionGrantJson, RoundTripsWithProfile) {
  wire::SessionGrant g;
  g.token = "aX8jXw_ZhIm8su7CGR2KjGInPrLkBDtRyKad9LA9UoM";
  g.idleTimeoutSeconds = 1800;
  g.profile.accountId = 7;
  g.profile.role = domain::Role::Cadre;
  g.profile.loginName = "张明";
  g.profile.displayName = "张明";
  g.profile.unit = domain::NamedRef{1, "十堰市经信局"};
  g.profile.mobileMasked = "139****1234";
  auto j = wire::sessionGrantToJson(g);
  EXPECT_EQ(j["idle_timeout_seconds"], 1800);
  auto back = wire::sessionGrantFromJson(j);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back.value(), g);
}

TEST(SessionGrantJson, MissingTokenIsInvalid) {
  EXPECT_FALSE(wire::sessionGrantFromJson({{"profile", nlohmann::json::object()}}).ok());
  EXPECT_FALSE(wire::sessionGrantFromJson({{"token", "x"}}).ok());
}

// [SECTION] audit_json and calendar_api_json (added with the audit log and the calendar API)

TEST(AuditJson, PageRoundTripsWithNullAndObjectSnapshots) {
  wire::AuditRecord a;
  a.id = 2;
  a.at = "2026-03-02T09:00:00+08:00";
  a.accountId = 12;
  a.accountLabel = "sysadmin";
  a.role = "system_admin";
  a.sourceAddress = "127.0.0.1";
  a.action = "calendar.day_changed";
  a.actionName = "修改单日安排";
  a.objectType = "calendar_day";
  a.objectId = "2020-10-09";
  a.before = {{"kind", "workday"}};
  a.after = {{"kind", "holiday"}, {"name", "国庆节"}};
  a.prevHash = std::string(64, 'a');
  a.hash = std::string(64, 'b');
  wire::AuditRecord b;
  b.id = 1;
  b.action = "session.login_failed";
  b.result = wire::AuditResult::Failed;
  wire::AuditPage page{2, 50, 51, {a, b}};
  auto j = wire::auditPageToJson(page);
  EXPECT_TRUE(j["entries"][1]["account_id"].is_null());
  EXPECT_TRUE(j["entries"][1]["before"].is_null());
  EXPECT_EQ(j["entries"][1]["result"], "failed");
  auto back = wire::auditPageFromJson(j);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back.value(), page);
}

TEST(AuditJson, RecordsNeedIdActionAndAKnownResult) {
  EXPECT_FALSE(wire::auditRecordFromJson({{"id", 1}, {"action", "x"}, {"result", "maybe"}}).ok());
  EXPECT_FALSE(wire::auditRecordFromJson({{"action", "x"}, {"result", "ok"}}).ok());
  EXPECT_TRUE(wire::auditRecordFromJson({{"id", 1}, {"action", "x"}, {"result", "refused"}}).ok());
  EXPECT_FALSE(wire::auditPageFromJson(nlohmann::json::array()).ok());
}

TEST(CalendarApiJson, DayEditsDecodeOrReportTheirFields) {
  auto holiday = wire::dayEditFromJson({{"kind", "holiday"}, {"name", "国庆节"}});
  ASSERT_TRUE(holiday.ok());
  EXPECT_EQ(holiday.value(), (wire::DayEdit{wire::DayEditKind::Holiday, "国庆节"}));
  EXPECT_EQ(wire::dayEditFromJson(wire::dayEditToJson(holiday.value())).value(), holiday.value());
  EXPECT_EQ(wire::dayEditFromJson({{"kind", "clear"}}).value().kind, wire::DayEditKind::Clear);
  auto bad = wire::dayEditFromJson({{"kind", "weekend"}, {"name", 3}});
  ASSERT_FALSE(bad.ok());
  ASSERT_EQ(bad.error().fields.size(), 2u);
  EXPECT_EQ(bad.error().fields[0].field, "kind");
  EXPECT_EQ(bad.error().fields[1].field, "name");
}

TEST(CalendarApiJson, ChangeReplyAndOverviewRoundTrip) {
  wire::CalendarChangeReply reply{2020, 4};
  auto j = wire::calendarChangeReplyToJson(reply);
  EXPECT_EQ(j["ok"], true);
  EXPECT_EQ(wire::calendarChangeReplyFromJson(j).value(), reply);
  EXPECT_FALSE(wire::calendarChangeReplyFromJson({{"ok", false}, {"deadlines_moved", 0}}).ok());

  domain::HolidayCalendar calendar;
  auto day = domain::Date::parseIso("2026-10-01").value();
  ASSERT_TRUE(calendar.setYear({2026, {{"国庆节", day, day.plusDays(6)}}, {}}).ok());
  wire::CalendarStatus status{{2027}, true};
  auto overview = wire::calendarOverviewFromJson(wire::calendarOverviewToJson(calendar, status));
  ASSERT_TRUE(overview.ok());
  EXPECT_EQ(overview.value().status, status);
  EXPECT_EQ(overview.value().calendar.arrangement(2026), calendar.arrangement(2026));
}
