// org::EnterpriseService: masking per viewer, edits by the enterprise and its cadre only (every
// field error at once, 409 on another enterprise's USCC, audited with before/after in the same
// transaction), reveals audited, and out-of-scope objects answered as missing.
#include "org/enterprise_service.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <cctype>
#include <set>

#include "base_data_fixture.hpp"
#include "repositories/audit_repository.hpp"

using namespace qinqing::backend;
using qinqing::domain::EnterpriseEdit;
using qinqing::domain::EnterpriseMobileField;
using qinqing::domain::ErrorCode;
using qinqing::domain::Role;

namespace {

class EnterpriseServiceTest : public testsupport::BaseDataTest {
protected:
  org::EnterpriseService service() { return org::EnterpriseService(*m_database, m_clock.clock()); }

  EnterpriseEdit validEdit() const {
    return {testsupport::validUscc("000077"), "湖北省十堰市茅箭区北京路 1 号", "王喆", "13871234567", "李堃",
            "13987654321", "汽车零部件"};
  }

  // The audit log, newest first.
  std::vector<audit::AuditRow> auditLog() {
    return with([](SQLite::Database& c) { return AuditRepository(c).page({.pageSize = 1000}).rows; });
  }

  testsupport::FakeClock m_clock;
};

TEST_F(EnterpriseServiceTest, ListsAreAlwaysMasked) {
  for (const auto& viewer : {cadreUser(), enterpriseUser(), who(Role::SystemAdmin)}) {
    auto page = service().list(viewer, {});
    ASSERT_FALSE(page.items.empty());
    for (const auto& r : page.items) {
      EXPECT_EQ(r.liaisonMobile.find("****"), 3u) << r.liaisonMobile;
      EXPECT_EQ(r.legalRepMobile.find("****"), 3u) << r.legalRepMobile;
    }
  }
  EXPECT_EQ(service().list(cadreUser(), {}).total, 1);
  EXPECT_EQ(service().list(who(Role::Inspector), {}).total, 6);
}

TEST_F(EnterpriseServiceTest, DetailShowsFullNumbersToTheEnterpriseAndItsCadreOnly) {
  EXPECT_EQ(service().get(enterpriseUser(), e1).value().liaisonMobile, "13900000001");
  EXPECT_EQ(service().get(cadreUser(), e1).value().legalRepMobile, "13800000001");
  EXPECT_EQ(service().get(unitAdmin(), e1).value().liaisonMobile, "139****0001");
  EXPECT_EQ(service().get(who(Role::CityDispatcher), e1).value().legalRepMobile, "138****0001");
  auto outside = service().get(cadreUser(), e2);
  ASSERT_FALSE(outside.ok());
  EXPECT_EQ(outside.error().code, ErrorCode::NotFound);
  EXPECT_EQ(outside.error().message, service().get(cadreUser(), 999).error().message);
}

TEST_F(EnterpriseServiceTest, TheCadreSavesAnEditWithAnAuditEntryHoldingBeforeAndAfter) {
  EnterpriseEdit edit = validEdit();
  edit.uscc = " " + edit.uscc.substr(0, 9) + std::string("\xEF\xBC\xA1") /* 全角 Ａ */ + edit.uscc.substr(10);
  for (char& ch : edit.uscc) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  auto saved = service().update(cadreUser(), e1, edit, "10.0.0.8");
  ASSERT_TRUE(saved.ok()) << saved.error().message;
  EXPECT_EQ(saved.value().uscc, validEdit().uscc);  // normalised: spaces, full-width, case
  EXPECT_EQ(saved.value().liaisonMobile, "13987654321");
  EXPECT_EQ(service().get(unitAdmin(), e1).value().legalRep, "王喆");

  auto log = auditLog();
  ASSERT_EQ(log.size(), 1u);
  EXPECT_EQ(log[0].action, "enterprise.updated");
  EXPECT_EQ(log[0].objectType, "enterprise");
  EXPECT_EQ(log[0].objectId, std::to_string(e1));
  EXPECT_EQ(log[0].role, "cadre");
  EXPECT_EQ(log[0].sourceAddress, "10.0.0.8");
  EXPECT_EQ(log[0].result, "ok");
  auto before = nlohmann::json::parse(*log[0].beforeJson);
  auto after = nlohmann::json::parse(*log[0].afterJson);
  EXPECT_EQ(before["legal_rep"], "法人000001");
  EXPECT_EQ(before["liaison_mobile"], "13900000001");
  EXPECT_EQ(after["legal_rep"], "王喆");
  EXPECT_EQ(after["uscc"], validEdit().uscc);
}

TEST_F(EnterpriseServiceTest, TheEnterpriseEditsItselfButNoOtherRecord) {
  EXPECT_TRUE(service().update(enterpriseUser(), e1, validEdit(), "").ok());
  auto other = service().update(enterpriseUser(), e2, validEdit(), "");
  ASSERT_FALSE(other.ok());
  EXPECT_EQ(other.error().code, ErrorCode::NotFound);
  auto notTheirs = service().update(cadreUser(), e4, validEdit(), "");
  EXPECT_EQ(notTheirs.error().code, ErrorCode::NotFound);
  EXPECT_EQ(auditLog().size(), 1u);
}

TEST_F(EnterpriseServiceTest, EveryFieldErrorComesBackAndNothingIsWritten) {
  EnterpriseEdit edit;
  edit.uscc = "123";
  edit.liaisonMobile = "12345";
  edit.intro = std::string(2001, 'x');
  auto result = service().update(cadreUser(), e1, edit, "");
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code, ErrorCode::InvalidInput);
  std::set<std::string> fields;
  for (const auto& f : result.error().fields) fields.insert(f.field);
  EXPECT_EQ(fields, (std::set<std::string>{"uscc", "legal_rep", "liaison", "liaison_mobile", "intro"}));
  EXPECT_TRUE(auditLog().empty());
}

