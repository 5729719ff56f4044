// A cadre's change of 工作单位 (§2, issue 17). The cadre asks for it in 个人信息; because the unit
// decides whose data the cadre may see (auth scope), the move takes effect only when the new unit's
// administrator (or that unit's county administrator, or 系统管理员) confirms it. The cadre's
// enterprises stay assigned to the cadre until someone reassigns them. One request may be pending
// per cadre: a new request withdraws the earlier one. Plain data and the checks that need no
// database.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "qinqing/core/result.hpp"
#include "qinqing/identity/account.hpp"

namespace qinqing::domain {

enum class CadreTransferStatus { Pending, Approved, Rejected, Withdrawn };

inline constexpr CadreTransferStatus kAllCadreTransferStatuses[] = {
    CadreTransferStatus::Pending, CadreTransferStatus::Approved, CadreTransferStatus::Rejected,
    CadreTransferStatus::Withdrawn};

// "pending", "approved", "rejected", "withdrawn" on the wire and in the database.
std::string_view cadreTransferStatusKey(CadreTransferStatus status);
std::optional<CadreTransferStatus> cadreTransferStatusFromKey(std::string_view key);
// 待确认, 已调入, 未同意, 已撤回.
std::string_view cadreTransferStatusName(CadreTransferStatus status);

struct CadreTransfer {
  long long id = 0;
  NamedRef cadre;
  NamedRef fromUnit;
  NamedRef toUnit;
  CadreTransferStatus status = CadreTransferStatus::Pending;
  std::string requestedAt;            // ISO 8601 +08:00
  std::string decidedAt;              // empty while pending
  std::optional<NamedRef> decidedBy;  // the confirming administrator's account
  std::string note;                   // the administrator's remark (the reason when not agreed)
  int enterpriseCount = 0;            // the cadre's enterprises, which stay assigned
  bool operator==(const CadreTransfer&) const = default;
};

inline constexpr std::size_t kTransferNoteMax = 200;

// POST /api/cadre-transfers/{id}/decision.
struct CadreTransferDecision {
  bool approve = true;
  std::string note;
  bool operator==(const CadreTransferDecision&) const = default;
};

// The notice the new unit's administrator gets when a cadre asks to move in:
// 【十堰市双千办】包联干部<姓名>（<原单位>）申请调入贵单位，请登录十堰亲清企业服务信息平台“基础数据—干部调入确认”处理。
std::string cadreTransferRequestedSms(std::string_view cadreName, std::string_view fromUnit);

// Trims the note, then: ≤ kTransferNoteMax; required when not approving ("请填写不同意的原因").
Status validateCadreTransferDecision(CadreTransferDecision& decision);

}  // namespace qinqing::domain
