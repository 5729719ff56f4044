#include <emscripten/emscripten.h>

#include <map>

#include "platform/file_transfer.hpp"
#include "platform/font_loader.hpp"
#include "platform/frame_scheduler.hpp"

// The JavaScript halves live here (EM_JS): they belong to this file only.
EM_JS(void, qq_choose_files, (const char* acceptPtr, int multiple, double maxBytes), {
  var old = document.getElementById("qq-attachment-input");
  if (old) old.remove();
  var input = document.createElement("input");
  input.type = "file";
  input.accept = UTF8ToString(acceptPtr);
  input.multiple = !!multiple;
  input.style.display = "none";
  input.id = "qq-attachment-input";
  document.body.appendChild(input);
  input.addEventListener("change", function () {
    var files = Array.prototype.slice.call(input.files || []);
    input.remove();
    if (!files.length) return;
    Promise.all(files.map(function (f) {
      return f.size <= maxBytes ? f.arrayBuffer() : Promise.resolve(null);
    })).then(function (buffers) {
      Module._qq_files_begin();
      files.forEach(function (f, i) {
        var n = lengthBytesUTF8(f.name) + 1, namePtr = _malloc(n);
        stringToUTF8(f.name, namePtr, n);
        var bytes = buffers[i] ? new Uint8Array(buffers[i]) : new Uint8Array(0);
        var dataPtr = _malloc(Math.max(1, bytes.length));
        HEAPU8.set(bytes, dataPtr);  // HEAPU8 read after _malloc: memory may have grown
        Module._qq_files_item(namePtr, f.size, dataPtr, bytes.length);
        _free(namePtr);
        _free(dataPtr);
      });
      Module._qq_files_end();
    });
  });
  input.click();
});

EM_JS(void, qq_upload_file, (int id, const char* pathPtr, const char* dataPtr, int length, const char* tokenPtr), {
  var token = UTF8ToString(tokenPtr);
  var base = (window.qinqingBoot && window.qinqingBoot.apiBase) || "";
  var body = HEAPU8.slice(dataPtr, dataPtr + length);  // a copy: the C++ buffer may move
  function deliver(status, text) {
    var len = lengthBytesUTF8(text) + 1, ptr = _malloc(len);
    stringToUTF8(text, ptr, len);
    Module._qq_transfer_done(id, status, ptr);
    _free(ptr);
  }
  // XMLHttpRequest, not fetch: only it reports upload progress.
  var xhr = new XMLHttpRequest();
  xhr.open("POST", base + UTF8ToString(pathPtr));
  xhr.setRequestHeader("Accept", "application/json");
  xhr.setRequestHeader("Content-Type", "application/octet-stream");
  if (token) xhr.setRequestHeader("Authorization", "Bearer " + token);
  xhr.upload.onprogress = function (e) {
    if (e.lengthComputable) Module._qq_transfer_progress(id, e.loaded, e.total);
  };
  xhr.onload = function () { deliver(xhr.status, xhr.responseText || ""); };
  xhr.onerror = function () { deliver(0, ""); };
  xhr.send(body);
});

EM_JS(void, qq_download_file, (int id, const char* pathPtr, const char* tokenPtr, const char* namePtr), {
  var token = UTF8ToString(tokenPtr), name = UTF8ToString(namePtr);
  var base = (window.qinqingBoot && window.qinqingBoot.apiBase) || "";
  var headers = {};
  if (token) headers["Authorization"] = "Bearer " + token;
  function deliver(status, text) {
    var len = lengthBytesUTF8(text) + 1, ptr = _malloc(len);
    stringToUTF8(text, ptr, len);
    Module._qq_transfer_done(id, status, ptr);
    _free(ptr);
  }
  fetch(base + UTF8ToString(pathPtr), { headers: headers, cache: "no-store" })
    .then(function (r) {
      if (!r.ok) return r.text().then(function (t) { deliver(r.status, t); });
      return r.blob().then(function (blob) {
        var a = document.createElement("a");
        a.href = URL.createObjectURL(blob);
        a.download = name;
        document.body.appendChild(a);
        a.click();
        setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
        deliver(r.status, "");
      });
    })
    .catch(function () { deliver(0, ""); });
});

namespace qinqing::web {
namespace {

struct PendingChoice {
  FilesChosen callback;            // at most one file dialog is open at a time
  std::vector<ChosenFile> files;   // collected between qq_files_begin and qq_files_end
};
PendingChoice& pendingFileTransferChoice() {
  static PendingChoice choice;
  return choice;
}

struct Transfer {
  UploadProgress progress;
  HttpCallback done;
};
std::map<int, Transfer>& transfers() {
  static std::map<int, Transfer> pending;  // keyed by transfer id
  return pending;
}
int g_nextTransfer = 1;

}  // namespace

void chooseFiles(const std::string& accept, bool multiple, long long maxBytes, FilesChosen onChosen) {
  pendingFileTransferChoice() = PendingChoice{std::move(onChosen), {}};
  qq_choose_files(accept.c_str(), multiple ? 1 : 0, static_cast<double>(maxBytes));
}

void uploadFile(const std::string& path, const std::string& bytes, const std::string& token, UploadProgress onProgress,
                HttpCallback onDone) {
  const int id = g_nextTransfer++;
  transfers()[id] = Transfer{std::move(onProgress), std::move(onDone)};
  qq_upload_file(id, path.c_str(), bytes.data(), static_cast<int>(bytes.size()), token.c_str());
}

void downloadFile(const std::string& path, const std::string& token, const std::string& fileName, HttpCallback onDone) {
  const int id = g_nextTransfer++;
  transfers()[id] = Transfer{nullptr, std::move(onDone)};
  qq_download_file(id, path.c_str(), token.c_str(), fileName.c_str());
}

}  // namespace qinqing::web

extern "C" EMSCRIPTEN_KEEPALIVE void qq_files_begin() { qinqing::web::pendingFileTransferChoice().files.clear(); }

extern "C" EMSCRIPTEN_KEEPALIVE void qq_files_item(const char* name, double size, const char* data, int length) {
  qinqing::web::pendingFileTransferChoice().files.push_back(
      {name ? name : "", static_cast<long long>(size), std::string(data, static_cast<std::size_t>(length))});
}

extern "C" EMSCRIPTEN_KEEPALIVE void qq_files_end() {
  using namespace qinqing::web;
  auto choice = std::move(pendingFileTransferChoice());
  pendingFileTransferChoice() = PendingChoice{};
  for (const auto& f : choice.files) noteTextForFonts(f.name);  // names may need glyphs beyond the base font
  if (choice.callback) choice.callback(std::move(choice.files));
  requestFrames(3);
}

extern "C" EMSCRIPTEN_KEEPALIVE void qq_transfer_progress(int id, double sent, double total) {
  using namespace qinqing::web;
  auto it = transfers().find(id);
  if (it == transfers().end() || !it->second.progress) return;
  it->second.progress(static_cast<long long>(sent), static_cast<long long>(total));
  requestFrames(1);
}

extern "C" EMSCRIPTEN_KEEPALIVE void qq_transfer_done(int id, int status, const char* body) {
  using namespace qinqing::web;
  auto it = transfers().find(id);
  if (it == transfers().end()) return;
  HttpCallback callback = std::move(it->second.done);
  transfers().erase(it);
  HttpReply reply{status, body ? body : ""};
  noteTextForFonts(reply.body);
  if (callback) callback(reply);
  requestFrames(2);
}