TEST_F(EnterpriseServiceTest, AnotherEnterprisesUsccIsAConflictOnTheField) {
  EnterpriseEdit edit = validEdit();
  edit.uscc = testsupport::validUscc("000004");  // e4's
  auto result = service().update(cadreUser(), e1, edit, "");
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code, ErrorCode::Conflict);
  ASSERT_EQ(result.error().fields.size(), 1u);
  EXPECT_EQ(result.error().fields[0].field, "uscc");
  EXPECT_EQ(result.error().fields[0].message, "该统一社会信用代码已被其他企业使用");
  EXPECT_TRUE(auditLog().empty());
  // Its own code is no conflict.
  edit.uscc = testsupport::validUscc("000001");
  EXPECT_TRUE(service().update(cadreUser(), e1, edit, "").ok());
}

TEST_F(EnterpriseServiceTest, TheInspectorIsRefusedInItsOwnWordsAndTheRefusalAudited) {
  auto result = service().update(who(Role::Inspector), e1, validEdit(), "10.0.0.9");
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code, ErrorCode::Forbidden);
  EXPECT_EQ(result.error().message, "超级巡查员只能查看，不能修改");
  auto log = auditLog();
  ASSERT_EQ(log.size(), 1u);
  EXPECT_EQ(log[0].action, "access.refused");
  EXPECT_EQ(log[0].result, "refused");
  EXPECT_EQ(log[0].objectId, std::to_string(e1));
  EXPECT_EQ(service().get(who(Role::Inspector), e1).value().legalRep, "法人000001");
}

TEST_F(EnterpriseServiceTest, ARevealReturnsTheNumberAndIsAudited) {
  auto value = service().revealMobile(countyAdmin(zhangwanId), e2, EnterpriseMobileField::LegalRepMobile, "10.0.0.7");
  ASSERT_TRUE(value.ok());
  EXPECT_EQ(value.value(), "13800000002");
  EXPECT_EQ(service().revealMobile(countyAdmin(zhangwanId), e2, EnterpriseMobileField::LiaisonMobile, "").value(),
            "13900000002");
  auto log = auditLog();
  ASSERT_EQ(log.size(), 2u);
  EXPECT_EQ(log[1].action, "reveal_mobile");
  EXPECT_EQ(log[1].objectId, std::to_string(e2));
  EXPECT_EQ(log[1].role, "county_admin");
  EXPECT_EQ(nlohmann::json::parse(*log[1].afterJson)["field"], "legal_rep_mobile");
  EXPECT_EQ(nlohmann::json::parse(*log[0].afterJson)["field"], "liaison_mobile");
  // Outside scope: missing, and nothing revealed, nothing logged.
  auto outside = service().revealMobile(countyAdmin(zhangwanId), e1, EnterpriseMobileField::LiaisonMobile, "");
  EXPECT_EQ(outside.error().code, ErrorCode::NotFound);
  EXPECT_EQ(auditLog().size(), 2u);
}

TEST_F(EnterpriseServiceTest, AssignmentHistoryWithinScope) {
  auto history = service().assignments(industryDispatcher(), e1);
  ASSERT_TRUE(history.ok());
  ASSERT_EQ(history.value().size(), 1u);
  EXPECT_EQ(history.value()[0].cadre->name, "张明");
  EXPECT_EQ(service().assignments(industryDispatcher(), e2).error().code, ErrorCode::NotFound);
}

}  // namespace
