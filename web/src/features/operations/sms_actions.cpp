#include "features/operations/sms_actions.hpp"

#include <nlohmann/json.hpp>

#include "qinqing/wire/sms_log_json.hpp"
#include "qinqing/wire/sms_usage_json.hpp"
#include "app/request.hpp"
#include "features/operations/job_actions.hpp"

namespace qinqing::web {
namespace {

std::string trimmed(const std::string& s) {
  const auto begin = s.find_first_not_of(" \t");
  if (begin == std::string::npos) return {};
  return s.substr(begin, s.find_last_not_of(" \t") - begin + 1);
}

// The typed filter, or the field errors that stop it (the same rules the server applies).
domain::Result<domain::SmsLogFilter> typedFilter(const SmsLogState& s) {
  domain::SmsLogFilter f;
  std::vector<domain::FieldError> errors;
  if (s.status > 0) f.status = static_cast<domain::SmsLogStatus>(s.status - 1);
  if (s.kind > 0) f.kind = static_cast<domain::SmsLogKind>(s.kind - 1);
  auto date = [&](const std::string& text, const char* field, std::optional<domain::Date>& out) {
    const auto t = trimmed(text);
    if (t.empty()) return;
    auto parsed = domain::Date::parseIso(t);
    if (parsed) out = parsed.value();
    else errors.push_back({field, parsed.error().message});
  };
  date(s.from, "from", f.from);
  date(s.to, "to", f.to);
  f.mobileSuffix = trimmed(s.mobile);
  if (auto ok = domain::validateSmsLogFilter(f); !ok) {
    for (const auto& e : ok.error().fields) errors.push_back(e);
  }
  if (!errors.empty()) return domain::DomainError::invalid(std::move(errors));
  return f;
}

}  // namespace

void loadSmsLog(AppState& state) {
  SmsLogState& s = state.smsLog;
  auto filter = typedFilter(s);
  if (!filter) {
    s.filterErrors = filter.error().fields;
    return;
  }
  s.filterErrors.clear();
  if (!(filter.value() == s.applied)) s.request.page = 1;  // a new filter starts on its first page
  s.applied = filter.value();
  s.loading = true;
  s.error.clear();
  const int seq = ++s.sequence;
  std::string path = api::path<api::sms::log>() + "?page=" + std::to_string(s.request.page) + "&page_size=" +
                     std::to_string(s.request.pageSize) + "&sort=created_at&order=" +
                     (s.request.sort == "created_at" && !s.request.descending ? "asc" : "desc");
  // Values are keys, ISO dates and digits: nothing needs escaping.
  for (const auto& [key, value] : wire::smsLogFilterToParams(s.applied)) path += "&" + key + "=" + value;
  sendSignedIn(state, "GET", path, "", ReplyGuard{{&state.smsLog.loading}, [&state, seq] { return seq == state.smsLog.sequence; }}, [&state](const HttpReply& reply) {
    SmsLogState& log = state.smsLog;
    if (reply.status != 200) {
      auto error = replyError(reply);
      if (!error.fields.empty()) log.filterErrors = error.fields;
      log.error = "短信日志加载失败：" + error.message;
      return;
    }
    auto page = wire::smsLogPageFromJson(nlohmann::json::parse(reply.body, nullptr, false));
    if (!page) {
      log.error = page.error().message;
      return;
    }
    log.page = std::move(page).value();
    log.request.page = log.page.page;  // the server may have moved a page past the end back
  });
}

void loadSmsUsage(AppState& state) {
  SmsUsageState& s = state.smsUsage;
  std::vector<domain::FieldError> errors;
  std::string path = api::path<api::sms::usage>() + "?page=" + std::to_string(s.request.page) + "&page_size=" +
                     std::to_string(s.request.pageSize) + "&group=" + (s.perDay ? "day" : "recipient");
  // The dates are checked as the server checks them; the values are ISO dates and digits.
  auto date = [&](const std::string& text, const char* field) {
    const auto t = trimmed(text);
    if (t.empty()) return;
    if (auto parsed = domain::Date::parseIso(t); !parsed) errors.push_back({field, parsed.error().message});
    else path += std::string("&") + field + "=" + t;
  };
  date(s.from, "from");
  date(s.to, "to");
  const std::string mobile = trimmed(s.mobile);
  if (!mobile.empty()) {
    if (mobile.find_first_not_of("0123456789") != std::string::npos) errors.push_back({"mobile", "手机尾号只能是数字"});
    else path += "&mobile=" + mobile;
  }
  s.filterErrors = errors;
  if (!errors.empty()) return;
  s.loading = true;
  s.error.clear();
  const int seq = ++s.sequence;
  sendSignedIn(state, "GET", path, "", ReplyGuard{{&s.loading}, [&s, seq] { return seq == s.sequence; }}, [&s](const HttpReply& reply) {
    if (reply.status != 200) {
      auto error = replyError(reply);
      if (!error.fields.empty()) s.filterErrors = error.fields;
      s.error = "短信用量加载失败：" + error.message;
      return;
    }
    auto report = wire::smsUsageReportFromJson(nlohmann::json::parse(reply.body, nullptr, false));
    if (!report) {
      s.error = report.error().message;
      return;
    }
    s.report = std::move(report).value();
  });
}

// [SECTION] The intents' handlers: one perform() per intent (std::visit in app/dispatch.cpp).
void perform(AppState& state, const LoadSmsLog& /*intent*/) { loadSmsLog(state); }
void perform(AppState& state, const LoadSmsUsage& /*intent*/) { loadSmsUsage(state); }
void perform(AppState& state, const LoadJobs& /*intent*/) { loadJobs(state); }
void perform(AppState& state, const SelectJob& intent) { selectJob(state, intent.name); }
void perform(AppState& state, const LoadJobRuns& /*intent*/) { loadJobRuns(state); }
void perform(AppState& state, const RunJob& intent) { runJob(state, intent.name); }

}  // namespace qinqing::web
