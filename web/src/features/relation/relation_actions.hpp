// What the relation feature's registration starts when an enterprise record or 联系记录 opens.
#pragma once

namespace qinqing::web {

struct AppState;

// An enterprise record opened: its 经营状况 and 联系记录 are loaded for their tabs.
void openEnterpriseRelation(AppState& state, long long enterpriseId);
// 联系企业—联系记录 opened (a cadre).
void openContactLog(AppState& state);

}  // namespace qinqing::web
