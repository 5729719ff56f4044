// AssignmentImporter over the small organisation of base_data_fixture.hpp: a dry run writes
// nothing, an apply writes cadres, enterprises, accounts waiting for activation with their SMS
// notices, assignments and one audit entry in one transaction, and a file with a bad row — or a
// failure half-way — leaves the database exactly as it was.
#include <gtest/gtest.h>

#include <SQLiteCpp/Statement.h>

#include "base_data_fixture.hpp"
#include "import/assignment_importer.hpp"
#include "qinqing/identity/activation.hpp"

using namespace qinqing::backend;
using namespace qinqing::backend::testsupport;
namespace domain = qinqing::domain;

namespace {

const char* kPlanHeader = "区域,单位,包联干部,职务,干部手机,企业名称,统一社会信用代码,行业组,联络员,联络员手机\n";

struct Counts {
  long long cadres, enterprises, accounts, assignments, sms, audit;
  bool operator==(const Counts&) const = default;
};

class AssignmentImporterTest : public BaseDataTest {
protected:
  // 孙七 (new, 茅箭区经信局) gets a new enterprise; 张明 (on the roster, no account yet) gets
  // 张湾区瑞丰物流有限公司, which had no cadre.
  std::string goodFile() const {
    return std::string(kPlanHeader) + "茅箭区,茅箭区经信局,孙七,科员,13800000101,十堰市新企有限公司," + validUscc("000101") +
           ",经信,钱八,13900000101\n" + "张湾区,十堰市经信局,张明,局长,13907191234,张湾区瑞丰物流有限公司," +
           validUscc("000005") + ",,,\n";
  }

  Counts counts() {
    return with([](SQLite::Database& c) {
      auto n = [&](const char* table) { return c.execAndGet(std::string("SELECT count(*) FROM ") + table).getInt64(); };
      return Counts{n("cadres"), n("enterprises"), n("accounts"), n("cadre_assignments"), n("sms_outbox"), n("audit_log")};
    });
  }

  import::AssignmentImporter importer() { return import::AssignmentImporter(*m_database, FakeClock().clock()); }
  audit::AuditActor actor() const { return audit::AuditActor{1, "sysadmin", "system_admin", "127.0.0.1"}; }
};

}  // namespace

TEST_F(AssignmentImporterTest, ADryRunPlansButWritesNothing) {
  const Counts before = counts();
  auto outcome = importer().check(goodFile());
  ASSERT_TRUE(outcome.plan.clean()) << outcome.plan.problems[0].message;
  EXPECT_EQ(outcome.plan.summary.cadresCreated, 1);
  EXPECT_EQ(outcome.plan.summary.cadresUpdated, 1);  // 张明 becomes 局长
  EXPECT_FALSE(outcome.applied);
  EXPECT_EQ(counts(), before);
}

