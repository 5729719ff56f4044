// Text kept on this computer across tabs and restarts (the browser's localStorage): the 发布诉求
// form as it is typed, so a petition can be drafted with no connection and nothing typed is lost.
#pragma once

#include <string>

namespace qinqing::web {

void saveLocal(const std::string& key, const std::string& value);  // silently does nothing if storage is off
std::string loadLocal(const std::string& key);                     // empty when none
void removeLocal(const std::string& key);

}  // namespace qinqing::web
