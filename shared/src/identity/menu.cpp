#include "qinqing/identity/menu.hpp"

namespace qinqing::domain {
namespace {

// Groups reused by several roles.
MenuGroup profileStaff() {  // §2, §8
  return {"profile", "我的资料", {{"profile.info", "个人信息"}, {"profile.password", "重置密码"}}};
}
MenuGroup documentsRead() {  // §10
  return {"docs", "公告文档", {{"docs.notices", "公告栏"}, {"docs.policies", "政策指南"}}};
}
MenuGroup reportsGroup() {  // §11, §23
  return {"reports",
          "报表统计",
          {{"reports.surveys", "干部测评结果"},
           {"reports.petition_stats", "诉求办理统计表"},
           {"reports.petition_details", "诉求办理明细"},
           {"reports.unit_assessment", "单位考核"}}};  // §5
}
// The inspector (§23) and the city dispatch group open the 驾驶舱 (issue 12) first.
MenuGroup reportsGroupWithOverview() {
  MenuGroup g = reportsGroup();
  g.items.insert(g.items.begin(), {"reports.overview", "驾驶舱"});
  return g;
}
MenuGroup handlingUnitPetitions() {  // §12, §20
  return {"petitions",
          "诉求管理",
          {{"petitions.to_sign", "待处理诉求"},
           {"petitions.submit_result", "提交办理结果"},
           {"petitions.handled", "已处理诉求"}}};
}

std::vector<MenuGroup> buildMenu(Role role) {
  switch (role) {
    case Role::Cadre:  // §1–6
      return {
          {"profile",
           "我的资料",
           {{"profile.info", "个人信息"}, {"profile.password", "重置密码"}, {"profile.enterprises", "包联企业"}}},
          {"petitions", "诉求管理", {{"petitions.review", "待审核诉求"}, {"petitions.handled", "已处理诉求"}}},
          {"docs",
           "公告文档",
           {{"docs.bulletins", "简报投稿"}, {"docs.notices", "公告栏"}, {"docs.policies", "政策指南"}}},
          {"contact", "联系企业", {{"contact.log", "联系记录"}, {"contact.survey_request", "发起满意度测评"}}},
      };
    case Role::UnitAdmin:
    case Role::CountyAdmin: {  // §7–12, §20
      // §2: a cadre moving into the unit (or county) waits for its administrator's confirmation.
      MenuGroup base{"base",
                     "基础数据",
                     {{"base.cadres", "包联干部"}, {"base.enterprises", "包联企业"}, {"base.cadre_transfers", "干部调入确认"}}};
      // §13: the county administrator reviews the 企业入驻申请 of its county.
      if (role == Role::CountyAdmin) base.items.push_back({"admin.applications", "企业入驻申请"});
      return {profileStaff(), base, documentsRead(), reportsGroup(), handlingUnitPetitions()};
    }
    case Role::Enterprise:  // §13–19
      return {
          {"petition_new", "发布诉求", {}},
          {"petition_mine", "我的诉求", {}},
          {"company", "企业信息", {{"company.info", "企业基本信息"}, {"profile.password", "修改密码"}}},
          {"survey", "干部测评", {}},
          {"docs.policies", "政策指南", {}},
          {"docs.notices", "公告栏", {}},
          {"docs.bulletins", "简报投稿", {}},
      };
    case Role::CityDispatcher:
    case Role::IndustryDispatcher: {  // §22: dispatchers route petitions of all or of their group
      MenuGroup petitions{"petitions",
                          "诉求管理",
                          {{"petitions.dispatch", "待分办诉求"},
                           {"petitions.extensions", "延期申请"},
                           {"petitions.appeals", "评价申诉"},
                           {"petitions.dispatched", "已分办诉求"}}};
      // Appeals against a rating go to the city dispatch group only (issue 5).
      if (role == Role::IndustryDispatcher) petitions.items.erase(petitions.items.begin() + 2);
      return {profileStaff(),
              petitions,
              {"base", "基础数据", {{"base.cadres", "包联干部"}, {"base.enterprises", "包联企业"}}},
              documentsRead(),
              role == Role::CityDispatcher ? reportsGroupWithOverview() : reportsGroup()};
    }
    case Role::Inspector:  // §23: read-only over everything
      return {profileStaff(),
              {"inspect",
               "巡查",
               {{"inspect.petitions", "诉求办理进度"},
                {"inspect.overdue", "超期情况"},
                {"inspect.surveys", "测评结果"}}},
              reportsGroupWithOverview(),
              documentsRead()};  // readers of 公告栏 and 政策指南 like every staff role (read-only)
    case Role::SystemAdmin:
      return {profileStaff(),
              {"admin",
               "系统管理",
               {{"admin.accounts", "账号管理"},
                {"admin.org", "组织机构"},
                {"admin.applications", "企业入驻申请"},
                {"admin.import", "包联方案导入"},
                {"admin.calendar", "工作日历"},
                {"admin.assessment", "考核权重"},
                {"admin.sms_log", "短信日志"},
                {"admin.jobs", "定时任务"}}},
              {"base",
               "基础数据",
               {{"base.cadres", "包联干部"}, {"base.enterprises", "包联企业"}, {"base.cadre_transfers", "干部调入确认"}}},
              {"publish",
               "公告文档",
               {{"publish.notices", "公告发布"},
                {"publish.policies", "政策指南发布"},
                {"publish.bulletins", "简报审核"},
                {"publish.survey", "包联成效问卷"}}}};  // §16: questions edited per quarter
    case Role::SecurityAdmin:
      return {profileStaff(),
              {"security",
               "安全管理",
               {{"security.sessions", "在线用户"},
                {"security.lockouts", "账号锁定"},
                {"security.accounts", "重置密码"},
                {"security.policy", "密码策略"}}}};
    case Role::AuditAdmin:
      return {profileStaff(), {"audit", "审计", {{"audit.log", "审计日志"}}}};
  }
  return {};
}

}  // namespace

const std::vector<MenuGroup>& menuForRole(Role role) {
  static const std::vector<std::vector<MenuGroup>> kMenus = [] {
    std::vector<std::vector<MenuGroup>> all;
    for (Role r : kAllRoles) all.push_back(buildMenu(r));
    return all;
  }();
  return kMenus[static_cast<size_t>(role)];
}

bool roleHasMenuItem(Role role, std::string_view key) {
  for (const MenuGroup& g : menuForRole(role)) {
    if (g.items.empty() && g.key == key) return true;
    for (const MenuItem& i : g.items) {
      if (i.key == key) return true;
    }
  }
  return false;
}

}  // namespace qinqing::domain
