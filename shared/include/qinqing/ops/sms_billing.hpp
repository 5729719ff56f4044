// What SMS costs and how reminders are bundled (issue 11 "SMS that people can bear"): a text is
// billed per 70 characters; every reminder a recipient is owed in a day goes out as one digest
// naming the counts, the detail being on the platform. Event texts the notice quotes stay one each.
#pragma once

#include <string>
#include <string_view>

namespace qinqing::domain {

inline constexpr int kSmsBillingUnitChars = 70;

// Every text the platform sends opens with the sender's signature (the operator requires it).
inline constexpr std::string_view kSmsSignature = "【十堰市双千办】";
// The text as sent: kSmsSignature, then `text`.
inline std::string signedSmsText(std::string_view text) { return std::string(kSmsSignature) + std::string(text); }

// Billing units of one text: ceil(characters / 70), at least 1; malformed UTF-8 counts its bytes.
int smsBillingUnits(std::string_view text);

// What one recipient is reminded of today.
struct ReminderDigest {
  int overduePetitions = 0;      // 诉求已超期
  int dueTodayPetitions = 0;     // 诉求今日到期
  int missingOperatingReports = 0;  // 企业经营状况未填报 (for a cadre: enterprises; for an enterprise: months)
  int uncontactedEnterprises = 0;   // 本月未联系的包联企业
  bool empty() const {
    return overduePetitions == 0 && dueTodayPetitions == 0 && missingOperatingReports == 0 &&
           uncontactedEnterprises == 0;
  }
  bool operator==(const ReminderDigest&) const = default;
};

// "您有 12 件诉求已超期、3 件诉求今日到期，请登录十堰亲清企业服务信息平台处理。"; empty when nothing is owed.
std::string reminderDigestText(const ReminderDigest& digest);

}  // namespace qinqing::domain
