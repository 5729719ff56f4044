// When an outbox message may go: the quiet hours and the retry back-off, as pure functions of
// Unix seconds so they are tested without a clock or a thread.
//
//  - Quiet hours (issue 5: "No SMS between 22:00 and 07:00 except codes; they wait"): a notice due
//    in [22:00, 07:00) China Standard Time (UTC+8, no daylight saving) waits until 07:00; codes go
//    at once, at any hour — a code that waits is useless.
//  - Back-off after a failed attempt: 30 s, 1, 2, 4, 8, 16, 32 min, then hourly; after
//    kMaxSmsAttempts attempts (about three hours of trying) the message is given up.
#pragma once

#include <optional>

#include "sms/sms_message.hpp"

namespace qinqing::backend::sms {

inline constexpr int kQuietHoursStart = 22;  // CST, inclusive
inline constexpr int kQuietHoursEnd = 7;     // CST, exclusive
inline constexpr long long kFirstRetryDelaySeconds = 30;
inline constexpr long long kMaxRetryDelaySeconds = 3600;
inline constexpr int kMaxSmsAttempts = 10;

// The quiet hours this process applies. On by default; the server sets them once at start-up
// from its configuration (`qinqing serve --sms-quiet-hours off`, for a test server whose clock
// nobody controls: tests that run at night must not wait for 07:00).
void setQuietHoursEnabled(bool enabled);
bool quietHoursEnabled();

// True when unixSeconds falls in [22:00, 07:00) CST and the quiet hours are on.
bool inQuietHours(long long unixSeconds);

// The earliest instant ≥ unixSeconds at which a message of this kind may be sent: unixSeconds
// itself for codes and outside the quiet hours, else the next 07:00:00 CST.
long long earliestSendTime(SmsKind kind, long long unixSeconds);

// The wait before the next attempt after `attemptsMade` failed attempts (1 → 30 s, 2 → 60 s, …,
// capped at an hour); empty when attemptsMade ≥ kMaxSmsAttempts (give up). attemptsMade < 1 is
// treated as 1.
std::optional<long long> retryDelaySeconds(int attemptsMade);

}  // namespace qinqing::backend::sms
