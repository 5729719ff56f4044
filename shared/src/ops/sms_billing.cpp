#include "qinqing/ops/sms_billing.hpp"

#include <vector>

#include "qinqing/validation/text.hpp"

namespace qinqing::domain {

int smsBillingUnits(std::string_view text) {
  const auto chars = utf8Length(text);
  const auto n = static_cast<int>(chars ? *chars : text.size());
  return n <= kSmsBillingUnitChars ? 1 : (n + kSmsBillingUnitChars - 1) / kSmsBillingUnitChars;
}

std::string reminderDigestText(const ReminderDigest& d) {
  std::vector<std::string> parts;
  if (d.overduePetitions > 0) parts.push_back(std::to_string(d.overduePetitions) + " 件诉求已超期");
  if (d.dueTodayPetitions > 0) parts.push_back(std::to_string(d.dueTodayPetitions) + " 件诉求今日到期");
  if (d.missingOperatingReports > 0)
    parts.push_back(std::to_string(d.missingOperatingReports) + " 项经营状况未填报");
  if (d.uncontactedEnterprises > 0)
    parts.push_back(std::to_string(d.uncontactedEnterprises) + " 家包联企业本月未联系");
  if (parts.empty()) return {};
  std::string text = "您有 ";
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) text += "、";
    text += parts[i];
  }
  return text + "，请登录十堰亲清企业服务信息平台处理。";
}

}  // namespace qinqing::domain
