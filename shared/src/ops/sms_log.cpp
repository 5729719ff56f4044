#include "qinqing/ops/sms_log.hpp"

#include <array>
#include <utility>

namespace qinqing::domain {
namespace {

struct StatusName {
  SmsLogStatus status;
  std::string_view key;
  std::string_view label;
};
constexpr std::array<StatusName, 3> kSmsStatuses = {{
    {SmsLogStatus::Pending, "pending", "待发送"},
    {SmsLogStatus::Sent, "sent", "已发送"},
    {SmsLogStatus::Failed, "failed", "发送失败"},
}};

struct KindName {
  SmsLogKind kind;
  std::string_view key;
  std::string_view label;
};
constexpr std::array<KindName, 2> kSmsKinds = {{
    {SmsLogKind::Code, "code", "验证码"},
    {SmsLogKind::Notice, "notice", "通知"},
}};

}  // namespace

std::string_view smsLogStatusKey(SmsLogStatus status) {
  for (const auto& s : kSmsStatuses) {
    if (s.status == status) return s.key;
  }
  return "pending";
}

std::optional<SmsLogStatus> smsLogStatusFromKey(std::string_view key) {
  for (const auto& s : kSmsStatuses) {
    if (s.key == key) return s.status;
  }
  return std::nullopt;
}

std::string_view smsLogKindKey(SmsLogKind kind) {
  for (const auto& k : kSmsKinds) {
    if (k.kind == kind) return k.key;
  }
  return "notice";
}

std::optional<SmsLogKind> smsLogKindFromKey(std::string_view key) {
  for (const auto& k : kSmsKinds) {
    if (k.key == key) return k.kind;
  }
  return std::nullopt;
}

std::string_view smsLogStatusLabel(SmsLogStatus status) {
  for (const auto& s : kSmsStatuses) {
    if (s.status == status) return s.label;
  }
  return "";
}

std::string_view smsLogKindLabel(SmsLogKind kind) {
  for (const auto& k : kSmsKinds) {
    if (k.kind == kind) return k.label;
  }
  return "";
}

Status validateSmsLogFilter(const SmsLogFilter& filter) {
  std::vector<FieldError> errors;
  const auto& suffix = filter.mobileSuffix;
  bool digits = suffix.size() <= kMobileSuffixMaxDigits;
  for (char c : suffix) digits = digits && c >= '0' && c <= '9';
  if (!digits) errors.push_back({"mobile", "手机尾号应为1至11位数字"});
  if (filter.from && filter.to && *filter.to < *filter.from) errors.push_back({"to", "结束日期不能早于开始日期"});
  if (!errors.empty()) return DomainError::invalid(std::move(errors));
  return Ok{};
}

}  // namespace qinqing::domain
