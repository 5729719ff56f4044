// 短信日志 → 用量统计 (issue 11 "SMS that people can bear"): how many texts went out per day and per
// number, or per day, and what they cost in billing units (70 characters each, domain::smsBillingUnits
// on the server). Reminders go out as one digest per recipient a day, so a number with many texts on
// one day stands out here.
#include "app/theme.hpp"
#include "features/operations/operations_screens.hpp"
#include "widgets/data_table.hpp"
#include "widgets/form_widgets.hpp"
#include "widgets/probe.hpp"

namespace qinqing::web {
namespace {

bool drawUsageFilters(AppState& state) {
  SmsUsageState& s = state.smsUsage;
  const float dpr = state.dpr;
  bool reload = false;
  auto field = [&](const char* id, const char* label, std::string& value, std::string_view field, const char* hint,
                   int maxChars, bool first) {
    if (!first) ImGui::SameLine();
    ImGui::BeginGroup();
    ui::FieldOptions o;
    o.width = 150 * dpr;
    o.hint = hint;
    o.maxChars = maxChars;
    o.error = AppState::fieldError(s.filterErrors, field);
    reload |= ui::textField(id, label, value, o);
    ImGui::EndGroup();
  };
  field("sms_usage.from", "开始日期", s.from, "from", "默认近 30 天", 10, true);
  field("sms_usage.to", "结束日期", s.to, "to", "2026-11-30", 10, false);
  field("sms_usage.mobile", "手机尾号", s.mobile, "mobile", "如 1234", 11, false);
  ImGui::SameLine();
  ImGui::BeginGroup();
  long long group = s.perDay ? 1 : 0;
  if (ui::radioField("sms_usage.group", "统计方式", {{0, "按日按号码"}, {1, "按日汇总"}}, group, nullptr)) {
    s.perDay = group == 1;
    s.request.page = 1;
    reload = true;
  }
  ImGui::EndGroup();
  ImGui::SameLine();
  ImGui::BeginGroup();
  ImGui::TextUnformatted(" ");
  if (ui::primaryButton("sms_usage.search", "查询", false)) reload = true;
  ImGui::EndGroup();
  if (reload) s.request.page = 1;
  return reload;
}

}  // namespace

void drawSmsUsagePanel(AppState& state, Dispatch& dispatch) {
  SmsUsageState& s = state.smsUsage;
  bool reload = drawUsageFilters(state);
  ImGui::Spacing();
  if (!s.loading || s.report.page.total > 0) {
    ImGui::TextUnformatted(("合计 " + std::to_string(s.report.totalCount) + " 条短信，计费 " +
                            std::to_string(s.report.totalBillingUnits) + " 条（每 70 字计 1 条，不足 70 字按 1 条计）")
                               .c_str());
    probe::item("sms_usage.totals", std::to_string(s.report.totalCount) + "/" + std::to_string(s.report.totalBillingUnits));
  }
  const std::vector<ui::TableColumn> columns = {
      {"", "日期", 1.0f}, {"", s.perDay ? "接收号码数" : "手机号", 1.1f}, {"", "短信条数", 0.8f}, {"", "计费条数", 0.8f},
      {"", "已发送", 0.7f}, {"", "失败", 0.6f}, {"", "待发送", 0.7f}};
  ui::TableModel model;
  model.request = &s.request;
  model.searchText = &s.searchText;
  model.searchable = false;
  model.total = s.report.page.total;
  model.rowCount = static_cast<int>(s.report.page.items.size());
  model.loading = s.loading;
  model.error = s.error;
  model.emptyText = s.from.empty() && s.to.empty() && s.mobile.empty() ? "近 30 天平台没有发出短信。"
                                                                      : "所选日期和号码没有短信，可放宽条件后查询。";
  const auto& items = s.report.page.items;
  reload |= ui::dataTable("sms_usage", columns, model,
      [&](int row, int col) {
        const auto& r = items[static_cast<size_t>(row)];
        switch (col) {
          case 0:
            ImGui::TextUnformatted(r.day.c_str());
            probe::item("sms_usage.day." + std::to_string(row), r.day);
            break;
          case 1:
            if (s.perDay) ImGui::Text("%d", r.recipients);
            else ImGui::TextUnformatted(r.mobileMasked.c_str());
            break;
          case 2:
            ImGui::Text("%d", r.count);
            probe::item("sms_usage.count." + std::to_string(row), std::to_string(r.count));
            break;
          case 3: ImGui::Text("%d", r.billingUnits); break;
          case 4: ImGui::TextColored(theme::kSuccess, "%d", r.sent); break;
          case 5:
            if (r.failed > 0) ImGui::TextColored(theme::kDanger, "%d", r.failed);
            else ImGui::TextUnformatted("0");
            break;
          case 6:
            if (r.pending > 0) ImGui::TextColored(theme::kWarning, "%d", r.pending);
            else ImGui::TextUnformatted("0");
            break;
        }
      },
      [](int) {});
  if (reload) dispatch(LoadSmsUsage{});
}

}  // namespace qinqing::web
