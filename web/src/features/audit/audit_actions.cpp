#include "features/audit/audit_actions.hpp"

#include <cctype>
#include <memory>

#include "platform/download.hpp"
#include "qinqing/report/export_text.hpp"
#include "qinqing/wire/error_json.hpp"
#include "app/request.hpp"

namespace qinqing::web {
namespace {

constexpr int kExportPageSize = 100;
constexpr int kExportMaxRows = 20000;  // beyond this the filter should be narrowed

std::string auditPath(const AuditLogState& a, int page, int pageSize) {
  std::string path = api::path<api::audit::list>() + "?page=" + std::to_string(page) + "&page_size=" + std::to_string(pageSize);
  auto encode = [](const std::string& s) {
    std::string out;
    const char* hex = "0123456789ABCDEF";
    for (unsigned char c : s) {
      if (std::isalnum(c) || c == '-' || c == '_' || c == '.') out += static_cast<char>(c);
      else { out += '%'; out += hex[c >> 4]; out += hex[c & 15]; }
    }
    return out;
  };
  if (!a.request.query.empty()) path += "&account=" + encode(a.request.query);
  if (!a.action.empty()) path += "&action=" + encode(a.action);
  return path;
}

// Quoted and neutralised against formulas like every export (shared/report/export_text.hpp).
using domain::csvField;

std::string text(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return "";
  return it->is_string() ? it->get<std::string>() : it->dump();
}

struct ExportJob {
  std::string csv;
  int rows = 0;
};

void exportPage(AppState& state, std::shared_ptr<ExportJob> job, int page) {
  send(state, "GET", auditPath(state.audit, page, kExportPageSize), "", [&state, job, page](const HttpReply& reply) {
    AuditLogState& a = state.audit;
    if (reply.status != 200) {
      a.exporting = false;
      a.exportMessage = "导出失败：" + replyError(reply).message;
      return;
    }
    auto j = nlohmann::json::parse(reply.body, nullptr, false);
    const auto& entries = j.is_object() && j.contains("entries") ? j["entries"] : nlohmann::json::array();
    for (const auto& e : entries) {
      job->csv += csvField(text(e, "at")) + "," + csvField(text(e, "account_label")) + "," + csvField(text(e, "role")) + "," +
                  csvField(text(e, "source_address")) + "," + csvField(text(e, "action_name")) + "," +
                  csvField(text(e, "object_type") + " " + text(e, "object_id")) + "," + csvField(text(e, "result")) + "," +
                  csvField(text(e, "before")) + "," + csvField(text(e, "after")) + "," + csvField(text(e, "hash")) + "\r\n";
      ++job->rows;
    }
    long long total = j.is_object() && j.contains("total") && j["total"].is_number() ? j["total"].get<long long>() : 0;
    bool more = !entries.empty() && job->rows < total && job->rows < kExportMaxRows;
    if (more) return exportPage(state, job, page + 1);
    downloadText("审计日志.csv", std::string(domain::kUtf8ByteOrderMark) + job->csv, "text/csv;charset=utf-8");
    a.exporting = false;
    a.exportMessage = "已导出 " + std::to_string(job->rows) + " 条" +
                      (job->rows < total ? "（超过 " + std::to_string(kExportMaxRows) + " 条，请缩小筛选范围）" : "") + "。";
  });
}

}  // namespace

void loadAuditLog(AppState& state) {
  AuditLogState& a = state.audit;
  a.loading = true;
  a.error.clear();
  int seq = ++a.sequence;
  sendSignedIn(state, "GET", auditPath(a, a.request.page, a.request.pageSize), "", ReplyGuard{{&state.audit.loading}, [&state, seq] { return seq == state.audit.sequence; }}, [&state](const HttpReply& reply) {
    AuditLogState& log = state.audit;
    if (reply.status != 200) {
      log.error = "审计日志加载失败：" + replyError(reply).message;
      return;
    }
    auto page = wire::auditPageFromJson(nlohmann::json::parse(reply.body, nullptr, false));
    if (!page) {
      log.error = page.error().message;
      return;
    }
    log.entries = std::move(page.value().entries);
    log.total = page.value().total;
  });
}

void exportAuditLog(AppState& state) {
  AuditLogState& a = state.audit;
  a.exporting = true;
  a.exportMessage.clear();
  auto job = std::make_shared<ExportJob>();
  job->csv = "时间,账号,角色,来源地址,操作,对象,结果,修改前,修改后,哈希\r\n";
  exportPage(state, job, 1);
}

// [SECTION] The intents' handlers: one perform() per intent (std::visit in app/dispatch.cpp).
void perform(AppState& state, const LoadAuditLog& /*intent*/) { loadAuditLog(state); }
void perform(AppState& state, const ExportAuditLog& /*intent*/) { exportAuditLog(state); }

}  // namespace qinqing::web
