// Stand-ins for the rest of platform/ (session and local storage, downloads, file choosers and
// uploads, frame requests): in-memory, inspectable by tests.
#pragma once

#include <map>
#include <string>

namespace qinqing::web::test {

// What platform/session_store holds ("" when none) and platform/local_store's keys.
std::string& storedSessionToken();
std::map<std::string, std::string>& localStore();
// The last platform/download text file "saved" (name and content).
struct SavedDownload {
  std::string fileName;
  std::string text;
};
SavedDownload& lastDownload();
void resetPlatform();

}  // namespace qinqing::web::test
