// 系统管理—企业入驻申请's state (applications feature): the list, the open application, the decision.
#pragma once

#include <optional>
#include <string>

#include "app/form_feedback.hpp"
#include "app/list_state.hpp"
#include "qinqing/org/enterprise_record.hpp"
#include "qinqing/org/enterprise_application.hpp"

namespace qinqing::web {

// 企业入驻申请 review (系统管理员: all; 县市区管理员: its county's).
struct ApplicationReviewState {
  ListState<domain::EnterpriseApplication> list;
  std::string statusFilter = "pending";  // "", "pending", "approved", "rejected"
  long long openId = 0;                  // 0: the list
  std::optional<domain::EnterpriseApplication> detail;
  bool detailLoading = false;
  std::string detailError;
  enum class Decision { None, Approve, Reject } decision = Decision::None;
  ListState<domain::CadreSummary> cadres;  // the picker: GET /api/cadres (the reviewer's scope)
  std::optional<domain::CadreSummary> chosen;
  bool confirming = false;
  std::string reason;
  FormFeedback feedback;
};

}  // namespace qinqing::web
