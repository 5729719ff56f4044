// The badge colour of each status a list shows: one table per status enum, so every screen that
// shows an account, an application or a bulletin colours it the same.
#pragma once

#include "imgui.h"
#include "qinqing/content/publication.hpp"
#include "qinqing/identity/account_admin.hpp"
#include "qinqing/org/enterprise_application.hpp"

namespace qinqing::web::ui {

ImVec4 statusColour(domain::AccountStatus status);
ImVec4 statusColour(domain::ApplicationStatus status);
ImVec4 statusColour(domain::BulletinStatus status);

}  // namespace qinqing::web::ui
