// Wire form of 短信日志 (qinqing/ops/sms_log.hpp), GET /api/sms for 系统管理员:
//
//   ?page=1&page_size=20&sort=created_at&order=desc&status=failed&kind=code&from=2026-03-01
//    &to=2026-03-02&mobile=1234
//   → {"page": 1, "page_size": 20, "total": 3, "items": [
//       {"id": 7, "created_at": "2026-03-02T09:00:00+08:00", "kind": "code", "status": "sent",
//        "mobile_masked": "138****1234", "text": "【十堰市双千办】您的验证码是******，…",
//        "attempts": 1, "next_attempt_at": "", "sent_at": "2026-03-02T09:00:01+08:00",
//        "last_error": "", "gateway": "http", "gateway_message_id": "m-42",
//        "gateway_status": "HTTP 200"}]}
//
// Every filter parameter is optional; an empty value means "any". Decoders never throw.
#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "qinqing/core/result.hpp"
#include "qinqing/ops/sms_log.hpp"
#include "qinqing/org/paging.hpp"

namespace qinqing::wire {

// The filter's query parameters (status, kind, from, to, mobile); unset parts are left out.
std::map<std::string, std::string> smsLogFilterToParams(const domain::SmsLogFilter& filter);
// Reads the parameters and applies domain::validateSmsLogFilter. InvalidInput with every bad
// field: status ("未知的发送状态"), kind ("未知的短信类型"), from / to (the date's own message),
// mobile, to (before from).
domain::Result<domain::SmsLogFilter> smsLogFilterFromParams(const std::map<std::string, std::string>& params);

nlohmann::json smsLogEntryToJson(const domain::SmsLogEntry& entry);
// Requires an integer "id" and known "kind" and "status"; other fields default.
domain::Result<domain::SmsLogEntry> smsLogEntryFromJson(const nlohmann::json& j);

nlohmann::json smsLogPageToJson(const domain::Page<domain::SmsLogEntry>& page);
domain::Result<domain::Page<domain::SmsLogEntry>> smsLogPageFromJson(const nlohmann::json& j);

}  // namespace qinqing::wire
