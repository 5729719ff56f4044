// The relation feature's state: 企业经营状况 and 联系记录, shown as tabs of an enterprise's record
// (企业信息, 包联企业—查看) and, for a cadre, as 联系企业—联系记录. Part of AppState (app/app_state.hpp).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/form_feedback.hpp"
#include "app/list_state.hpp"
#include "qinqing/relation/contact_log.hpp"
#include "qinqing/relation/operating_status.hpp"
#include "qinqing/wire/contact_log_json.hpp"
#include "qinqing/wire/operating_status_json.hpp"
#include "qinqing/org/enterprise_record.hpp"

namespace qinqing::web {

// 经营状况 of the open enterprise record: 12 months of current reports, the owed months, the form.
struct OperatingStatusState {
  long long enterpriseId = 0;
  std::optional<wire::OperatingStatusOverview> overview;
  bool loading = false;
  std::string error;
  int sequence = 0;

  bool formOpen = false;
  domain::OperatingStatusForm form;  // form.month: the month being entered ("2026-11")
  FormFeedback feedback;

  std::string historyMonth;  // the month whose versions are listed ("" none)
  std::vector<wire::OperatingStatusView> history;
  bool historyLoading = false;
  std::string historyError;
};

// What a cadre types for one contact, before it is a ContactEntry.
struct ContactForm {
  long long enterpriseId = 0;  // 联系记录's form picks it; the record's tab fixes it
  std::string date;            // "2026-11-03"
  long long way = -1;          // index into domain::kAllContactWays, -1 none chosen
  std::string summary;
  std::string followUp;
};

// Contacts are read newest first.
inline ListState<wire::ContactView> newestContactsFirst() { return newestFirst<wire::ContactView>("date"); }

// 联系记录 of the open enterprise record.
struct EnterpriseContactsState {
  long long enterpriseId = 0;
  ListState<wire::ContactView> list = newestContactsFirst();
  bool formOpen = false;
  ContactForm form;
  FormFeedback feedback;
};

// 联系企业—联系记录 (a cadre): every contact it logged, its enterprises (to pick one and to see who is
// not contacted this month) and the form.
struct ContactLogState {
  ListState<wire::ContactView> list = newestContactsFirst();
  std::vector<domain::EnterpriseRecord> enterprises;
  bool enterprisesLoading = false;
  std::string enterprisesError;
  bool formOpen = false;
  ContactForm form;
  FormFeedback feedback;
};

struct RelationState {
  OperatingStatusState operating;
  EnterpriseContactsState contacts;
  ContactLogState contactLog;
};

}  // namespace qinqing::web
