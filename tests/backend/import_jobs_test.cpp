// ImportJobs: uploads become jobs run by one worker; progress is followed by long polling; an apply
// needs a clean check of the same bytes; problems come back in pages.
#include <gtest/gtest.h>

#include "base_data_fixture.hpp"
#include "import/import_jobs.hpp"

using namespace qinqing::backend;
using namespace qinqing::backend::testsupport;
namespace domain = qinqing::domain;
using domain::ImportMode;
using domain::ImportPhase;

namespace {

const char* kJobPlanHeader = "区域,单位,包联干部,职务,干部手机,企业名称,统一社会信用代码,行业组\n";

class ImportJobsTest : public BaseDataTest {
protected:
  std::string cleanFile() const {
    return std::string(kJobPlanHeader) + "茅箭区,茅箭区经信局,孙七,科员,13800000101,十堰市新企有限公司," + validUscc("000101") + ",经信\n";
  }
  // Two rows with problems: a bad mobile and an unknown region.
  std::string badFile() const {
    return std::string(kJobPlanHeader) + "茅箭区,茅箭区经信局,孙七,科员,138,十堰市新企有限公司," + validUscc("000101") + ",经信\n" +
           "火星区,茅箭区经信局,周八,,13800000102,十堰市二企有限公司," + validUscc("000102") + ",\n";
  }

  // Follows the job by long polling until it ends; records the phases it was seen in.
  domain::ImportJobStatus finish(import::ImportJobs& jobs, const domain::ImportJobStatus& started,
                                 std::vector<ImportPhase>* seen = nullptr) {
    domain::ImportJobStatus job = started;
    for (int i = 0; i < 200 && !domain::importFinished(job); ++i) {
      auto next = jobs.status(job.id, job.version, std::chrono::milliseconds(500));
      EXPECT_TRUE(next.has_value());
      if (!next) break;
      EXPECT_GE(next->version, job.version);
      job = *next;
      if (seen && (seen->empty() || seen->back() != job.phase)) seen->push_back(job.phase);
    }
    return job;
  }

  audit::AuditActor actor() const { return audit::AuditActor{1, "sysadmin", "system_admin", "127.0.0.1"}; }
};

}  // namespace

TEST_F(ImportJobsTest, ACleanCheckOpensTheApplyOfTheSameBytesOnce) {
  import::ImportJobs jobs(*m_database, FakeClock().clock(), [] {});
  auto refused = jobs.submit(ImportMode::Apply, "plan.csv", cleanFile(), actor());
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, domain::ErrorCode::Conflict);

  auto check = jobs.submit(ImportMode::Check, "plan.csv", cleanFile(), actor());
  ASSERT_TRUE(check.ok());
  EXPECT_EQ(check.value().phase, ImportPhase::Queued);
  auto checked = finish(jobs, check.value());
  EXPECT_EQ(checked.phase, ImportPhase::Done);
  EXPECT_TRUE(domain::importCheckIsClean(checked));
  EXPECT_EQ(checked.summary.cadresCreated, 1);

  // Another file (one byte more) is not covered by that check.
  EXPECT_EQ(jobs.submit(ImportMode::Apply, "plan.csv", cleanFile() + "\n", actor()).error().code,
            domain::ErrorCode::Conflict);

  auto apply = jobs.submit(ImportMode::Apply, "plan.csv", cleanFile(), actor());
  ASSERT_TRUE(apply.ok());
  std::vector<ImportPhase> phases;
  auto applied = finish(jobs, apply.value(), &phases);
  EXPECT_EQ(applied.phase, ImportPhase::Done);
  EXPECT_TRUE(applied.applied);
  EXPECT_EQ(applied.rowsDone, applied.rowsTotal);
  EXPECT_NE(applied.message.find("导入完成"), std::string::npos);
  EXPECT_EQ(phases.back(), ImportPhase::Done);
  EXPECT_EQ(with([](SQLite::Database& c) { return c.execAndGet("SELECT count(*) FROM cadres WHERE name = '孙七'").getInt(); }), 1);

  // The check was used up.
  EXPECT_EQ(jobs.submit(ImportMode::Apply, "plan.csv", cleanFile(), actor()).error().code, domain::ErrorCode::Conflict);
}

TEST_F(ImportJobsTest, ProblemsArePagedFilteredAndSorted) {
  import::ImportJobs jobs(*m_database, FakeClock().clock(), [] {});
  auto job = finish(jobs, jobs.submit(ImportMode::Check, "bad.csv", badFile(), actor()).value());
  EXPECT_FALSE(domain::importCheckIsClean(job));
  EXPECT_EQ(job.summary.problems, 2);
  EXPECT_NE(job.message.find("文件有 2 处问题"), std::string::npos);

  domain::PageRequest request;
  request.pageSize = 1;
  auto first = jobs.problems(job.id, request);
  ASSERT_TRUE(first);
  EXPECT_EQ(first->total, 2);
  ASSERT_EQ(first->items.size(), 1u);
  EXPECT_EQ(first->items[0].row, 2);
  EXPECT_EQ(first->items[0].column, "干部手机");
  request.page = 9;  // past the end: the last page
  EXPECT_EQ(jobs.problems(job.id, request)->page, 2);

  domain::PageRequest filtered;
  filtered.query = "火星区";
  auto hit = jobs.problems(job.id, filtered);
  ASSERT_EQ(hit->items.size(), 1u);
  EXPECT_EQ(hit->items[0].row, 3);

  domain::PageRequest sorted;
  sorted.sort = "column";  // 区域 sorts before 干部手机 by code point
  EXPECT_EQ(jobs.problems(job.id, sorted)->items[0].column, "区域");
  sorted.descending = true;
  EXPECT_EQ(jobs.problems(job.id, sorted)->items[0].column, "干部手机");

  EXPECT_FALSE(jobs.problems(job.id + 100, request).has_value());
  EXPECT_FALSE(jobs.status(job.id + 100).has_value());
}

TEST_F(ImportJobsTest, AnEmptyUploadIsRefusedAndOldJobsAreForgotten) {
  import::ImportJobs::Options options;
  options.keepFinished = 2;
  import::ImportJobs jobs(*m_database, FakeClock().clock(), [] {}, options);
  auto empty = jobs.submit(ImportMode::Check, "x.csv", "", actor());
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(empty.error().fields.at(0).field, "file");

  std::vector<long long> ids;
  for (int i = 0; i < 3; ++i) ids.push_back(finish(jobs, jobs.submit(ImportMode::Check, "bad.csv", badFile(), actor()).value()).id);
  EXPECT_FALSE(jobs.status(ids[0]).has_value());
  EXPECT_TRUE(jobs.status(ids[2]).has_value());
}
