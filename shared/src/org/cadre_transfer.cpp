#include "qinqing/org/cadre_transfer.hpp"

#include "qinqing/org/organisation.hpp"
#include "qinqing/validation/field_validator.hpp"

namespace qinqing::domain {

std::string_view cadreTransferStatusKey(CadreTransferStatus status) {
  switch (status) {
    case CadreTransferStatus::Pending: return "pending";
    case CadreTransferStatus::Approved: return "approved";
    case CadreTransferStatus::Rejected: return "rejected";
    case CadreTransferStatus::Withdrawn: return "withdrawn";
  }
  return "pending";
}

std::optional<CadreTransferStatus> cadreTransferStatusFromKey(std::string_view key) {
  for (CadreTransferStatus s : kAllCadreTransferStatuses) {
    if (cadreTransferStatusKey(s) == key) return s;
  }
  return std::nullopt;
}

std::string_view cadreTransferStatusName(CadreTransferStatus status) {
  switch (status) {
    case CadreTransferStatus::Pending: return "待确认";
    case CadreTransferStatus::Approved: return "已调入";
    case CadreTransferStatus::Rejected: return "未同意";
    case CadreTransferStatus::Withdrawn: return "已撤回";
  }
  return "待确认";
}

std::string cadreTransferRequestedSms(std::string_view cadreName, std::string_view fromUnit) {
  return "【十堰市双千办】包联干部" + std::string(cadreName) + "（" + std::string(fromUnit) +
         "）申请调入贵单位，请登录十堰亲清企业服务信息平台“基础数据—干部调入确认”处理。";
}

Status validateCadreTransferDecision(CadreTransferDecision& decision) {
  decision.note = trimmedText(decision.note);
  FieldValidator v;
  if (!decision.approve) v.required("note", "不同意的原因", decision.note);
  v.maxChars("note", "说明", decision.note, kTransferNoteMax);
  return v.status();
}

}  // namespace qinqing::domain
