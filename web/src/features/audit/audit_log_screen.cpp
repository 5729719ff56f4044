// 审计日志 (审计管理员, 等保 2.0): every login, failed login, lock, write, refusal and number reveal,
// newest first, filtered by account and action, exported as CSV. Read-only: the log cannot be edited.
#include "features/audit/audit_screens.hpp"
#include "app/theme.hpp"
#include "widgets/data_table.hpp"
#include "widgets/form_widgets.hpp"
#include "widgets/probe.hpp"
#include "widgets/time_text.hpp"

namespace qinqing::web {
namespace {

const char* resultText(wire::AuditResult r) {
  switch (r) {
    case wire::AuditResult::Ok: return "成功";
    case wire::AuditResult::Refused: return "拒绝";
    case wire::AuditResult::Failed: return "失败";
  }
  return "";
}

std::string objectText(const wire::AuditRecord& e) {
  static const std::pair<const char*, const char*> kNames[] = {
      {"account", "账号"}, {"session", "会话"}, {"enterprise", "企业"}, {"cadre", "干部"},
      {"calendar_day", "日历日期"}, {"calendar_year", "日历年份"}, {"calendar", "工作日历"}};
  std::string type = e.objectType;
  for (const auto& [key, name] : kNames) {
    if (type == key) type = name;
  }
  return type + (e.objectId.empty() ? "" : " " + e.objectId);
}

std::string changeText(const wire::AuditRecord& e) {
  std::string out;
  if (!e.before.is_null()) out += "前：" + e.before.dump();
  if (!e.after.is_null()) out += (out.empty() ? "" : "  ") + std::string("后：") + e.after.dump();
  return out;
}

}  // namespace

void drawAuditLogScreen(AppState& state, Dispatch& dispatch) {
  AuditLogState& a = state.audit;
  ui::screenTitle("audit.title", "审计日志", "登录、失败登录、锁定、数据修改、越权访问和查看完整号码均记入日志；日志逐条哈希链接，不可修改或删除，保存不少于 180 天。");

  if (ui::secondaryButton("audit.export", a.exporting ? "正在导出…" : "导出 CSV") && !a.exporting) dispatch(ExportAuditLog{});
  if (a.exporting) {
    ImGui::SameLine();
    ui::spinner(ImGui::GetFontSize() * 0.4f);
  }
  if (!a.exportMessage.empty()) {
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(a.exportMessage.c_str());
    probe::item("audit.export_message", a.exportMessage);
  }

  std::vector<ui::TableColumn> columns = {{"", "时间", 1.6f}, {"", "账号", 1.3f}, {"", "来源地址", 1.0f},
                                          {"", "操作", 1.2f}, {"", "对象", 1.0f}, {"", "结果", 0.6f},
                                          {"", "修改内容", 3.0f}};
  ui::TableModel model;
  model.request = &a.request;
  model.searchText = &a.searchText;
  model.total = a.total;
  model.rowCount = static_cast<int>(a.entries.size());
  model.loading = a.loading;
  model.error = a.error;
  model.searchHint = "按账号（登录名或编号）筛选（回车）";
  model.emptyText = a.request.query.empty() ? "日志为空。" : "该账号没有审计记录。";
  bool reload = ui::dataTable("audit", columns, model,
      [&](int row, int col) {
        const auto& e = a.entries[static_cast<size_t>(row)];
        std::string text;
        switch (col) {
          case 0: text = secondText(e.at); break;
          case 1: text = e.accountLabel.empty() ? "（系统）" : e.accountLabel; break;
          case 2: text = e.sourceAddress; break;
          case 3: text = e.actionName.empty() ? e.action : e.actionName; break;
          case 4: text = objectText(e); break;
          case 5: text = resultText(e.result); break;
          case 6: text = changeText(e); break;
        }
        if (col == 5 && e.result != wire::AuditResult::Ok) ImGui::TextColored(theme::kDanger, "%s", text.c_str());
        else ImGui::TextUnformatted(text.c_str());
        if (col == 6 && ImGui::IsItemHovered() && !text.empty()) ImGui::SetTooltip("%s", text.c_str());
        if (col == 3) probe::item("audit.action." + std::to_string(row), text);
      },
      [](int) {});
  if (reload) dispatch(LoadAuditLog{});
}

}  // namespace qinqing::web
