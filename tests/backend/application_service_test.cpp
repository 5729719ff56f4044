// org::ApplicationService and ApplicationRepository (企业入驻申请, §13): duplicates refused, the
// reviewer's scope, approval in one transaction (enterprise, 待激活 account, cadre assignment,
// SMS, audit), stale decisions answered with conflict.
#include "org/application_service.hpp"

#include <gtest/gtest.h>

#include "base_data_fixture.hpp"
#include "qinqing/identity/activation.hpp"
#include "repositories/audit_repository.hpp"
#include "repositories/sms_outbox_repository.hpp"

using namespace qinqing::backend;
using qinqing::domain::ApplicationForm;
using qinqing::domain::ApplicationStatus;
using qinqing::domain::ErrorCode;
using qinqing::domain::Role;

namespace {

class ApplicationServiceTest : public testsupport::BaseDataTest {
protected:
  void SetUp() override {
    BaseDataTest::SetUp();
    // Reviewers are real accounts (reviewed_by and assigned_by reference them).
    reviewerId = with([](SQLite::Database& c) {
      NewAccount a;
      a.role = Role::SystemAdmin;
      a.loginName = "sysadmin";
      a.passwordHash = "x";
      return AccountRepository(c).insert(a);
    });
  }

  org::ApplicationService service() {
    return org::ApplicationService(*m_database, m_clock.clock(), [this] { ++wakes; });
  }

  ApplicationForm form(const std::string& name = "茅箭区新申请汽车配件有限公司", const std::string& code = "000101") {
    ApplicationForm f;
    f.name = name;
    f.uscc = testsupport::validUscc(code);
    f.regionId = maojianId;
    f.industryGroupId = industryId;
    f.legalRep = "王五";
    f.liaison = "赵六";
    f.liaisonMobile = "13912345678";
    return f;
  }

  qinqing::backend::auth::AuthContext admin() const {
    auto a = who(Role::SystemAdmin);
    a.accountId = reviewerId;
    return a;
  }
  qinqing::backend::auth::AuthContext county(long long regionId) const {
    auto a = countyAdmin(regionId);
    a.accountId = reviewerId;
    return a;
  }

  long long submitted(const ApplicationForm& f) {
    auto a = service().submit(f, "10.0.0.8");
    EXPECT_TRUE(a.ok()) << (a.ok() ? "" : a.error().message);
    return a.ok() ? a.value().id : 0;
  }

  std::vector<sms::OutboxMessage> outbox() {
    return with([](SQLite::Database& c) { return SmsOutboxRepository(c).all(); });
  }

  testsupport::FakeClock m_clock;
  long long reviewerId = 0;
  int wakes = 0;
};

TEST_F(ApplicationServiceTest, SubmittingStoresAPendingApplicationWithItsNumber) {
  auto a = service().submit(form(), "10.0.0.8");
  ASSERT_TRUE(a.ok()) << a.error().message;
  EXPECT_EQ(a.value().number, "SQ20260302000001");
  EXPECT_EQ(a.value().status, ApplicationStatus::Pending);
  EXPECT_EQ(a.value().region.name, "茅箭区");
  EXPECT_EQ(a.value().liaisonMobile, "139****5678");  // the applicant's view is masked
  auto log = with([](SQLite::Database& c) { return AuditRepository(c).page({.pageSize = 10}).rows; });
  ASSERT_FALSE(log.empty());
  EXPECT_EQ(log[0].action, "application.submitted");
  EXPECT_EQ(log[0].sourceAddress, "10.0.0.8");
  EXPECT_FALSE(log[0].accountId.has_value());
}

TEST_F(ApplicationServiceTest, UrbanApplicationsNeedAnIndustryGroupAndChoicesMustExist) {
  auto f = form();
  f.industryGroupId.reset();
  auto missing = service().submit(f, "");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().fields[0].field, "industry_group_id");
  f.industryGroupId = 999;
  EXPECT_EQ(service().submit(f, "").error().fields[0].field, "industry_group_id");
  f.regionId = 999;
  f.industryGroupId = industryId;
  EXPECT_EQ(service().submit(f, "").error().fields[0], (qinqing::domain::FieldError{"region_id", "请选择所在区域"}));
}

