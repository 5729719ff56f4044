// 短信日志 (系统管理员, issue 5 "SMS"): what the platform's SMS outbox shows an administrator, and
// the filter of that list. Mobiles arrive masked (138****1234) and a verification code's digits
// never leave the server, so nothing here can reveal a number or a code.
//
// The filter is checked by the same call in the browser form and in the server (GET /api/sms),
// whose verdict is final.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "qinqing/core/result.hpp"
#include "qinqing/time/date.hpp"

namespace qinqing::domain {

enum class SmsLogStatus {
  Pending,  // waiting: first try, a retry after a failure, or the end of the quiet hours
  Sent,     // accepted by the gateway
  Failed,   // given up
};

enum class SmsLogKind {
  Code,    // a verification code, sent at any hour
  Notice,  // a notification or reminder, held between 22:00 and 07:00
};

// Stored and wire spellings: "pending" / "sent" / "failed", "code" / "notice".
std::string_view smsLogStatusKey(SmsLogStatus status);
std::optional<SmsLogStatus> smsLogStatusFromKey(std::string_view key);
std::string_view smsLogKindKey(SmsLogKind kind);
std::optional<SmsLogKind> smsLogKindFromKey(std::string_view key);
// 待发送 / 已发送 / 发送失败; 验证码 / 通知.
std::string_view smsLogStatusLabel(SmsLogStatus status);
std::string_view smsLogKindLabel(SmsLogKind kind);

// The longest mobile suffix the filter takes (a whole number).
inline constexpr std::size_t kMobileSuffixMaxDigits = 11;

struct SmsLogFilter {
  std::optional<SmsLogStatus> status;
  std::optional<SmsLogKind> kind;
  std::optional<Date> from;  // created on or after this CST day
  std::optional<Date> to;    // created on or before this CST day
  std::string mobileSuffix;  // the number's last digits; empty: any number
  bool operator==(const SmsLogFilter&) const = default;
};

// mobile: "手机尾号应为1至11位数字"; to: "结束日期不能早于开始日期".
Status validateSmsLogFilter(const SmsLogFilter& filter);

// One message as the log shows it. Times are ISO 8601 (+08:00); empty when not (yet) set.
struct SmsLogEntry {
  long long id = 0;
  std::string createdAt;
  SmsLogKind kind = SmsLogKind::Notice;
  SmsLogStatus status = SmsLogStatus::Pending;
  std::string mobileMasked;      // 138****1234
  std::string text;              // a code's digits replaced by '*'
  int attempts = 0;              // gateway calls made
  std::string nextAttemptAt;     // pending only: when it goes next
  std::string sentAt;            // sent only
  std::string lastError;         // the gateway's last complaint
  std::string gateway;           // "log" / "http": the gateway of the last attempt
  std::string gatewayMessageId;  // the gateway's reference for a delivered message
  std::string gatewayStatus;     // the gateway's status text of the last attempt
  bool operator==(const SmsLogEntry&) const = default;
};

}  // namespace qinqing::domain
