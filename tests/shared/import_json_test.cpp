#include <gtest/gtest.h>

#include "qinqing/org/assignment_plan_job.hpp"
#include "qinqing/wire/import_json.hpp"
#include "qinqing/wire/org_json.hpp"

using namespace qinqing;
using nlohmann::json;

namespace {
domain::ImportJobStatus sampleJob() {
  domain::ImportJobStatus job;
  job.id = 3;
  job.mode = domain::ImportMode::Apply;
  job.fileName = "茅箭区包联方案.xlsx";
  job.sha256 = std::string(64, 'a');
  job.phase = domain::ImportPhase::Writing;
  job.rowsDone = 2048;
  job.rowsTotal = 10000;
  job.version = 17;
  job.summary.rows = 10000;
  job.summary.cadresCreated = 120;
  job.summary.smsNotices = 9;
  job.applied = false;
  job.message = "";
  return job;
}
}  // namespace

TEST(ImportJson, JobsAndProblemsRoundTrip) {
  const auto job = sampleJob();
  const json j = wire::importJobToJson(job);
  EXPECT_EQ(j["mode"], "apply");
  EXPECT_EQ(j["phase"], "writing");
  EXPECT_EQ(j["summary"]["cadres_created"], 120);
  EXPECT_EQ(wire::importJobFromJson(j).value(), job);

  domain::PlanProblem problem{12, "统一社会信用代码", "统一社会信用代码校验位不正确"};
  EXPECT_EQ(wire::planProblemFromJson(wire::planProblemToJson(problem)).value(), problem);
  domain::Page<domain::PlanProblem> page{{problem}, 31, 2, 20};
  auto back = wire::pageFromJson<domain::PlanProblem>(wire::pageToJson(page, wire::planProblemToJson),
                                                      wire::planProblemFromJson);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back.value().items.at(0), problem);
  EXPECT_EQ(back.value().total, 31);
}

TEST(ImportJson, MalformedJobsAreRefused) {
  EXPECT_FALSE(wire::importJobFromJson(json::array()).ok());
  json j = wire::importJobToJson(sampleJob());
  j["phase"] = "exploded";
  EXPECT_FALSE(wire::importJobFromJson(j).ok());
  j = wire::importJobToJson(sampleJob());
  j["summary"] = "many";
  EXPECT_FALSE(wire::importJobFromJson(j).ok());
  EXPECT_FALSE(wire::planProblemFromJson(json{{"row", "x"}, {"message", "m"}}).ok());
}

TEST(ImportJob, ProgressMovesForwardThroughThePhases) {
  domain::ImportJobStatus job = sampleJob();
  job.mode = domain::ImportMode::Apply;
  std::vector<float> seen;
  job.phase = domain::ImportPhase::Queued;
  seen.push_back(domain::importProgressFraction(job));
  job.phase = domain::ImportPhase::Reading;
  seen.push_back(domain::importProgressFraction(job));
  for (auto phase : {domain::ImportPhase::Checking, domain::ImportPhase::Writing}) {
    job.phase = phase;
    for (long long done : {0LL, 5000LL, 10000LL}) {
      job.rowsDone = done;
      seen.push_back(domain::importProgressFraction(job));
    }
  }
  job.phase = domain::ImportPhase::Done;
  seen.push_back(domain::importProgressFraction(job));
  for (std::size_t i = 1; i < seen.size(); ++i) EXPECT_LE(seen[i - 1], seen[i]) << i;
  EXPECT_FLOAT_EQ(seen.back(), 1.0f);

  job.phase = domain::ImportPhase::Checking;
  job.rowsDone = 3200;
  EXPECT_EQ(domain::importProgressText(job), "正在检查 3200 / 10000 行");
  job.rowsTotal = 0;  // not known yet: no division by zero
  EXPECT_FLOAT_EQ(domain::importProgressFraction(job), 0.1f);
}

TEST(ImportJob, OnlyAFinishedCheckWithoutProblemsIsClean) {
  domain::ImportJobStatus job;
  job.mode = domain::ImportMode::Check;
  job.phase = domain::ImportPhase::Done;
  EXPECT_TRUE(domain::importCheckIsClean(job));
  job.summary.problems = 1;
  EXPECT_FALSE(domain::importCheckIsClean(job));
  EXPECT_EQ(domain::importProgressText(job), "检查完成，发现 1 处问题");
  job.summary.problems = 0;
  job.phase = domain::ImportPhase::Checking;
  EXPECT_FALSE(domain::importCheckIsClean(job));
  job.phase = domain::ImportPhase::Done;
  job.mode = domain::ImportMode::Apply;
  EXPECT_FALSE(domain::importCheckIsClean(job));
}

TEST(ImportJob, TheSummaryReadsAsOneSentence) {
  domain::PlanSummary s;
  s.rows = 12;
  s.cadresCreated = 2;
  s.enterprisesCreated = 3;
  s.assigned = 3;
  s.reassigned = 1;
  s.accountsCreated = 5;
  s.smsNotices = 2;
  s.unchanged = 8;
  EXPECT_EQ(domain::describePlanSummary(s),
            "共 12 行：新建干部 2 名，新建企业 3 家，首次分配包联干部 3 家，调整包联干部 1 家，"
            "开通待激活账号 5 个（发送开通短信 2 条），无变化 8 行");
  EXPECT_EQ(domain::describePlanSummary(domain::PlanSummary{}), "共 0 行：没有需要写入的内容");
}
