// 审计日志's state (audit feature).
#pragma once

#include <string>
#include <vector>
#include "qinqing/org/paging.hpp"
#include "qinqing/wire/audit_json.hpp"

namespace qinqing::web {

// 审计日志 (审计管理员).
struct AuditLogState {
  domain::PageRequest request;   // query = account filter (login name or id)
  std::string searchText;
  std::string action;            // action key filter, empty for all
  std::vector<wire::AuditRecord> entries;
  long long total = 0;
  bool loading = false;
  std::string error;
  int sequence = 0;
  bool exporting = false;
  std::string exportMessage;
};

}  // namespace qinqing::web
