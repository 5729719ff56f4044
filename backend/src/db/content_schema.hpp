// Migration 11: the cadre–enterprise relationship and the platform's content (issue 11):
// 企业经营状况, 联系记录, 干部测评, 公告栏, 政策指南, 简报投稿, and the reminder digests that bundle
// every reminder a recipient is owed in a day into one SMS. Kept apart from migrations.cpp like
// the petition schema; migrations.cpp lists it in order with the others.
#pragma once

#include <string_view>

namespace qinqing::backend::db {

extern const std::string_view kContentSchema;

}  // namespace qinqing::backend::db
