// SMS messages as the outbox holds them (issue 5 "SMS"; notice §4, §12, §14, §18 name the texts).
//
// A message is written to the outbox in the transaction of the event that causes it
// (SmsOutboxRepository::enqueue), so a committed event always has its SMS and a rolled-back one
// never does; the sender thread (sms_sender.hpp) delivers it later through a gateway. Delivery is
// at least once: a crash between the gateway's acceptance and the status update re-sends it.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace qinqing::backend::sms {

enum class SmsKind {
  Code,    // a verification code: sent at any hour, useless after the code's 10 minutes
  Notice,  // a reminder or notification: held during the quiet hours (22:00–07:00 CST)
};

enum class SmsStatus {
  Pending,  // waiting for next_attempt_at (first try, a retry, or the end of the quiet hours)
  Sent,     // the gateway accepted it
  Failed,   // given up: rejected by the gateway, out of retries, or a code that expired unsent
};

// Stored spellings: "code"/"notice", "pending"/"sent"/"failed".
std::string_view smsKindKey(SmsKind kind);
std::optional<SmsKind> smsKindFromKey(std::string_view key);
std::string_view smsStatusKey(SmsStatus status);
std::optional<SmsStatus> smsStatusFromKey(std::string_view key);

struct NewSms {
  std::string mobile;  // 11 digits (validated by the caller)
  std::string text;    // complete, with the 【十堰市双千办】 signature
  SmsKind kind = SmsKind::Notice;
};

struct OutboxMessage {
  long long id = 0;
  long long createdAt = 0;
  std::string mobile;
  std::string text;
  SmsKind kind = SmsKind::Notice;
  SmsStatus status = SmsStatus::Pending;
  int attempts = 0;  // gateway calls made so far
  long long nextAttemptAt = 0;
  std::optional<long long> sentAt;
  std::string lastError;  // the gateway's last complaint, empty after none
  // Delivery status (SendOutcome): the gateway of the last attempt, its reference for the message
  // and its status text.
  std::string gateway;
  std::string gatewayMessageId;
  std::string gatewayStatus;
};

// last_error of a code message given up because its 10 minutes passed before it could go.
inline constexpr std::string_view kCodeExpiredUnsent = "验证码已过期，未发送";

// The text with every run of 6 or more ASCII digits replaced by as many '*': a delivered code
// message keeps its wording for the SMS log but not the code.
std::string redactDigits(std::string_view text);

}  // namespace qinqing::backend::sms
