#include "qinqing/identity/account_admin.hpp"

#include "qinqing/org/organisation.hpp"
#include "qinqing/validation/field_validator.hpp"

namespace qinqing::domain {

std::string_view accountStatusKey(AccountStatus status) {
  switch (status) {
    case AccountStatus::Active: return "active";
    case AccountStatus::PendingActivation: return "pending_activation";
    case AccountStatus::Locked: return "locked";
    case AccountStatus::Disabled: return "disabled";
  }
  return "active";
}

std::optional<AccountStatus> accountStatusFromKey(std::string_view key) {
  for (AccountStatus s : kAllAccountStatuses) {
    if (accountStatusKey(s) == key) return s;
  }
  return std::nullopt;
}

std::string_view accountStatusName(AccountStatus status) {
  switch (status) {
    case AccountStatus::Active: return "正常";
    case AccountStatus::PendingActivation: return "待激活";
    case AccountStatus::Locked: return "锁定";
    case AccountStatus::Disabled: return "已停用";
  }
  return "正常";
}

bool roleHasNamedHolder(Role role) {
  switch (role) {
    case Role::UnitAdmin:
    case Role::CountyAdmin:
    case Role::CityDispatcher:
    case Role::IndustryDispatcher:
    case Role::Inspector: return true;
    case Role::Enterprise:
    case Role::Cadre:
    case Role::SystemAdmin:
    case Role::SecurityAdmin:
    case Role::AuditAdmin: return false;
  }
  return false;
}

Status validateAccountHandover(AccountHandover& h) {
  h.holderName = trimmedText(h.holderName);
  h.mobile = trimmedText(h.mobile);
  h.title = trimmedText(h.title);
  h.reason = trimmedText(h.reason);
  FieldValidator v;
  v.required("holder_name", "新持有人姓名", h.holderName).maxChars("holder_name", "新持有人姓名", h.holderName, kHolderNameMax);
  v.required("mobile", "新持有人手机号", h.mobile).mobile("mobile", "新持有人手机号", h.mobile);
  v.maxChars("title", "职务", h.title, kTitleMax);
  v.required("reason", "移交原因", h.reason).maxChars("reason", "移交原因", h.reason, kHandoverReasonMax);
  return v.status();
}

}  // namespace qinqing::domain
