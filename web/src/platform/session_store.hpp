// Keeps the session token across a reload of the same tab (the browser's sessionStorage): closing the
// tab or the browser ends it, and other tabs never see it.
#pragma once

#include <string>

namespace qinqing::web {

void saveSessionToken(const std::string& token);
void clearSessionToken();
std::string loadSessionToken();  // empty when none

}  // namespace qinqing::web
