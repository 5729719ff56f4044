// What 系统管理员's 账号管理 and 组织机构 screens, the cadre editor (基础数据—包联干部) and the
// 更换包联干部 panel of an enterprise record show. Part of AppState (app_state.hpp); only
// admin_actions.cpp changes it, in answer to the network.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "list_state.hpp"
#include "qinqing/core/result.hpp"
#include "qinqing/identity/account_admin.hpp"
#include "qinqing/org/base_data.hpp"
#include "qinqing/org/enterprise_record.hpp"
#include "qinqing/org/organisation.hpp"

namespace qinqing::web {

// A form's server round trip: every field error beside its field, anything else above the button.
struct FormFeedback {
  std::vector<domain::FieldError> fieldErrors;
  std::string formError;
  std::string message;  // the last success, in green
  bool saving = false;
  const std::string* field(std::string_view name) const {
    for (const auto& e : fieldErrors) {
      if (e.field == name) return &e.message;
    }
    return nullptr;
  }
  void clear() {
    fieldErrors.clear();
    formError.clear();
    message.clear();
  }
};

// 账号管理: the filtered list, the open account and its 移交账号 form.
struct AccountsState {
  ListState<domain::AccountSummary> list;
  domain::AccountFilter filter;  // what the list is filtered by (the combos edit it)
  long long openId = 0;          // 0: the list is shown
  std::optional<domain::AccountDetail> detail;
  bool detailLoading = false;
  std::string detailError;
  bool handoverOpen = false;
  domain::AccountHandover handover;
  FormFeedback feedback;
};

// 组织机构: regions, the selected region's units, the add / rename form, the industry groups.
struct OrgState {
  std::vector<domain::RegionRow> regions;
  bool regionsLoading = false;
  std::string regionsError;
  long long regionId = 0;  // the region whose units are listed
  ListState<domain::UnitRow> units;
  bool unitFormOpen = false;
  long long renameUnitId = 0;  // 0: the form adds a unit to the region
  std::string unitName;
  FormFeedback feedback;
  std::vector<domain::IndustryGroupRow> groups;
  bool groupsLoading = false;
  std::string groupsError;
};

// 基础数据—包联干部 for 系统管理员: editing a cadre (moving them included) or adding one.
struct CadreEditState {
  bool open = false;
  long long id = 0;              // 0: a new cadre
  long long regionId = 0;        // picks the units offered
  std::string mobileMasked;      // the stored number, shown beside an empty mobile field
  domain::CadreForm form;
  FormFeedback feedback;
};

// 更换包联干部 on an open enterprise record: the cadre picker (server search within the caller's
// scope), the note, the confirmation step, and the assignment history.
struct ReassignState {
  long long enterpriseId = 0;    // whose history is loaded
  std::vector<domain::CadreAssignment> history;
  bool historyLoading = false;
  std::string historyError;
  bool open = false;
  ListState<domain::CadreSummary> cadres;
  std::optional<domain::CadreSummary> chosen;
  std::string note;
  bool confirming = false;
  FormFeedback feedback;
};

struct AdminState {
  AccountsState accounts;
  OrgState org;
  CadreEditState cadreEdit;
  ReassignState reassign;
};

}  // namespace qinqing::web
