#include "fake_platform.hpp"

#include "platform/download.hpp"
#include "platform/file_chooser.hpp"
#include "platform/file_transfer.hpp"
#include "platform/file_upload.hpp"
#include "platform/frame_scheduler.hpp"
#include "platform/local_store.hpp"
#include "platform/session_store.hpp"

namespace qinqing::web {

namespace test {

std::string& storedSessionToken() {
  static std::string token;
  return token;
}
std::map<std::string, std::string>& localStore() {
  static std::map<std::string, std::string> store;
  return store;
}
SavedDownload& lastDownload() {
  static SavedDownload download;
  return download;
}
void resetPlatform() {
  storedSessionToken().clear();
  localStore().clear();
  lastDownload() = {};
}

}  // namespace test

void saveSessionToken(const std::string& token) { test::storedSessionToken() = token; }
void clearSessionToken() { test::storedSessionToken().clear(); }
std::string loadSessionToken() { return test::storedSessionToken(); }

void saveLocal(const std::string& key, const std::string& value) { test::localStore()[key] = value; }
std::string loadLocal(const std::string& key) {
  auto it = test::localStore().find(key);
  return it == test::localStore().end() ? std::string() : it->second;
}
void removeLocal(const std::string& key) { test::localStore().erase(key); }

void downloadText(const std::string& fileName, const std::string& text, const std::string&) {
  test::lastDownload() = {fileName, text};
}

// Choosers never answer natively (no person picks a file); uploads and downloads go nowhere.
void chooseTextFile(const std::string&, FileChosen) {}
void chooseFiles(const std::string&, bool, long long, FilesChosen) {}
void chooseBinaryFile(const std::string&, BinaryFileChosen) {}
void uploadFile(const std::string& path, const std::string&, const std::string& token, UploadProgress, HttpCallback onDone) {
  httpSend("POST", path, "<upload>", token, std::move(onDone));
}
void uploadBytes(const std::string& path, const std::string&, const std::string& token, HttpCallback callback) {
  httpSend("POST", path, "<upload>", token, std::move(callback));
}
void downloadFile(const std::string& path, const std::string& token, const std::string&, HttpCallback onDone) {
  httpSend("GET", path, "", token, std::move(onDone));
}

void requestFrames(int) {}
void wakeAfter(int) {}

}  // namespace qinqing::web
