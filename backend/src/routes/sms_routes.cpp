// 短信日志 for 系统管理员 (issue 5 "SMS": an administrator's SMS log screen with masked numbers).
// Read-only: the outbox is written by the events that cause messages and by the sender. Numbers are
// masked and a code's digits redacted here, whatever the row's state, so the log never shows a
// usable code or a whole number.
#include <map>

#include "http/json_response.hpp"
#include "http/list_request.hpp"
#include "qinqing/identity/account.hpp"
#include "qinqing/wire/sms_log_json.hpp"
#include "repositories/sms_outbox_repository.hpp"
#include "routes/routes.hpp"

namespace qinqing::backend {
namespace {

domain::SmsLogEntry presented(const sms::OutboxMessage& m) {
  domain::SmsLogEntry e;
  e.id = m.id;
  e.createdAt = formatChinaTime(m.createdAt);
  e.kind = m.kind == sms::SmsKind::Code ? domain::SmsLogKind::Code : domain::SmsLogKind::Notice;
  e.status = m.status == sms::SmsStatus::Sent     ? domain::SmsLogStatus::Sent
             : m.status == sms::SmsStatus::Failed ? domain::SmsLogStatus::Failed
                                                  : domain::SmsLogStatus::Pending;
  e.mobileMasked = domain::maskMobile(m.mobile);
  // A pending code still holds its digits in the outbox (the sender needs them); the log never shows them.
  e.text = m.kind == sms::SmsKind::Code ? sms::redactDigits(m.text) : m.text;
  e.attempts = m.attempts;
  if (m.status == sms::SmsStatus::Pending) e.nextAttemptAt = formatChinaTime(m.nextAttemptAt);
  if (m.sentAt) e.sentAt = formatChinaTime(*m.sentAt);
  e.lastError = m.lastError;
  e.gateway = m.gateway;
  e.gatewayMessageId = m.gatewayMessageId;
  e.gatewayStatus = m.gatewayStatus;
  return e;
}

}  // namespace

void registerSmsRoutes(http::RouteTable& routes, Services& services) {
  // ?status=&kind=&from=&to=&mobile=&sort=created_at&order=asc|desc&page=&page_size= →
  // smsLogPageToJson, newest first by default; a page past the end gives the last page; 400 with
  // every bad filter field.
  routes.addForRoles(
      http::HttpMethod::Get, api::sms::log, "短信日志", {domain::Role::SystemAdmin},
      [&services](const httplib::Request& req, httplib::Response& res, const auth::AuthContext&) {
        std::map<std::string, std::string> params;
        for (const auto& [key, value] : req.params) params.emplace(key, value);
        auto filter = wire::smsLogFilterFromParams(params);
        if (!filter) return http::sendError(res, filter.error());
        const auto request = http::pageRequestOf(req, {"created_at"});
        SmsLogQuery query;
        query.filter = filter.value();
        query.oldestFirst = request.sort == "created_at" && !request.descending;
        query.page = request.page;
        query.pageSize = request.pageSize;
        auto rows = services.database.read([&](SQLite::Database& c) {
          SmsOutboxRepository outbox(c);
          auto found = outbox.page(query);
          const int last = domain::pageCount(found.total, query.pageSize);
          if (query.page > last) {
            query.page = last;
            found = outbox.page(query);
          }
          return found;
        });
        domain::Page<domain::SmsLogEntry> page;
        page.page = query.page;
        page.pageSize = query.pageSize;
        page.total = rows.total;
        for (const auto& m : rows.rows) page.items.push_back(presented(m));
        http::sendJson(res, http::Status::OK_200, wire::smsLogPageToJson(page));
      }).returns("smsLogPageToJson", http::keysOf(wire::smsLogPageToJson({})));
}

}  // namespace qinqing::backend