TEST_F(AssignmentImporterTest, ApplyWritesEverythingInOneTransaction) {
  const Counts before = counts();
  int smsWakes = 0;
  import::AssignmentImporter importer(*m_database, FakeClock().clock(), [&] { ++smsWakes; });
  auto outcome = importer.apply(goodFile(), "茅箭区方案.csv", actor());
  ASSERT_TRUE(outcome.applied);
  const auto& s = outcome.plan.summary;
  EXPECT_EQ(s.enterprisesCreated, 1);
  EXPECT_EQ(s.assigned, 2);
  EXPECT_EQ(s.accountsCreated, 4);  // 孙七, 张明, the new enterprise, 瑞丰物流
  EXPECT_EQ(s.smsNotices, 4);
  EXPECT_EQ(smsWakes, 1);
  EXPECT_EQ(counts(), (Counts{before.cadres + 1, before.enterprises + 1, before.accounts + 4, before.assignments + 2,
                              before.sms + 4, before.audit + 1}));

  with([&](SQLite::Database& c) {
    // The new cadre and their account, waiting for activation with the mobile on record.
    SQLite::Statement cadre(c, "SELECT c.title, c.mobile, a.password_hash, a.mobile, a.unit_id, a.region_id "
                               "FROM cadres c JOIN accounts a ON a.cadre_id = c.id WHERE c.name = '孙七'");
    ASSERT_TRUE(cadre.executeStep());
    EXPECT_EQ(cadre.getColumn(0).getString(), "科员");
    EXPECT_EQ(cadre.getColumn(1).getString(), "13800000101");
    EXPECT_EQ(cadre.getColumn(2).getString(), "");
    EXPECT_EQ(cadre.getColumn(3).getString(), "13800000101");
    EXPECT_EQ(cadre.getColumn(4).getInt64(), maojianUnitId);
    EXPECT_EQ(cadre.getColumn(5).getInt64(), maojianId);
    EXPECT_EQ(c.execAndGet("SELECT title FROM cadres WHERE id = " + std::to_string(zhangMing)).getString(), "局长");

    // The new enterprise, its account and its cadre; 瑞丰物流 assigned to 张明, both noted.
    SQLite::Statement e(c, "SELECT e.region_id, e.industry_group_id, e.liaison, e.liaison_mobile, c.name, a.login_name, "
                           "a.password_hash, a.mobile FROM enterprises e JOIN cadres c ON c.id = e.cadre_id "
                           "JOIN accounts a ON a.enterprise_id = e.id WHERE e.uscc = ?");
    e.bind(1, validUscc("000101"));
    ASSERT_TRUE(e.executeStep());
    EXPECT_EQ(e.getColumn(0).getInt64(), maojianId);
    EXPECT_EQ(e.getColumn(1).getInt64(), industryId);
    EXPECT_EQ(e.getColumn(2).getString(), "钱八");
    EXPECT_EQ(e.getColumn(4).getString(), "孙七");
    EXPECT_EQ(e.getColumn(5).getString(), "十堰市新企有限公司");
    EXPECT_EQ(e.getColumn(6).getString(), "");
    EXPECT_EQ(e.getColumn(7).getString(), "13900000101");
    EXPECT_EQ(c.execAndGet("SELECT cadre_id FROM enterprises WHERE id = " + std::to_string(e5)).getInt64(), zhangMing);
    EXPECT_EQ(c.execAndGet("SELECT count(*) FROM cadre_assignments WHERE note = '包联方案导入' AND assigned_by IS NULL")
                  .getInt64(),
              2);

    // The notices, each to the holder's mobile with the account's login name.
    SQLite::Statement sms(c, "SELECT text, kind FROM sms_outbox WHERE mobile = '13900000101'");
    ASSERT_TRUE(sms.executeStep());
    EXPECT_EQ(sms.getColumn(0).getString(), domain::accountOpenedSms("十堰市新企有限公司"));
    EXPECT_EQ(sms.getColumn(1).getString(), "notice");

    // One audit entry with the file and the counts.
    SQLite::Statement entry(c, "SELECT action, account_label, object_type, object_id, after_json FROM audit_log "
                               "ORDER BY id DESC LIMIT 1");
    ASSERT_TRUE(entry.executeStep());
    EXPECT_EQ(entry.getColumn(0).getString(), "import.assignment_plan");
    EXPECT_EQ(entry.getColumn(1).getString(), "sysadmin");
    EXPECT_EQ(entry.getColumn(2).getString(), "assignment_plan");
    EXPECT_EQ(entry.getColumn(3).getString(), outcome.sha256);
    auto after = nlohmann::json::parse(entry.getColumn(4).getString());
    EXPECT_EQ(after["file_name"], "茅箭区方案.csv");
    EXPECT_EQ(after["accounts_created"], 4);
    EXPECT_EQ(after["cadres_created"], 1);
  });

  // The same file again changes nothing but is still checked and recorded.
  auto again = importer.check(goodFile());
  ASSERT_TRUE(again.plan.clean());
  EXPECT_EQ(again.plan.summary.unchanged, 2);
  EXPECT_EQ(again.plan.summary.accountsCreated, 0);
}

TEST_F(AssignmentImporterTest, AFileWithOneBadRowIsRefusedWhole) {
  const Counts before = counts();
  const std::string file = goodFile() + "茅箭区,茅箭区经信局,周九,,13800000103,十堰市坏码有限公司,91420303MA4000103X,,,\n";
  auto outcome = importer().apply(file, "bad.csv", actor());
  EXPECT_FALSE(outcome.applied);
  ASSERT_EQ(outcome.plan.problems.size(), 1u);
  EXPECT_EQ(outcome.plan.problems[0].row, 4);
  EXPECT_EQ(outcome.plan.problems[0].column, "统一社会信用代码");
  EXPECT_EQ(counts(), before);
}

TEST_F(AssignmentImporterTest, AFailureHalfWayRollsEverythingBack) {
  const Counts before = counts();
  // The cadre is written before the enterprise; the enterprise insert then fails.
  with([](SQLite::Database& c) {
    c.exec("CREATE TEMP TRIGGER refuse_new_enterprise BEFORE INSERT ON enterprises "
           "BEGIN SELECT RAISE(ABORT, 'disk full'); END");
  });
  EXPECT_THROW(importer().apply(goodFile(), "plan.csv", actor()), SQLite::Exception);
  EXPECT_EQ(counts(), before);
}

TEST_F(AssignmentImporterTest, AnUnreadableFileIsOneProblemOfTheFile) {
  auto outcome = importer().check(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8));
  ASSERT_EQ(outcome.plan.problems.size(), 1u);
  EXPECT_EQ(outcome.plan.problems[0].row, 0);
  EXPECT_EQ(outcome.plan.summary.problems, 1);
}

TEST_F(AssignmentImporterTest, ProgressGoesThroughReadingCheckingAndWriting) {
  std::vector<domain::ImportPhase> phases;
  long long lastDone = -1, lastTotal = -1;
  auto outcome = importer().apply(goodFile(), "plan.csv", actor(), [&](domain::ImportPhase phase, long long done, long long total) {
    if (phases.empty() || phases.back() != phase) phases.push_back(phase);
    lastDone = done;
    lastTotal = total;
  });
  ASSERT_TRUE(outcome.applied);
  EXPECT_EQ(phases, (std::vector<domain::ImportPhase>{domain::ImportPhase::Reading, domain::ImportPhase::Checking,
                                                       domain::ImportPhase::Writing}));
  EXPECT_EQ(lastDone, 2);
  EXPECT_EQ(lastTotal, 2);
}
