// What 系统管理员's 账号管理 and 组织机构 screens, the cadre editor (基础数据—包联干部), the
// 更换包联干部 panel of an enterprise record, 新增企业 and 干部调入确认 show. Part of AppState (app_state.hpp); only
// admin_actions.cpp changes it, in answer to the network.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/form_feedback.hpp"
#include "app/list_state.hpp"
#include "qinqing/core/result.hpp"
#include "qinqing/identity/account_admin.hpp"
#include "qinqing/identity/account_provisioning.hpp"
#include "qinqing/org/base_data.hpp"
#include "qinqing/org/cadre_transfer.hpp"
#include "qinqing/org/enterprise_application.hpp"
#include "qinqing/org/enterprise_record.hpp"
#include "qinqing/org/organisation.hpp"

namespace qinqing::web {


// 新建账号 (issue 17): the fixed staff account being created, with the picker its role needs.
struct NewAccountDraft {
  domain::NewStaffAccount account;
  long long unitRegionId = 0;            // 单位管理员: the region whose units the unit combo offers
  ListState<domain::UnitRow> units;      // GET /api/units?region_id=unitRegionId
  std::string suggestion;                // the last suggestedLoginName put into account.loginName
};

// 账号管理: the filtered list, 新建账号, the open account and the one form open on it.
struct AccountsState {
  ListState<domain::AccountSummary> list;
  domain::AccountFilter filter;  // what the list is filtered by (the combos edit it)
  bool creating = false;         // 新建账号 replaces the list
  NewAccountDraft draft;
  long long openId = 0;          // 0: the list is shown
  std::optional<domain::AccountDetail> detail;
  bool detailLoading = false;
  std::string detailError;
  // At most one form under the account's card: 移交账号, 编辑, 停用 (reason, then a confirmation).
  enum class Panel { None, Handover, Edit, Disable };
  Panel panel = Panel::None;
  domain::AccountHandover handover;
  domain::AccountEdit edit;
  domain::AccountDisable disable;
  bool disableConfirming = false;
  FormFeedback feedback;         // the open form's, or 新建账号's (its success shows on the detail)
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
  // 新增区域 / 更名 (issue 17): a county or zone added, or a region renamed.
  bool regionFormOpen = false;
  long long renameRegionId = 0;  // 0: the form adds a region
  domain::RegionForm regionForm;
  FormFeedback regionFeedback;
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

// 基础数据—包联企业 → 新增企业 (系统管理员, issue 17): the application's fields and the cadre, chosen
// with the review screen's picker; regions and industry groups come from 组织机构 (OrgState).
struct NewEnterpriseState {
  bool open = false;
  domain::ApplicationForm form;
  long long industryGroupChoice = 0;     // 0: none chosen
  ListState<domain::CadreSummary> cadres;
  std::optional<domain::CadreSummary> chosen;
  FormFeedback feedback;                 // message: the last enterprise added, shown over the list
};

// 基础数据—干部调入确认 (issue 17): the moves waiting for this administrator, and the one being decided.
struct CadreTransfersState {
  ListState<domain::CadreTransfer> list;
  long long decidingId = 0;              // 0: no decision dialog
  bool approve = true;
  std::string note;                      // the reason when not agreeing
  FormFeedback feedback;                 // message: the last decision
};

struct AdminState {
  AccountsState accounts;
  OrgState org;
  CadreEditState cadreEdit;
  ReassignState reassign;
  NewEnterpriseState newEnterprise;
  CadreTransfersState cadreTransfers;
};

// An enterprise record opened from a list (or the enterprise's own, in 企业信息): view, then edit.
struct EnterpriseDetailState {
  long long id = 0;                     // 0: nothing open
  std::optional<domain::EnterpriseRecord> record;
  bool loading = false;
  std::string error;
  bool editing = false;
  domain::EnterpriseEdit form;
  std::vector<domain::FieldError> fieldErrors;
  std::string formError;
  bool saving = false;
  std::string message;
  std::string revealError;
};

struct BaseDataState {
  ListState<domain::EnterpriseRecord> enterprises;
  ListState<domain::CadreSummary> cadres;
  EnterpriseDetailState enterprise;
};

}  // namespace qinqing::web