TEST_F(ApplicationServiceTest, DuplicatesOfEnterprisesAndPendingApplicationsAreRefused) {
  // e1's USCC and name are registered.
  auto registered = service().submit(form("十堰市鑫源汽车零部件有限公司", "000001"), "");
  ASSERT_FALSE(registered.ok());
  EXPECT_EQ(registered.error().code, ErrorCode::Conflict);
  ASSERT_EQ(registered.error().fields.size(), 2u);
  EXPECT_EQ(registered.error().fields[0].field, "uscc");
  EXPECT_EQ(registered.error().fields[0].message, std::string(qinqing::domain::kUsccRegistered));
  EXPECT_EQ(registered.error().fields[1].message, std::string(qinqing::domain::kNameRegistered));

  submitted(form());
  auto sameUscc = service().submit(form("另一个名称有限公司"), "");
  ASSERT_FALSE(sameUscc.ok());
  EXPECT_EQ(sameUscc.error().fields, (std::vector<qinqing::domain::FieldError>{
                                         {"uscc", std::string(qinqing::domain::kUsccPending)}}));
  auto sameName = service().submit(form("茅箭区新申请汽车配件有限公司", "000102"), "");
  ASSERT_FALSE(sameName.ok());
  EXPECT_EQ(sameName.error().fields[0].message, std::string(qinqing::domain::kNamePending));
}

TEST_F(ApplicationServiceTest, ARejectedApplicantSeesTheReasonAndMayApplyAgain) {
  const long long id = submitted(form());
  auto rejected = service().reject(admin(), id, {"  统一社会信用代码与执照不符 "}, "");
  ASSERT_TRUE(rejected.ok()) << rejected.error().message;
  EXPECT_EQ(rejected.value().status, ApplicationStatus::Rejected);
  EXPECT_EQ(rejected.value().reviewer, "sysadmin");

  auto seen = service().lookup({rejected.value().number, testsupport::validUscc("000101")});
  ASSERT_TRUE(seen.ok());
  EXPECT_EQ(seen.value().rejectReason, "统一社会信用代码与执照不符");
  EXPECT_EQ(seen.value().reviewer, "");  // the applicant is not told who
  EXPECT_EQ(service().lookup({rejected.value().number, testsupport::validUscc("000102")}).error().code,
            ErrorCode::NotFound);

  // The liaison is told by SMS; a second application with the same USCC is now allowed.
  ASSERT_EQ(outbox().size(), 1u);
  EXPECT_EQ(outbox()[0].mobile, "13912345678");
  EXPECT_EQ(wakes, 1);
  auto again = service().submit(form(), "");
  ASSERT_TRUE(again.ok()) << again.error().message;
  EXPECT_EQ(again.value().number, "SQ20260302000002");
}

TEST_F(ApplicationServiceTest, ApprovalCreatesEnterpriseAccountAssignmentSmsAndAuditTogether) {
  const long long id = submitted(form());
  auto approved = service().approve(admin(), id, {wangFang}, "10.0.0.9");
  ASSERT_TRUE(approved.ok()) << approved.error().message;
  const auto& a = approved.value();
  EXPECT_EQ(a.status, ApplicationStatus::Approved);
  ASSERT_TRUE(a.enterprise && a.cadre);
  EXPECT_EQ(a.cadre->name, "王芳");

  with([&](SQLite::Database& c) {
    auto record = EnterpriseRepository(c).find(a.enterprise->id, {"1", {}});
    ASSERT_TRUE(record);
    EXPECT_EQ(record->name, "茅箭区新申请汽车配件有限公司");
    EXPECT_EQ(record->cadre->id, wangFang);
    EXPECT_EQ(record->industryGroup->id, industryId);
    EXPECT_EQ(EnterpriseRepository(c).assignments(a.enterprise->id).size(), 1u);
    auto login = AccountRepository(c).findForLogin(Role::Enterprise, "茅箭区新申请汽车配件有限公司", std::nullopt);
    ASSERT_TRUE(login);
    EXPECT_EQ(login->passwordHash, "");  // 待激活
    EXPECT_EQ(AccountRepository(c).securityState(login->accountId)->boundMobile, "13912345678");
  });
  auto sms = outbox();
  ASSERT_EQ(sms.size(), 2u);
  EXPECT_EQ(sms[0].mobile, "13912345678");
  EXPECT_EQ(sms[0].text, qinqing::domain::accountOpenedSms("茅箭区新申请汽车配件有限公司"));
  EXPECT_EQ(sms[1].mobile, "13607191111");  // 王芳
  EXPECT_EQ(sms[1].text, qinqing::domain::cadreAssignedSms("茅箭区新申请汽车配件有限公司"));
  auto log = with([](SQLite::Database& c) { return AuditRepository(c).page({.pageSize = 10}).rows; });
  EXPECT_EQ(log[0].action, "application.approved");
  EXPECT_EQ(log[0].accountId, reviewerId);

  // Stale: the second decision on the same application.
  EXPECT_EQ(service().approve(admin(), id, {wangFang}, "").error().code, ErrorCode::Conflict);
  EXPECT_EQ(service().reject(admin(), id, {"晚了"}, "").error().code, ErrorCode::Conflict);
  // And the registered enterprise now blocks new applications.
  EXPECT_EQ(service().submit(form(), "").error().code, ErrorCode::Conflict);
}

