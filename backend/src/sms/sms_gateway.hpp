// SmsGateway: where the sender hands a message for delivery. Gateways are pluggable (issue 5):
// the `log` gateway (log_sms_gateway.hpp, the default, for demos and tests) and the `http` gateway
// (http_sms_gateway.hpp) configured by URL, body template and credentials. A gateway only delivers:
// retries, back-off, quiet hours and the outbox's bookkeeping are the sender's.
//
// send() is called from the sender thread only, one message at a time, outside any database lock;
// it may block (an HTTP call) but should bound its own wait (a timeout), since a stopping server
// waits for the message in flight. It must not throw: every failure is a SendOutcome.
#pragma once

#include <string>
#include <string_view>

#include "sms/sms_message.hpp"

namespace qinqing::backend::sms {

struct OutgoingSms {
  long long id = 0;  // the outbox id, for a gateway that de-duplicates or reports by reference
  std::string mobile;
  std::string text;
  SmsKind kind = SmsKind::Notice;
};

struct SendOutcome {
  enum class Result {
    Delivered,  // accepted by the gateway: the message is sent
    Retry,      // a passing failure (timeout, 5xx, gateway busy): try again after the back-off
    Rejected,   // a lasting one (invalid number, text refused): give up now
  };
  Result result = Result::Delivered;
  std::string detail;  // why, for the outbox's last_error; empty when delivered
  // The delivery status the 短信日志 shows: the gateway's reference for an accepted message (empty
  // when it gives none) and its short status text ("HTTP 200", "已写入日志", "HTTP 503", "超时").
  std::string messageId;
  std::string status;

  static SendOutcome delivered(std::string messageId = {}, std::string status = {}) {
    return {Result::Delivered, {}, std::move(messageId), std::move(status)};
  }
  static SendOutcome retry(std::string why, std::string status = {}) {
    return {Result::Retry, std::move(why), {}, std::move(status)};
  }
  static SendOutcome rejected(std::string why, std::string status = {}) {
    return {Result::Rejected, std::move(why), {}, std::move(status)};
  }
};

class SmsGateway {
public:
  virtual ~SmsGateway() = default;
  // A short name for logs ("log", "http").
  virtual std::string_view name() const = 0;
  virtual SendOutcome send(const OutgoingSms& message) = 0;
};

}  // namespace qinqing::backend::sms
