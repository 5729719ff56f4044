#include "app/file_list_actions.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "app/request.hpp"
#include "app/shell_intents.hpp"
#include "qinqing/validation/file_type.hpp"
#include "qinqing/wire/content_attachment_json.hpp"
#include "qinqing/wire/json_fields.hpp"

namespace qinqing::web {
namespace {

using Phase = FileUpload::Phase;

FileListModel* findList(AppState& state, const std::string& key) {
  auto it = state.files.lists.find(key);
  return it == state.files.lists.end() ? nullptr : &it->second;
}

std::string token(const AppState& state) { return state.session ? state.session->token : std::string(); }

// Files kept or on their way: what counts against the limit of 10.
int countedFiles(const FileListModel& list) {
  const auto pending = std::count_if(list.uploads.begin(), list.uploads.end(),
                                     [](const FileUpload& u) { return u.phase != Phase::Failed; });
  return static_cast<int>(list.items.size() + static_cast<std::size_t>(pending));
}

std::string firstMessage(const domain::DomainError& error) {
  return error.fields.empty() ? error.message : error.fields.front().message;
}

void sendNext(AppState& state, const std::string& key);

void uploadDone(AppState& state, const std::string& key, int uploadId, const HttpReply& reply) {
  --state.requestsInFlight;
  if (!passGuard(state, ReplyGuard{}, reply)) return;
  FileListModel* list = findList(state, key);
  if (!list) return;
  auto upload = std::find_if(list->uploads.begin(), list->uploads.end(),
                             [&](const FileUpload& u) { return u.id == uploadId; });
  if (upload == list->uploads.end()) return;
  // Every upload route answers the stored file's common fields (petition files add their purpose).
  auto added = reply.status == 201 ? wire::contentAttachmentFromJson(nlohmann::json::parse(reply.body, nullptr, false))
                                   : domain::Result<wire::ContentAttachment>(replyError(reply));
  if (added) {
    const auto& a = added.value();
    list->items.push_back({a.id, a.fileName, a.mime, a.size});
    list->uploads.erase(upload);
  } else {
    upload->phase = Phase::Failed;
    upload->bytes.clear();
    upload->error = firstMessage(added.error());
  }
  sendNext(state, key);
}

// One file at a time: the progress bar means something, and the server's count of 10 is met in
// the order the files were chosen.
void sendNext(AppState& state, const std::string& key) {
  FileListModel* list = findList(state, key);
  if (!list) return;
  const bool sending = std::any_of(list->uploads.begin(), list->uploads.end(),
                                   [](const FileUpload& u) { return u.phase == Phase::Sending; });
  auto next = std::find_if(list->uploads.begin(), list->uploads.end(),
                           [](const FileUpload& u) { return u.phase == Phase::Waiting; });
  if (sending || next == list->uploads.end()) return;
  next->phase = Phase::Sending;
  const int id = next->id;
  const std::string& base = list->paths.uploadPath;
  const std::string path =
      base + (base.find('?') == std::string::npos ? "?" : "&") + "name=" + wire::percentEncode(next->fileName);
  ++state.requestsInFlight;
  uploadFile(
      path, next->bytes, token(state),
      [&state, key, id](long long sent, long long) {
        FileListModel* l = findList(state, key);
        if (!l) return;
        for (auto& u : l->uploads) {
          if (u.id == id) u.sent = sent;
        }
      },
      [&state, key, id](const HttpReply& reply) { uploadDone(state, key, id, reply); });
}

}  // namespace

FileListModel& fileList(AppState& state, const std::string& key) {
  auto& list = state.files.lists[key];
  list.key = key;
  return list;
}

void setFileList(AppState& state, const std::string& key, FileListPaths paths, std::vector<ListedFile> files) {
  auto& list = fileList(state, key);
  list.paths = std::move(paths);
  list.items = std::move(files);
  list.error.clear();
}

void addChosenFiles(AppState& state, const std::string& key, std::vector<ChosenFile> files) {
  auto& list = fileList(state, key);
  list.error.clear();
  for (auto& file : files) {
    FileUpload upload;
    upload.id = state.files.nextUploadId++;
    upload.fileName = file.name;
    upload.size = file.size;
    // The same checks, in the same order, as the server: the reason shows before anything is sent.
    domain::Status verdict = domain::checkAttachmentFile(file.name, file.size);
    if (verdict) {
      auto type = domain::checkAttachment(file.name, file.bytes);
      if (!type) verdict = type.error();
    }
    if (verdict) verdict = domain::checkAttachmentCount(countedFiles(list));
    if (verdict) {
      upload.bytes = std::move(file.bytes);
    } else {
      upload.phase = Phase::Failed;
      upload.error = firstMessage(verdict.error());
    }
    list.uploads.push_back(std::move(upload));
  }
  sendNext(state, key);
}

void perform(AppState& state, const RemoveListedFile& intent) {
  FileListModel* list = findList(state, intent.key);
  if (!list || !list->paths.removePath || list->removing.count(intent.fileId)) return;
  list->removing.insert(intent.fileId);
  list->error.clear();
  sendSignedIn(state, "DELETE", list->paths.removePath(intent.fileId), "", ReplyGuard{},
               [&state, intent](const HttpReply& reply) {
                 FileListModel* l = findList(state, intent.key);
                 if (!l) return;
                 l->removing.erase(intent.fileId);
                 // 404: someone (another tab) removed it already; the list shows the server's truth.
                 if (reply.status == 204 || reply.status == 404) {
                   l->items.erase(std::remove_if(l->items.begin(), l->items.end(),
                                                 [&](const ListedFile& f) { return f.id == intent.fileId; }),
                                  l->items.end());
                   return;
                 }
                 l->error = "移除失败：" + replyError(reply).message;
               });
}

void perform(AppState& state, const DownloadListedFile& intent) {
  FileListModel* list = findList(state, intent.key);
  if (!list || list->downloading) return;
  auto it = std::find_if(list->items.begin(), list->items.end(),
                         [&](const ListedFile& f) { return f.id == intent.fileId; });
  if (it == list->items.end()) return;
  list->downloading = intent.fileId;
  list->error.clear();
  ++state.requestsInFlight;
  downloadFile(list->paths.downloadPath(intent.fileId), token(state), it->fileName,
               [&state, intent](const HttpReply& reply) {
                 --state.requestsInFlight;
                 FileListModel* l = findList(state, intent.key);
                 if (l) l->downloading = 0;
                 if (!passGuard(state, ReplyGuard{}, reply) || !l) return;
                 if (reply.status != 200) l->error = "下载失败：" + replyError(reply).message;
               });
}

void perform(AppState& state, const DismissFileUpload& intent) {
  FileListModel* list = findList(state, intent.key);
  if (!list) return;
  list->uploads.erase(std::remove_if(list->uploads.begin(), list->uploads.end(),
                                     [&](const FileUpload& u) { return u.id == intent.uploadId && u.phase == Phase::Failed; }),
                      list->uploads.end());
}

}  // namespace qinqing::web
