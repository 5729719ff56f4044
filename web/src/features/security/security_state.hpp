// 安全管理员's screens' state (security feature).
#pragma once

#include <optional>
#include <string>
#include <vector>
#include "app/list_state.hpp"
#include "qinqing/identity/account_admin.hpp"
#include "qinqing/identity/account_security.hpp"
#include "qinqing/org/paging.hpp"

namespace qinqing::web {

// 安全管理员: online sessions, locked accounts and 重置密码.
struct SecurityState {
  domain::PageRequest request;
  std::string searchText;  // unused filter box of the table; sessions are listed whole
  domain::OnlineSessionPage sessions;
  bool loading = false;
  std::string error;
  int sequence = 0;
  std::vector<domain::LockedAccount> locked;
  bool lockedLoading = false;
  std::string lockedError;
  std::string message;
  // 重置密码 (issue 17): find the account, confirm, then its one-time password shown once.
  ListState<domain::AccountSummary> accounts;
  std::optional<domain::AccountSummary> confirming;  // the row whose 生成临时密码 awaits confirmation
  bool generating = false;
  std::string generateError;
  std::optional<domain::TemporaryPassword> temporary;  // dropped when its dialog closes
  bool copied = false;
};

}  // namespace qinqing::web
