#include <emscripten/emscripten.h>

#include <map>

#include "platform/file_upload.hpp"
#include "platform/font_loader.hpp"
#include "platform/frame_scheduler.hpp"

// The JavaScript halves live here (EM_JS) rather than in browser_bridge.js: they belong to this file only.
EM_JS(void, qq_choose_binary_file, (const char* acceptPtr), {
  var input = document.createElement("input");
  input.type = "file";
  input.accept = UTF8ToString(acceptPtr);
  input.style.display = "none";
  input.id = "qq-binary-file-input";
  document.body.appendChild(input);
  input.addEventListener("change", function () {
    var file = input.files && input.files[0];
    input.remove();
    if (!file) return;
    file.arrayBuffer().then(function (buffer) {
      var bytes = new Uint8Array(buffer);
      var n = lengthBytesUTF8(file.name) + 1, namePtr = _malloc(n);
      stringToUTF8(file.name, namePtr, n);
      var dataPtr = _malloc(Math.max(1, bytes.length));
      HEAPU8.set(bytes, dataPtr);  // HEAPU8 read after _malloc: memory may have grown
      Module._qq_binary_file_chosen(namePtr, dataPtr, bytes.length);
      _free(namePtr);
      _free(dataPtr);
    });
  });
  input.click();
});

EM_JS(void, qq_upload_bytes, (int id, const char* pathPtr, const char* dataPtr, int length, const char* tokenPtr), {
  var headers = { "Accept": "application/json", "Content-Type": "application/octet-stream" };
  var token = UTF8ToString(tokenPtr);
  if (token) headers["Authorization"] = "Bearer " + token;
  var base = (window.qinqingBoot && window.qinqingBoot.apiBase) || "";
  var body = HEAPU8.slice(dataPtr, dataPtr + length);  // a copy: the C++ buffer may move
  function deliver(status, text) {
    var len = lengthBytesUTF8(text) + 1, ptr = _malloc(len);
    stringToUTF8(text, ptr, len);
    Module._qq_upload_done(id, status, ptr);
    _free(ptr);
  }
  fetch(base + UTF8ToString(pathPtr), { method: "POST", headers: headers, body: body, cache: "no-store" })
    .then(function (r) { return r.text().then(function (t) { deliver(r.status, t); }); })
    .catch(function () { deliver(0, ""); });
});

namespace qinqing::web {
namespace {
BinaryFileChosen& pendingFileUploadChoice() {
  static BinaryFileChosen callback;  // at most one file dialog is open at a time
  return callback;
}
std::map<int, HttpCallback>& pendingUploads() {
  static std::map<int, HttpCallback> callbacks;  // keyed by upload id
  return callbacks;
}
int g_nextUpload = 1;
}  // namespace

void chooseBinaryFile(const std::string& accept, BinaryFileChosen onChosen) {
  pendingFileUploadChoice() = std::move(onChosen);
  qq_choose_binary_file(accept.c_str());
}

void uploadBytes(const std::string& path, const std::string& bytes, const std::string& token, HttpCallback callback) {
  const int id = g_nextUpload++;
  pendingUploads()[id] = std::move(callback);
  qq_upload_bytes(id, path.c_str(), bytes.data(), static_cast<int>(bytes.size()), token.c_str());
}

}  // namespace qinqing::web

extern "C" EMSCRIPTEN_KEEPALIVE void qq_binary_file_chosen(const char* name, const char* data, int length) {
  auto callback = std::move(qinqing::web::pendingFileUploadChoice());
  qinqing::web::pendingFileUploadChoice() = nullptr;
  if (callback) callback(name ? name : "", std::string(data, static_cast<std::size_t>(length)));
  qinqing::web::requestFrames(3);
}

extern "C" EMSCRIPTEN_KEEPALIVE void qq_upload_done(int id, int status, const char* body) {
  using namespace qinqing::web;
  auto it = pendingUploads().find(id);
  if (it == pendingUploads().end()) return;
  HttpCallback callback = std::move(it->second);
  pendingUploads().erase(it);
  HttpReply reply{status, body ? body : ""};
  noteTextForFonts(reply.body);  // problem messages quote names that may need more glyphs
  callback(reply);
  requestFrames(2);
}
