// The menu of each role, as the notice lists it (§2–5, §8–12, §14–19, §20, §22, §23), plus the menus
// of the platform's administrators. Item keys are stable ("profile.info"); the web client decides
// which keys it can already open and shows the rest disabled.
#pragma once

#include <string_view>
#include <vector>

#include "qinqing/identity/role.hpp"

namespace qinqing::domain {

struct MenuItem {
  std::string_view key;    // stable id, e.g. "petitions.review"
  std::string_view label;  // Chinese, e.g. 待审核诉求
};

struct MenuGroup {
  std::string_view key;
  std::string_view label;          // e.g. 我的资料
  std::vector<MenuItem> items;     // empty for a top-level entry that is itself a screen
};

// The whole menu of a role, in display order.
const std::vector<MenuGroup>& menuForRole(Role role);

// True when the role's menu contains the item key (used by the server to refuse screens'
// data to roles that do not have them, and by tests).
bool roleHasMenuItem(Role role, std::string_view key);

}  // namespace qinqing::domain
