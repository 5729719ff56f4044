#include "demo/demo_data.hpp"

#include <gtest/gtest.h>

#include <SQLiteCpp/Statement.h>


#include "qinqing/validation/file_type.hpp"
#include "qinqing/validation/uscc.hpp"
#include "repositories/account_repository.hpp"
#include "test_support.hpp"

using namespace qinqing::backend;
using qinqing::domain::Role;

namespace {

class DemoDataTest : public ::testing::Test {
protected:
  static void SetUpTestSuite() {
    s_hasher = new auth::PasswordHasher(auth::PasswordHasher::minimumCost());
    s_database = testsupport::migratedMemoryDatabase().release();
    s_summary = s_database->write(
        [](SQLite::Database& c) { return demo::seedDemoData(c, *s_hasher, testsupport::kTestEpoch); });
  }
  static void TearDownTestSuite() {
    delete s_database;
    delete s_hasher;
  }
  template <typename Fn>
  auto with(Fn&& fn) {
    return s_database->write(std::forward<Fn>(fn));
  }
  static long long count(SQLite::Database& c, const std::string& sql) { return c.execAndGet(sql).getInt64(); }

  static inline auth::PasswordHasher* s_hasher = nullptr;
  static inline db::Database* s_database = nullptr;
  static inline demo::DemoSummary s_summary;
};

TEST_F(DemoDataTest, HasTheRealRegionsAndTheSixIndustryGroups) {
  EXPECT_EQ(s_summary.regions, 11);
  EXPECT_EQ(s_summary.industryGroups, 6);
  with([](SQLite::Database& c) {
    EXPECT_EQ(count(c, "SELECT count(*) FROM regions WHERE kind = 'county'"), 8);
    EXPECT_EQ(count(c, "SELECT count(*) FROM regions WHERE kind = 'zone'"), 2);
    EXPECT_EQ(count(c, "SELECT count(*) FROM regions WHERE name IN ('十堰经济技术开发区', '武当山旅游经济特区')"), 2);
    EXPECT_EQ(count(c, "SELECT count(*) FROM industry_groups WHERE name IN ('经信','住建','商务','交通','农业','文旅')"), 6);
    EXPECT_EQ(count(c, "SELECT count(*) FROM industry_groups WHERE unit_id IS NULL"), 0);
  });
}

TEST_F(DemoDataTest, HasAboutThirtyUnitsAHundredCadresAndFiveHundredEnterprises) {
  EXPECT_GE(s_summary.units, 28);
  EXPECT_LE(s_summary.units, 32);
  EXPECT_EQ(s_summary.cadres, 100);
  EXPECT_EQ(s_summary.enterprises, 500);
  with([](SQLite::Database& c) {
    EXPECT_EQ(count(c, "SELECT count(*) FROM units u WHERE NOT EXISTS (SELECT 1 FROM cadres c WHERE c.unit_id = u.id)"), 0);
    EXPECT_EQ(count(c, "SELECT count(*) FROM cadres WHERE name IN ('王喆', '李堃', '陈镕', '林𠀀')"), 4);
  });
}

TEST_F(DemoDataTest, EveryEnterpriseHasAValidUsccAndExactlyOneCadre) {
  with([](SQLite::Database& c) {
    SQLite::Statement codes(c, "SELECT uscc FROM enterprises");
    int n = 0;
    while (codes.executeStep()) {
      EXPECT_TRUE(qinqing::domain::isValidUscc(codes.getColumn(0).getString())) << codes.getColumn(0).getString();
      ++n;
    }
    EXPECT_EQ(n, 500);
    EXPECT_EQ(count(c, "SELECT count(*) FROM enterprises WHERE cadre_id IS NULL"), 0);
    EXPECT_EQ(count(c, "SELECT count(DISTINCT enterprise_id) FROM cadre_assignments"), 500);
  });
}

TEST_F(DemoDataTest, FixedDemoAccountsExistWithTheirRoles) {
  struct Expected {
    Role role;
    const char* login;
  };
  const Expected fixed[] = {
      {Role::Enterprise, "十堰市鑫源汽车零部件有限公司"}, {Role::UnitAdmin, "十堰市经信局管理员"},
      {Role::CountyAdmin, "茅箭区管理员"},              {Role::CityDispatcher, "双千分办员"},
      {Role::IndustryDispatcher, "经信组分办员"},       {Role::Inspector, "巡查员01"},
      {Role::SystemAdmin, "sysadmin"},                  {Role::SecurityAdmin, "secadmin"},
      {Role::AuditAdmin, "auditadmin"},
  };
  with([&](SQLite::Database& c) {
    AccountRepository accounts(c);
    for (const auto& e : fixed) {
      auto found = accounts.findForLogin(e.role, e.login, std::nullopt);
      ASSERT_TRUE(found.has_value()) << e.login;
      EXPECT_TRUE(s_hasher->verify(found->passwordHash, demo::kDemoPassword)) << e.login;
      auto profile = accounts.loadProfile(found->accountId);
      EXPECT_FALSE(profile->mustChangePasswordFlag) << e.login;
      EXPECT_TRUE(profile->profile.mobileBound) << e.login;
    }
    const long long jxj = count(c, "SELECT id FROM units WHERE name = '十堰市经信局'");
    auto zhangMing = accounts.findForLogin(Role::Cadre, "张明", jxj);
    ASSERT_TRUE(zhangMing.has_value());
    EXPECT_EQ(accounts.loadProfile(zhangMing->accountId)->profile.region->name, "十堰市");
  });
}

TEST_F(DemoDataTest, EveryRoleHasAnAccount) {
  with([](SQLite::Database& c) {
    for (Role r : qinqing::domain::kAllRoles) {
      EXPECT_GT(count(c, "SELECT count(*) FROM accounts WHERE role = '" + std::string(qinqing::domain::roleKey(r)) + "'"), 0)
          << qinqing::domain::roleKey(r);
    }
  });
}

TEST_F(DemoDataTest, TheDemoEnterpriseIsServedByZhangMing) {
  with([](SQLite::Database& c) {
    EXPECT_EQ(c.execAndGet("SELECT c.name FROM enterprises e JOIN cadres c ON c.id = e.cadre_id "
                           "WHERE e.name = '十堰市鑫源汽车零部件有限公司'")
                  .getString(),
              "张明");
  });
}

TEST_F(DemoDataTest, SeedingRefusesANonEmptyDatabase) {
  with([](SQLite::Database& c) {
    EXPECT_TRUE(demo::databaseHasData(c));
    EXPECT_THROW(demo::seedDemoData(c, *s_hasher, testsupport::kTestEpoch), std::runtime_error);
    EXPECT_EQ(count(c, "SELECT count(*) FROM enterprises"), 500);
  });
}

TEST_F(DemoDataTest, SeedingIsDeterministic) {
  auto other = testsupport::migratedMemoryDatabase();
  other->write([](SQLite::Database& c) { return demo::seedDemoData(c, *s_hasher, testsupport::kTestEpoch); });
  auto names = [](db::Database& d) {
    return d.write([](SQLite::Database& c) {
      return c.execAndGet("SELECT group_concat(name || uscc, ',') FROM (SELECT name, uscc FROM enterprises ORDER BY id)")
          .getString();
    });
  };
  EXPECT_EQ(names(*s_database), names(*other));
}

}  // namespace

