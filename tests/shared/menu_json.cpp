// Prints every role's menu as shared/ defines it (menuForRole), as JSON, for the browser test that
// checks each role's menu on screen against it (tests/browser/role_scope.test.js):
//   {"cadre": [{"key": "profile", "label": "我的资料", "items": [{"key": "profile.info", "label": "个人信息"}…]}…]…}
#include <iostream>

#include <nlohmann/json.hpp>

#include "qinqing/identity/menu.hpp"

int main() {
  using namespace qinqing::domain;
  nlohmann::json out = nlohmann::json::object();
  for (Role role : kAllRoles) {
    nlohmann::json groups = nlohmann::json::array();
    for (const auto& g : menuForRole(role)) {
      nlohmann::json items = nlohmann::json::array();
      for (const auto& i : g.items) items.push_back({{"key", i.key}, {"label", i.label}});
      groups.push_back({{"key", g.key}, {"label", g.label}, {"items", items}});
    }
    out[std::string(roleKey(role))] = groups;
  }
  std::cout << out.dump() << "\n";
  return 0;
}
