// Round trips of the 经营状况 and 联系记录 wire mappings, and their decoders' refusals.
#include <gtest/gtest.h>

#include "qinqing/wire/contact_log_json.hpp"
#include "qinqing/wire/operating_status_json.hpp"

namespace d = qinqing::domain;
namespace w = qinqing::wire;
using nlohmann::json;

namespace {

w::OperatingStatusView sampleReport() {
  w::OperatingStatusView v;
  v.report = {d::YearMonth{2026, 10}, d::OperatingState::PartlyStopped, 123456, 98050, 120, "订单下降"};
  v.enteredAt = "2026-11-03T09:00:00+08:00";
  v.enteredBy = "张明";
  v.enteredRole = "cadre";
  return v;
}

}  // namespace

TEST(OperatingStatusJson, ReportRoundTripsWithAmountsAsDecimalText) {
  const auto v = sampleReport();
  auto j = w::operatingStatusToJson(v);
  EXPECT_EQ(j["output_value"], "1234.56");
  EXPECT_EQ(j["revenue"], "980.5");
  EXPECT_EQ(j["state_name"], "部分停产");
  EXPECT_EQ(j["month_label"], "2026年10月");
  auto back = w::operatingStatusFromJson(j);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back.value(), v);
}

TEST(OperatingStatusJson, OverviewRoundTrips) {
  w::OperatingStatusOverview o;
  o.enterprise = {7, "十堰市鑫源汽车零部件有限公司"};
  o.reports = {sampleReport()};
  o.owedMonths = {{2026, 8}, {2026, 9}, {2026, 10}};
  o.missingMonths = {{2026, 8}};
  auto back = w::operatingOverviewFromJson(w::operatingOverviewToJson(o));
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back.value(), o);
}

TEST(OperatingStatusJson, MonthHistoryRoundTripsWithAndWithoutACurrentVersion) {
  w::OperatingStatusView older = sampleReport();
  older.supersededAt = "2026-11-04T10:00:00+08:00";
  w::OperatingMonthHistory m{sampleReport(), {sampleReport(), older}};
  auto back = w::operatingMonthFromJson(w::operatingMonthToJson(m));
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back.value(), m);
  w::OperatingMonthHistory empty;
  EXPECT_TRUE(w::operatingMonthToJson(empty)["current"].is_null());
  auto none = w::operatingMonthFromJson(w::operatingMonthToJson(empty));
  ASSERT_TRUE(none.ok());
  EXPECT_EQ(none.value(), empty);
  EXPECT_FALSE(w::operatingMonthFromJson(json{{"current", nullptr}}).ok());
}

TEST(OperatingStatusJson, FormTakesNumbersAsTheirTextAndRefusesUnknownStates) {
  auto form = w::operatingStatusFormFromJson(json{{"state", "normal"}, {"output_value", 1200}, {"revenue", "98.5"},
                                                  {"employees", 30}},
                                             "2026-10");
  ASSERT_TRUE(form.ok());
  EXPECT_EQ(form.value().month, "2026-10");
  EXPECT_EQ(form.value().outputValue, "1200");
  EXPECT_EQ(form.value().employees, "30");
  EXPECT_EQ(form.value().state, d::OperatingState::Normal);
  auto bad = w::operatingStatusFormFromJson(json{{"state", "bankrupt"}}, "2026-10");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().fields.at(0).field, "state");
  EXPECT_FALSE(w::operatingStatusFromJson(json{{"month", "2026-13"}}).ok());
}

TEST(ContactLogJson, ContactRoundTrips) {
  w::ContactView c;
  c.id = 3;
  c.entry = {d::Date::fromCivil(2026, 11, 3).value(), d::ContactWay::WeChat, "了解订单情况", "下周走访"};
  c.enterprise = {7, "十堰市鑫源汽车零部件有限公司"};
  c.cadre = {2, "张明"};
  c.createdAt = "2026-11-03T10:00:00+08:00";
  auto j = w::contactToJson(c);
  EXPECT_EQ(j["way_name"], "微信");
  auto back = w::contactFromJson(j);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back.value(), c);
}

TEST(ContactLogJson, BadDateAndWayAreBothReported) {
  auto bad = w::contactEntryFromJson(json{{"date", "11/03"}, {"way", "letter"}, {"summary", "x"}});
  ASSERT_FALSE(bad.ok());
  ASSERT_EQ(bad.error().fields.size(), 2u);
  EXPECT_EQ(bad.error().fields[0].field, "date");
  EXPECT_EQ(bad.error().fields[1].field, "way");
}