TEST_F(ApplicationServiceTest, CountyAdministratorsReviewTheirCountyWithTheirCadres) {
  const long long maojian = submitted(form());
  auto zf = form("张湾区新申请物流有限公司", "000103");
  zf.regionId = zhangwanId;
  const long long zhangwan = submitted(zf);

  auto list = service().list(county(maojianId), {});
  ASSERT_EQ(list.total, 1);
  EXPECT_EQ(list.items[0].id, maojian);
  EXPECT_EQ(service().list(admin(), {}).total, 2);
  EXPECT_EQ(service().list(unitAdmin(), {}).total, 0);
  EXPECT_EQ(service().get(county(maojianId), zhangwan).error().code, ErrorCode::NotFound);
  EXPECT_EQ(service().approve(county(maojianId), zhangwan, {wangFang}, "").error().code, ErrorCode::NotFound);
  EXPECT_EQ(service().reject(county(maojianId), zhangwan, {"不是本区"}, "").error().code, ErrorCode::NotFound);

  // 李伟 serves in 张湾区: not a cadre the 茅箭区 administrator may assign.
  auto foreign = service().approve(county(maojianId), maojian, {liWei}, "");
  ASSERT_FALSE(foreign.ok());
  EXPECT_EQ(foreign.error().fields[0].field, "cadre_id");
  EXPECT_TRUE(outbox().empty());  // nothing written
  EXPECT_TRUE(service().approve(county(maojianId), maojian, {wangFang}, "").ok());
}

TEST_F(ApplicationServiceTest, TheListFiltersSearchesAndSorts) {
  submitted(form("甲公司", "000111"));
  const long long b = submitted(form("乙公司", "000112"));
  submitted(form("丙公司", "000113"));
  ASSERT_TRUE(service().reject(admin(), b, {"理由"}, "").ok());

  ApplicationListQuery pending;
  pending.status = ApplicationStatus::Pending;
  EXPECT_EQ(service().list(admin(), pending).total, 2);
  ApplicationListQuery search;
  search.page.query = "乙";
  auto found = service().list(admin(), search);
  ASSERT_EQ(found.total, 1);
  EXPECT_EQ(found.items[0].name, "乙公司");
  search.page.query = "SQ20260302000003";
  EXPECT_EQ(service().list(admin(), search).items.at(0).name, "丙公司");
  ApplicationListQuery newest;
  EXPECT_EQ(service().list(admin(), newest).items.at(0).name, "丙公司");  // default: newest first
  ApplicationListQuery byName;
  byName.page.sort = "name";
  auto sorted = service().list(admin(), byName);
  EXPECT_EQ(sorted.items.at(0).name, "丙公司");  // code point order: 丙 U+4E19 < 乙 U+4E59 < 甲 U+7532
  EXPECT_EQ(sorted.items.at(2).name, "甲公司");
}

}  // namespace
