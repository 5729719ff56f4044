// The relation feature's screens: each draws from AppState and dispatches intents, never calling the
// network.
#pragma once

#include <vector>

#include "app/dispatch.hpp"
#include "qinqing/relation/operating_status.hpp"

namespace qinqing::web {

// The record's 经营状况 tab: owed months, the 12-month trend, the reports and their versions.
void drawOperatingStatusTab(AppState& state, Dispatch& dispatch, long long enterpriseId);
// 填报经营状况 for state.relation.operating.form.
void drawOperatingStatusForm(AppState& state, Dispatch& dispatch);
// 产值 as bars and 从业人数 as a line over the months, drawn with ImGui's draw list.
void drawOperatingTrendChart(const std::vector<domain::OperatingTrendPoint>& points, float dpr);

// The record's 联系记录 tab.
void drawContactsTab(AppState& state, Dispatch& dispatch, long long enterpriseId);
// 登记联系: the record's form (enterprise fixed) or 联系记录's (inLog: the cadre picks the enterprise).
void drawContactForm(AppState& state, Dispatch& dispatch, bool inLog);
// A server-paged table of contacts; withEnterprise: a column naming the enterprise (the cadre's log),
// else one naming the cadre (an enterprise's record).
void drawContactTable(AppState& state, Dispatch& dispatch, const char* probeId, bool withEnterprise);
// 联系企业—联系记录 (a cadre).
void drawContactLogScreen(AppState& state, Dispatch& dispatch);

}  // namespace qinqing::web
