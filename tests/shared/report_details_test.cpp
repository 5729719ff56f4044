// 诉求办理明细 and export jobs in shared/report: how a step stands (the counted facts first, then the
// running clock against now), every column's text as the screen and the export show it, every
// column and sort keyed and labelled once, the export job's bar, and the wire round trips.
#include <gtest/gtest.h>

#include <set>

#include "qinqing/report/export_job.hpp"
#include "qinqing/report/petition_details.hpp"
#include "qinqing/wire/report_json.hpp"

namespace d = qinqing::domain;
namespace w = qinqing::wire;
using nlohmann::json;

namespace {

d::Instant at(int y, int m, int day, int h, int min) {
  return d::parseInstant(d::Date::fromCivil(y, m, day).value().toIso() + "T" + (h < 10 ? "0" : "") + std::to_string(h) +
                         ":" + (min < 10 ? "0" : "") + std::to_string(min) + ":00+08:00")
      .value();
}

d::PetitionDetailRow sampleRow() {
  d::PetitionDetailRow r;
  r.id = 7;
  r.number = "SQ202603020007";
  r.title = "=HYPERLINK(\"x\")";  // text as typed; exports neutralise it, the row keeps it
  r.enterprise = "十堰市鑫源汽车零部件有限公司";
  r.region = "茅箭区";
  r.industryGroup = "经信";
  r.cadre = "张明";
  r.handler = "十堰市经信局";
  r.state = d::PetitionState::Closed;
  r.submittedAt = at(2026, 3, 2, 9, 5);
  r.dispatchedAt = at(2026, 3, 2, 10, 0);
  r.signDue = at(2026, 3, 3, 23, 59);
  r.signedAt = at(2026, 3, 4, 8, 30);
  r.signResult = d::StepResult::Late;
  r.finishDue = at(2026, 3, 25, 23, 59);
  r.finishedAt = at(2026, 3, 20, 16, 0);
  r.finishResult = d::StepResult::OnTime;
  r.extensions = 1;
  r.rating = d::Rating::BasicallySatisfied;
  r.ratedAt = at(2026, 3, 21, 9, 0);
  r.rectified = true;
  return r;
}

}  // namespace

TEST(ReportDetails, AStepStandsByItsCountedFactThenByItsClock) {
  const d::Instant due = at(2026, 3, 3, 23, 59);
  const d::Instant before = at(2026, 3, 3, 12, 0);
  const d::Instant after = at(2026, 3, 4, 0, 1);
  EXPECT_EQ(d::stepResultOf(true, false, due, before, after), d::StepResult::OnTime);
  EXPECT_EQ(d::stepResultOf(false, true, due, after, after), d::StepResult::Late);
  EXPECT_EQ(d::stepResultOf(false, false, due, std::nullopt, before), d::StepResult::Running);
  EXPECT_EQ(d::stepResultOf(false, false, due, std::nullopt, after), d::StepResult::Overdue);
  EXPECT_EQ(d::stepResultOf(false, false, std::nullopt, std::nullopt, after), d::StepResult::NotReached);
  // A clock that stopped without being counted (the petition was re-routed) is not this holder's step.
  EXPECT_EQ(d::stepResultOf(false, false, due, before, after), d::StepResult::NotReached);
}

TEST(ReportDetails, EveryColumnReadsAsOnScreen) {
  const d::PetitionDetailRow r = sampleRow();
  EXPECT_EQ(d::detailCellText(r, d::DetailColumn::Number), "SQ202603020007");
  EXPECT_EQ(d::detailCellText(r, d::DetailColumn::State), "已销号");
  EXPECT_EQ(d::detailCellText(r, d::DetailColumn::SubmittedAt), "2026-03-02 09:05");
  EXPECT_EQ(d::detailCellText(r, d::DetailColumn::SignDue), "2026-03-03 23:59");
  EXPECT_EQ(d::detailCellText(r, d::DetailColumn::SignResult), "超时");
  EXPECT_EQ(d::detailCellText(r, d::DetailColumn::FinishResult), "按时");
  EXPECT_EQ(d::detailCellText(r, d::DetailColumn::Extensions), "1");
  EXPECT_EQ(d::detailCellText(r, d::DetailColumn::Rating), "基本满意");
  EXPECT_EQ(d::detailCellText(r, d::DetailColumn::Rectified), "是");
  EXPECT_EQ(d::detailCellText(r, d::DetailColumn::AppealUpheld), "");
  d::PetitionDetailRow fresh;
  EXPECT_EQ(d::detailCellText(fresh, d::DetailColumn::SignedAt), "");
  EXPECT_EQ(d::detailCellText(fresh, d::DetailColumn::SignResult), "—");
  EXPECT_EQ(d::detailCellText(fresh, d::DetailColumn::Rating), "");
}

