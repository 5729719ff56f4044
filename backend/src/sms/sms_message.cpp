#include "sms/sms_message.hpp"

#include <array>
#include <utility>

namespace qinqing::backend::sms {
namespace {

constexpr std::array<std::pair<SmsKind, std::string_view>, 2> kKinds = {{
    {SmsKind::Code, "code"},
    {SmsKind::Notice, "notice"},
}};
constexpr std::array<std::pair<SmsStatus, std::string_view>, 3> kStatuses = {{
    {SmsStatus::Pending, "pending"},
    {SmsStatus::Sent, "sent"},
    {SmsStatus::Failed, "failed"},
}};

constexpr std::size_t kRedactedRun = 6;

bool isDigit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

std::string_view smsKindKey(SmsKind kind) {
  for (const auto& [k, key] : kKinds) {
    if (k == kind) return key;
  }
  return "notice";
}

std::optional<SmsKind> smsKindFromKey(std::string_view key) {
  for (const auto& [k, name] : kKinds) {
    if (name == key) return k;
  }
  return std::nullopt;
}

std::string_view smsStatusKey(SmsStatus status) {
  for (const auto& [s, key] : kStatuses) {
    if (s == status) return key;
  }
  return "pending";
}

std::optional<SmsStatus> smsStatusFromKey(std::string_view key) {
  for (const auto& [s, name] : kStatuses) {
    if (name == key) return s;
  }
  return std::nullopt;
}

std::string redactDigits(std::string_view text) {
  std::string out(text);
  std::size_t i = 0;
  while (i < out.size()) {
    if (!isDigit(out[i])) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < out.size() && isDigit(out[end])) ++end;
    if (end - i >= kRedactedRun) out.replace(i, end - i, end - i, '*');
    i = end;
  }
  return out;
}

}  // namespace qinqing::backend::sms
