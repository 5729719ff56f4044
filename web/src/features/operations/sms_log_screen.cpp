// 短信日志 (系统管理员, issue 5 "SMS"): every SMS the platform sent or is still trying to send, with
// its delivery status. Numbers are masked and codes redacted by the server; the filters (status,
// kind, CST date range, mobile suffix) are checked with the same shared rules the server applies.
#include <array>

#include "features/operations/operations_screens.hpp"
#include "app/theme.hpp"
#include "widgets/data_table.hpp"
#include "widgets/form_widgets.hpp"
#include "widgets/probe.hpp"
#include "widgets/status_badge.hpp"

namespace qinqing::web {
namespace {

// "2026-03-02T09:00:05+08:00" → "2026-03-02 09:00" (the table is narrow; the tooltip has seconds).
std::string tableTime(const std::string& iso) {
  if (iso.size() < 16) return iso;
  std::string out = iso.substr(0, 16);
  out[10] = ' ';
  return out;
}

std::string fullTime(const std::string& iso) {
  if (iso.size() < 19) return iso;
  std::string out = iso.substr(0, 19);
  out[10] = ' ';
  return out;
}

ImVec4 statusColour(domain::SmsLogStatus s) {
  switch (s) {
    case domain::SmsLogStatus::Sent: return theme::kSuccess;
    case domain::SmsLogStatus::Pending: return theme::kWarning;
    case domain::SmsLogStatus::Failed: return theme::kDanger;
  }
  return theme::kMutedText;
}

std::string gatewayText(const domain::SmsLogEntry& e) {
  std::string out = e.gatewayMessageId;
  if (!e.gatewayStatus.empty()) out += (out.empty() ? "" : " · ") + e.gatewayStatus;
  return out;
}

bool filterActive(const domain::SmsLogFilter& f) {
  return f.status || f.kind || f.from || f.to || !f.mobileSuffix.empty();
}

// The filter bar: each field with its label above and its error below; returns true to reload.
bool drawSmsLogFilters(AppState& state) {
  SmsLogState& s = state.smsLog;
  const float dpr = state.dpr;
  bool reload = false;
  auto error = [&](std::string_view field) { return AppState::fieldError(s.filterErrors, field); };

  ImGui::BeginGroup();
  long long status = s.status;
  const std::vector<ui::Choice> statuses = {{0, "全部"},
                                            {1, std::string(domain::smsLogStatusLabel(domain::SmsLogStatus::Pending))},
                                            {2, std::string(domain::smsLogStatusLabel(domain::SmsLogStatus::Sent))},
                                            {3, std::string(domain::smsLogStatusLabel(domain::SmsLogStatus::Failed))}};
  if (ui::choiceField("sms_log.status", "发送状态", statuses, status, nullptr, "全部", 130 * dpr)) {
    s.status = static_cast<int>(status);
    reload = true;
  }
  ImGui::EndGroup();
  ImGui::SameLine();
  ImGui::BeginGroup();
  long long kind = s.kind;
  const std::vector<ui::Choice> kinds = {{0, "全部"},
                                         {1, std::string(domain::smsLogKindLabel(domain::SmsLogKind::Code))},
                                         {2, std::string(domain::smsLogKindLabel(domain::SmsLogKind::Notice))}};
  if (ui::choiceField("sms_log.kind", "短信类型", kinds, kind, nullptr, "全部", 110 * dpr)) {
    s.kind = static_cast<int>(kind);
    reload = true;
  }
  ImGui::EndGroup();

  auto field = [&](const char* id, const char* label, std::string& value, std::string_view field, const char* hint,
                   int maxChars) {
    ImGui::SameLine();
    ImGui::BeginGroup();
    ui::FieldOptions o;
    o.width = 150 * dpr;
    o.hint = hint;
    o.maxChars = maxChars;
    o.error = error(field);
    reload |= ui::textField(id, label, value, o);
    ImGui::EndGroup();
  };
  field("sms_log.from", "开始日期", s.from, "from", "2026-03-01", 10);
  field("sms_log.to", "结束日期", s.to, "to", "2026-03-31", 10);
  field("sms_log.mobile", "手机尾号", s.mobile, "mobile", "如 1234", 11);

  // The buttons sit on the fields' line, below their labels.
  ImGui::SameLine();
  ImGui::BeginGroup();
  ImGui::TextUnformatted(" ");
  if (ui::primaryButton("sms_log.search", "查询", false)) reload = true;
  ImGui::SameLine();
  if (ui::secondaryButton("sms_log.clear", "清空")) {
    s.status = s.kind = 0;
    s.from.clear();
    s.to.clear();
    s.mobile.clear();
    reload = true;
  }
  ImGui::EndGroup();
  return reload;
}

}  // namespace

void drawSmsLogScreen(AppState& state, Dispatch& dispatch) {
  SmsLogState& s = state.smsLog;
  ui::screenTitle("sms_log.title", "短信日志",
                  "系统管理 / 短信日志：平台发出的每条短信及其发送状态。手机号隐藏中间四位，验证码数字不显示；"
                  "通知类短信在 22:00–07:00 暂缓，次日 7 点发出。");
  if (!ImGui::BeginTabBar("sms_log_tabs")) return;
  const bool detail = ImGui::BeginTabItem("发送明细");
  probe::item("sms_log.tab.detail", "发送明细");
  if (detail) ImGui::EndTabItem();
  const bool usage = ImGui::BeginTabItem("用量统计");
  probe::item("sms_log.tab.usage", "用量统计");
  if (usage) ImGui::EndTabItem();
  ImGui::EndTabBar();
  if (usage) return drawSmsUsagePanel(state, dispatch);
  if (!detail) return;
  bool reload = drawSmsLogFilters(state);
  ImGui::Spacing();

  const std::vector<ui::TableColumn> columns = {
      {"created_at", "时间", 1.55f}, {"", "类型", 0.65f},    {"", "手机号", 1.15f}, {"", "内容", 3.3f},
      {"", "状态", 0.95f},           {"", "次数", 0.5f},     {"", "发送时间", 1.55f}, {"", "网关回执", 1.5f},
      {"", "最近错误", 1.6f}};
  ui::TableModel model;
  model.request = &s.request;
  model.searchText = &s.searchText;
  model.searchable = false;  // the filter bar above holds every filter
  model.total = s.page.total;
  model.rowCount = static_cast<int>(s.page.items.size());
  model.loading = s.loading;
  model.error = s.error;
  model.emptyText = filterActive(s.applied)
                        ? "没有符合筛选条件的短信。可放宽条件，或点击“清空”查看全部。"
                        : "平台尚未发出短信。发送验证码、开通账号、诉求提醒等事件发生时，短信会出现在这里。";
  const auto& items = s.page.items;
  reload |= ui::dataTable("sms_log", columns, model,
      [&](int row, int col) {
        const auto& e = items[static_cast<size_t>(row)];
        const std::string r = std::to_string(row);
        switch (col) {
          case 0:
            ImGui::TextUnformatted(tableTime(e.createdAt).c_str());
            ui::tooltipIfHovered(fullTime(e.createdAt));
            probe::item("sms_log.time." + r, e.createdAt);
            break;
          case 1: ImGui::TextUnformatted(std::string(domain::smsLogKindLabel(e.kind)).c_str()); break;
          case 2:
            ImGui::TextUnformatted(e.mobileMasked.c_str());
            probe::item("sms_log.mobile." + r, e.mobileMasked);
            break;
          case 3:
            ImGui::TextUnformatted(e.text.c_str());
            ui::tooltipIfHovered(e.text);
            probe::item("sms_log.text." + r, e.text);
            break;
          case 4:
            ui::statusBadge("sms_log.status." + r, domain::smsLogStatusLabel(e.status), statusColour(e.status));
            break;
          case 5: ImGui::Text("%d", e.attempts); break;
          case 6:
            if (e.status == domain::SmsLogStatus::Sent) {
              ImGui::TextUnformatted(tableTime(e.sentAt).c_str());
              ui::tooltipIfHovered(fullTime(e.sentAt));
            } else if (e.status == domain::SmsLogStatus::Pending) {
              // Month and day suffice: a message waits hours at most (quiet hours, back-off).
              const std::string at = tableTime(e.nextAttemptAt);
              ImGui::TextColored(theme::kMutedText, "下次 %s", at.size() > 5 ? at.substr(5).c_str() : at.c_str());
              ui::tooltipIfHovered("下次尝试：" + fullTime(e.nextAttemptAt));
            } else {
              ImGui::TextColored(theme::kMutedText, "未发出");
            }
            break;
          case 7: {
            const std::string text = gatewayText(e);
            ImGui::TextUnformatted(text.c_str());
            ui::tooltipIfHovered(text.empty() ? "" : (e.gateway == "log" ? "日志网关：" : "HTTP 网关：") + text);
            probe::item("sms_log.gateway." + r, text);
            break;
          }
          case 8:
            ImGui::TextColored(theme::kDanger, "%s", e.lastError.c_str());
            ui::tooltipIfHovered(e.lastError);
            break;
        }
      },
      [](int) {});
  if (reload) dispatch(LoadSmsLog{});
}

}  // namespace qinqing::web
