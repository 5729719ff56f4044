// 账号管理's rules (qinqing/identity/account_admin.hpp) and wire form (account_admin_json.hpp).
#include <gtest/gtest.h>

#include "qinqing/identity/account_admin.hpp"
#include "qinqing/wire/account_admin_json.hpp"

using namespace qinqing::domain;
namespace wire = qinqing::wire;

TEST(AccountStatus, KeysAndChineseNames) {
  EXPECT_EQ(accountStatusKey(AccountStatus::PendingActivation), "pending_activation");
  EXPECT_EQ(accountStatusName(AccountStatus::Active), "正常");
  EXPECT_EQ(accountStatusName(AccountStatus::PendingActivation), "待激活");
  EXPECT_EQ(accountStatusName(AccountStatus::Locked), "锁定");
  EXPECT_EQ(accountStatusName(AccountStatus::Disabled), "已停用");
  for (AccountStatus s : kAllAccountStatuses) EXPECT_EQ(accountStatusFromKey(accountStatusKey(s)), s);
  EXPECT_EQ(accountStatusFromKey("disabled"), AccountStatus::Disabled);
  EXPECT_FALSE(accountStatusFromKey("deleted").has_value());
}

TEST(AccountHandover, OnlyFixedStaffAccountsChangeHolders) {
  for (Role r : kAllRoles) {
    const bool fixed = r == Role::UnitAdmin || r == Role::CountyAdmin || r == Role::CityDispatcher ||
                       r == Role::IndustryDispatcher || r == Role::Inspector;
    EXPECT_EQ(roleHasNamedHolder(r), fixed) << roleKey(r);
  }
  // 三权分立: the system administrator cannot hand itself the other two administrators' accounts.
  EXPECT_FALSE(roleHasNamedHolder(Role::SecurityAdmin));
  EXPECT_FALSE(roleHasNamedHolder(Role::AuditAdmin));
}

TEST(AccountHandover, ValidFormIsTrimmed) {
  AccountHandover h{" 李晓红　", "13912345678 ", "", "人员调整"};
  EXPECT_TRUE(validateAccountHandover(h).ok());
  EXPECT_EQ(h.holderName, "李晓红");
  EXPECT_EQ(h.mobile, "13912345678");
}

TEST(AccountHandover, EveryProblemAtOnceInChinese) {
  AccountHandover h{"　", "1391234", std::string(51, 'x'), ""};
  auto s = validateAccountHandover(h);
  ASSERT_FALSE(s.ok());
  ASSERT_EQ(s.error().fields.size(), 4u);
  EXPECT_EQ(s.error().fields[0], (FieldError{"holder_name", "请填写新持有人姓名"}));
  EXPECT_EQ(s.error().fields[1], (FieldError{"mobile", "新持有人手机号应为11位手机号码"}));
  EXPECT_EQ(s.error().fields[2], (FieldError{"title", "职务不能超过50个字"}));
  EXPECT_EQ(s.error().fields[3], (FieldError{"reason", "请填写移交原因"}));
  AccountHandover longReason{"李晓红", "13912345678", "", std::string(201, 'x')};
  EXPECT_EQ(validateAccountHandover(longReason).error().fields[0].message, "移交原因不能超过200个字");
}

TEST(AccountAdminJson, DetailRoundTripsWithoutSecrets) {
  AccountDetail d;
  d.summary = {12, Role::CountyAdmin, "茅箭区管理员", "李晓红", NamedRef{2, "茅箭区"}, std::nullopt, std::nullopt,
               "139****5678", AccountStatus::PendingActivation, ""};
  d.title = "双千办专干";
  d.createdAt = "2026-03-02T09:00:00+08:00";
  d.handoverAllowed = true;
  d.holders = {{2, "李晓红", "139****5678", "双千办专干", "2026-03-02T10:00:00+08:00", "", "人员调整", NamedRef{80, "sysadmin"}},
               {1, "王伟", "138****1234", "", "", "2026-03-02T10:00:00+08:00", "", std::nullopt}};
  auto j = wire::accountDetailToJson(d);
  EXPECT_EQ(j["status_name"], "待激活");
  EXPECT_EQ(j["role_name"], "县市区管理员");
  EXPECT_FALSE(j.contains("mobile"));
  auto back = wire::accountDetailFromJson(j);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back.value(), d);
  EXPECT_EQ(wire::accountSummaryFromJson(wire::accountSummaryToJson(d.summary)).value(), d.summary);
  EXPECT_FALSE(wire::accountSummaryFromJson(nlohmann::json{{"id", 1}, {"role", "boss"}, {"status", "active"}}).ok());
}

TEST(AccountAdminJson, HandoverAndFilters) {
  AccountHandover h{"李晓红", "13912345678", "专干", "人员调整"};
  EXPECT_EQ(wire::accountHandoverFromJson(wire::accountHandoverToJson(h)).value(), h);
  EXPECT_EQ(wire::accountHandoverFromJson(nlohmann::json{{"holder_name", 5}}).value().holderName, "");
  EXPECT_FALSE(wire::accountHandoverFromJson(nlohmann::json(3)).ok());

  EXPECT_EQ(wire::accountFilterToQuery({}), "");
  AccountFilter f{Role::UnitAdmin, 3, 7, AccountStatus::Locked};
  EXPECT_EQ(wire::accountFilterToQuery(f), "&role=unit_admin&region_id=3&unit_id=7&status=locked");
}