TEST(ReportDetails, ColumnsAndSortsAreKeyedAndLabelledOnce) {
  std::set<std::string_view> keys, labels;
  for (d::DetailColumn c : d::kAllDetailColumns) {
    EXPECT_TRUE(keys.insert(d::detailColumnKey(c)).second) << d::detailColumnKey(c);
    EXPECT_TRUE(labels.insert(d::detailColumnLabel(c)).second) << d::detailColumnLabel(c);
    EXPECT_GT(d::detailColumnWidth(c), 5.0);
    if (const auto sort = d::detailSortOfColumn(c)) EXPECT_EQ(d::detailSortFromKey(d::detailSortKey(*sort)), sort);
  }
  EXPECT_EQ(keys.size(), d::kAllDetailColumns.size());
  EXPECT_EQ(d::detailSortOfColumn(d::DetailColumn::SignDue), d::DetailSort::SignDue);
  EXPECT_EQ(d::detailSortOfColumn(d::DetailColumn::Title), std::nullopt);
  EXPECT_EQ(d::detailSortFromKey("planet"), std::nullopt);
  for (d::StepResult s : d::kAllStepResults) EXPECT_EQ(d::stepResultFromKey(d::stepResultKey(s)), s);
}

TEST(ReportDetails, TheExportBarSaysHowFarTheJobHasCome) {
  d::ExportJobStatus job;
  EXPECT_EQ(d::exportProgressText(job), "排队中…");
  EXPECT_FLOAT_EQ(d::exportProgressFraction(job), 0.0F);
  job.phase = d::ExportPhase::Writing;
  job.rowsDone = 3200;
  job.rowsTotal = 10000;
  EXPECT_EQ(d::exportProgressText(job), "正在导出 3200 / 10000 行");
  EXPECT_FLOAT_EQ(d::exportProgressFraction(job), 0.32F);
  EXPECT_FALSE(d::exportFinished(job));
  job.phase = d::ExportPhase::Done;
  job.rowsDone = job.rowsTotal;
  EXPECT_EQ(d::exportProgressText(job), "已完成，共 10000 行，可以下载");
  EXPECT_TRUE(d::exportFinished(job));
  job.phase = d::ExportPhase::Failed;
  job.message = "服务器未能写出文件，请稍后重试";
  EXPECT_EQ(d::exportProgressText(job), "导出失败：服务器未能写出文件，请稍后重试");
  for (d::ExportPhase p : d::kAllExportPhases) EXPECT_EQ(d::exportPhaseFromKey(d::exportPhaseKey(p)), p);
}

TEST(ReportDetails, RowsPagesAndJobsRoundTripOnTheWire) {
  d::Page<d::PetitionDetailRow> page;
  page.items = {sampleRow(), d::PetitionDetailRow{}};
  page.items[1].id = 8;
  page.total = 41;
  page.page = 3;
  page.pageSize = 20;
  const json j = w::petitionDetailPageToJson(page);
  EXPECT_EQ(j["items"][0]["sign_due"], "2026-03-03T23:59:00+08:00");
  EXPECT_EQ(j["items"][0]["rating"], "basically_satisfied");
  EXPECT_TRUE(j["items"][1]["rating"].is_null());
  auto back = w::petitionDetailPageFromJson(json::parse(j.dump()));
  ASSERT_TRUE(back.ok()) << back.error().message;
  EXPECT_EQ(back.value().items, page.items);
  EXPECT_EQ(back.value().total, 41);
  EXPECT_EQ(back.value().page, 3);

  json bad = j;
  bad["items"][0]["sign_result"] = "sometimes";
  EXPECT_FALSE(w::petitionDetailPageFromJson(bad).ok());
  bad = j;
  bad["items"][0]["signed_at"] = "yesterday";
  EXPECT_FALSE(w::petitionDetailPageFromJson(bad).ok());

  d::ExportJobStatus job{4, "诉求办理明细_2026-01-01_2026-12-31.xlsx", d::ExportPhase::Writing, 10, 20, 3, ""};
  auto jobBack = w::exportJobFromJson(json::parse(w::exportJobToJson(job).dump()));
  ASSERT_TRUE(jobBack.ok());
  EXPECT_EQ(jobBack.value(), job);
  EXPECT_FALSE(w::exportJobFromJson(json{{"id", 1}, {"phase", "cooking"}}).ok());
}
