// The intents of 企业经营状况 and 联系记录, performed by operating_actions.cpp and contact_actions.cpp.
#pragma once

#include <string>

#include "app/type_list.hpp"

namespace qinqing::web {

struct AppState;

// 经营状况 tab
struct LoadOperatingStatus {
  long long enterpriseId = 0;
};
struct StartOperatingReport {
  std::string month;  // "2026-10"; the form starts from that month's current report when there is one
};
struct SaveOperatingReport {};
struct LoadOperatingHistory {
  std::string month;
};

// 联系记录 tab and 联系企业—联系记录
struct LoadEnterpriseContacts {};
struct LoadContactLog {};  // the signed-in cadre's contacts and enterprises
struct StartContact {
  long long enterpriseId = 0;  // 0: the cadre picks one in the form
  bool inLog = false;          // the form of 联系记录 (true) or of the record's tab
};
struct SaveContact {
  bool inLog = false;
};

void perform(AppState& state, const LoadOperatingStatus& intent);
void perform(AppState& state, const StartOperatingReport& intent);
void perform(AppState& state, const SaveOperatingReport& intent);
void perform(AppState& state, const LoadOperatingHistory& intent);
void perform(AppState& state, const LoadEnterpriseContacts& intent);
void perform(AppState& state, const LoadContactLog& intent);
void perform(AppState& state, const StartContact& intent);
void perform(AppState& state, const SaveContact& intent);

using RelationIntents = TypeList<LoadOperatingStatus, StartOperatingReport, SaveOperatingReport, LoadOperatingHistory,
                                 LoadEnterpriseContacts, LoadContactLog, StartContact, SaveContact>;

}  // namespace qinqing::web
