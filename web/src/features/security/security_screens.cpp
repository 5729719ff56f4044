// 安全管理 (安全管理员, 等保 2.0 三权分立): 在线用户 with 强制下线, 账号锁定 with 解锁, and the
// password policy the platform enforces (the same shared rules every form and the server apply).
#include "features/security/security_screens.hpp"
#include "app/theme.hpp"
#include "widgets/data_table.hpp"
#include "widgets/form_widgets.hpp"
#include "widgets/probe.hpp"
#include "widgets/time_text.hpp"

namespace qinqing::web {
namespace {

void message(AppState& state) {
  if (state.security.message.empty()) return;
  ImGui::TextColored(theme::kSuccess, "%s", state.security.message.c_str());
  probe::item("security.message", state.security.message);
}

}  // namespace

void drawSessionsScreen(AppState& state, Dispatch& dispatch) {
  SecurityState& s = state.security;
  ui::screenTitle("sessions.title", "在线用户", "安全管理 / 在线用户：会话空闲 30 分钟或登录满 12 小时自动结束。");
  message(state);
  std::vector<ui::TableColumn> columns = {{"", "账号", 2.0f}, {"", "用户类型", 1.2f}, {"", "登录时间", 1.4f},
                                          {"", "最近活动", 1.4f}, {"", "来源地址", 1.0f}, {"", "操作", 0.8f}};
  ui::TableModel model;
  model.request = &s.request;
  model.searchText = &s.searchText;
  model.total = s.sessions.total;
  model.rowCount = static_cast<int>(s.sessions.sessions.size());
  model.loading = s.loading;
  model.error = s.error;
  model.searchable = false;  // sessions are few and listed by latest activity
  model.emptyText = "目前没有在线用户。";
  const auto& rows = s.sessions.sessions;
  bool reload = ui::dataTable("sessions", columns, model,
      [&](int row, int col) {
        const auto& r = rows[static_cast<size_t>(row)];
        switch (col) {
          case 0: ImGui::TextUnformatted(r.loginName.c_str()); probe::item("sessions.login." + std::to_string(row), r.loginName); break;
          case 1: ImGui::TextUnformatted(std::string(domain::roleDisplayName(r.role)).c_str()); break;
          case 2: ImGui::TextUnformatted(secondText(r.createdAt).c_str()); break;
          case 3: ImGui::TextUnformatted(secondText(r.lastSeenAt).c_str()); break;
          case 4: ImGui::TextUnformatted(r.address.c_str()); break;
          case 5:
            if (ImGui::SmallButton(("强制下线##" + r.id).c_str())) dispatch(EndSession{r.id});
            probe::item("sessions.end." + std::to_string(row), "强制下线");
            break;
        }
      },
      [](int) {});
  if (reload) dispatch(LoadSessions{});
}

void drawLockedAccountsScreen(AppState& state, Dispatch& dispatch) {
  SecurityState& s = state.security;
  ui::screenTitle("locked.title", "账号锁定", "安全管理 / 账号锁定：15 分钟内连续 5 次密码错误的账号锁定 30 分钟，本人也可凭绑定手机的短信验证码解锁。");
  message(state);
  if (ui::secondaryButton("locked.refresh", "刷新")) dispatch(LoadLockedAccounts{});
  if (s.lockedLoading) {
    ImGui::SameLine();
    ui::spinner(ImGui::GetFontSize() * 0.4f);
  }
  if (!s.lockedError.empty()) ui::errorText("locked.error", s.lockedError);
  if (s.locked.empty() && !s.lockedLoading) {
    ui::emptyState("locked.empty", "目前没有被锁定的账号。");
    return;
  }
  if (ImGui::BeginTable("locked", 5, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter | ImGuiTableFlags_SizingStretchProp)) {
    for (const char* h : {"账号", "用户类型", "锁定至", "失败次数", "操作"}) ImGui::TableSetupColumn(h);
    ImGui::TableHeadersRow();
    int row = 0;
    for (const auto& a : s.locked) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(a.loginName.c_str());
      probe::item("locked.login." + std::to_string(row), a.loginName);
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(std::string(domain::roleDisplayName(a.role)).c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(secondText(a.lockedUntil).c_str());
      ImGui::TableNextColumn();
      ImGui::Text("%d", a.failedCount);
      ImGui::TableNextColumn();
      if (ImGui::SmallButton(("解锁##" + std::to_string(a.accountId)).c_str())) dispatch(UnlockAccount{a.accountId});
      probe::item("locked.unlock." + std::to_string(row), "解锁");
      ++row;
    }
    ImGui::EndTable();
  }
}

void drawPasswordPolicyScreen(AppState& state, Dispatch&) {
  ui::screenTitle("policy.title", "密码策略", "安全管理 / 密码策略：以下规则由平台统一执行，网页表单与服务端使用同一套校验。");
  const float labelW = 220 * state.dpr;
  ui::detailRow("policy.length", "最短长度", "8 个字符", labelW);
  ui::detailRow("policy.classes", "字符种类", "大写字母、小写字母、数字、符号中至少 3 类", labelW);
  ui::detailRow("policy.login_name", "与账号相同", "不允许", labelW);
  ui::detailRow("policy.history", "重复使用", "不能与最近 5 次使用的密码相同", labelW);
  ui::detailRow("policy.staff_age", "干部及管理员", "每 " + std::to_string(domain::passwordMaxAgeDays(domain::Role::Cadre)) + " 天须修改一次", labelW);
  ui::detailRow("policy.enterprise_age", "企业", "每 " + std::to_string(domain::passwordMaxAgeDays(domain::Role::Enterprise)) + " 天须修改一次", labelW);
  ui::detailRow("policy.lockout", "登录失败", "15 分钟内 5 次失败锁定 30 分钟", labelW);
  ui::detailRow("policy.session", "会话", "空闲 30 分钟或登录满 12 小时后须重新登录", labelW);
  ui::detailRow("policy.hash", "存储方式", "Argon2id 加盐哈希，明文不落盘", labelW);
}

}  // namespace qinqing::web