namespace {

// Issue 11: the living content a newcomer sees.
TEST_F(DemoDataTest, HoldsAnnouncementsPoliciesBulletinsStatusContactsAndSurveys) {
  with([](SQLite::Database& c) {
    EXPECT_EQ(count(c, "SELECT count(*) FROM announcements WHERE state = 'published'"), 12);
    EXPECT_EQ(count(c, "SELECT count(*) FROM announcements WHERE state = 'draft'"), 1);
    EXPECT_EQ(count(c, "SELECT count(*) FROM policy_guides WHERE state = 'published'"), 20);
    EXPECT_EQ(count(c, "SELECT count(DISTINCT industry_group_id) FROM policy_guide_industries"), 6);
    EXPECT_EQ(count(c, "SELECT count(DISTINCT status) FROM bulletins"), 4);
    EXPECT_EQ(count(c, "SELECT count(DISTINCT kind) FROM bulletins"), 2);
    EXPECT_EQ(count(c, "SELECT count(DISTINCT month) FROM operating_reports"), 3);
    EXPECT_GT(count(c, "SELECT count(*) FROM operating_reports"), 1300);
    EXPECT_GT(count(c, "SELECT count(*) FROM contact_logs"), 500);
    EXPECT_EQ(count(c, "SELECT count(*) FROM survey_questionnaires"), 1);
    EXPECT_GT(count(c, "SELECT count(*) FROM survey_answers"), 200);
    EXPECT_EQ(count(c, "SELECT count(*) FROM survey_duty_scores"), 4 * count(c, "SELECT count(*) FROM survey_answers"));
    EXPECT_EQ(count(c, "SELECT count(*) FROM sms_outbox WHERE text LIKE '%新公告%'"), 0);  // the demo texts nobody
  });
}

// With a file store the demo's policy guides and announcements carry PDF attachments: real files in
// the store, each one a PDF by the same content check uploads pass, listed on published content only.
TEST(DemoFiles, PoliciesAndAnnouncementsGetPdfFilesInTheStore) {
  auth::PasswordHasher hasher(auth::PasswordHasher::minimumCost());
  testsupport::TempDir dir;
  const petition::AttachmentStore store(dir.path() / "attachments");
  auto database = testsupport::migratedMemoryDatabase();
  const auto summary =
      database->write([&](SQLite::Database& c) { return demo::seedDemoData(c, hasher, testsupport::kTestEpoch, &store); });
  EXPECT_EQ(summary.files, 14);  // 8 guides' 政策原文, 3 announcements × (text + 回执表)
  database->write([&](SQLite::Database& c) {
    for (const char* sql : {"SELECT a.file_name, a.sha256, a.size, p.state FROM policy_guide_attachments a "
                            "JOIN policy_guides p ON p.id = a.policy_id",
                            "SELECT a.file_name, a.sha256, a.size, n.state FROM announcement_attachments a "
                            "JOIN announcements n ON n.id = a.announcement_id"}) {
      SQLite::Statement s(c, sql);
      int rows = 0;
      while (s.executeStep()) {
        ++rows;
        const std::string name = s.getColumn(0).getString();
        auto bytes = store.get(s.getColumn(1).getString());
        ASSERT_TRUE(bytes) << name;
        EXPECT_EQ(static_cast<long long>(bytes->size()), s.getColumn(2).getInt64()) << name;
        auto type = qinqing::domain::checkAttachment(name, *bytes);
        ASSERT_TRUE(type) << name;
        EXPECT_EQ(type.value(), qinqing::domain::FileType::Pdf) << name;
        EXPECT_EQ(s.getColumn(3).getString(), "published") << name;
      }
      EXPECT_GT(rows, 0) << sql;
    }
  });
}

TEST_F(DemoDataTest, WithoutAFileStoreTheContentHasNoFiles) {
  EXPECT_EQ(s_summary.files, 0);
  with([](SQLite::Database& c) {
    EXPECT_EQ(count(c, "SELECT count(*) FROM policy_guide_attachments"), 0);
    EXPECT_EQ(count(c, "SELECT count(*) FROM announcement_attachments"), 0);
  });
}

}  // namespace
