#include "features/petitions/attachment_actions.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "qinqing/validation/file_type.hpp"
#include "qinqing/wire/petition_attachment_json.hpp"
#include "qinqing/wire/json_fields.hpp"
#include "app/request.hpp"

namespace qinqing::web {
namespace {

using Phase = AttachmentUpload::Phase;

std::string keyOf(long long petitionId, std::string_view purpose) {
  return std::to_string(petitionId) + "/" + std::string(purpose);
}

AttachmentListModel* findList(AppState& state, long long petitionId, std::string_view purpose) {
  auto it = state.attachments.lists.find(keyOf(petitionId, purpose));
  return it == state.attachments.lists.end() ? nullptr : &it->second;
}

// Query-string encoding of a file name (UTF-8 bytes as %XX, unreserved characters as they are).
std::string attachmentsPath(long long petitionId) { return "/api/petitions/" + std::to_string(petitionId) + "/attachments"; }

std::string token(const AppState& state) { return state.session ? state.session->token : std::string(); }

// Files kept or on their way: what counts against the limit of 10.
int countedFiles(const AttachmentListModel& list) {
  const auto pending = std::count_if(list.uploads.begin(), list.uploads.end(),
                                     [](const AttachmentUpload& u) { return u.phase != Phase::Failed; });
  return static_cast<int>(list.items.size() + static_cast<std::size_t>(pending));
}

void sendNext(AppState& state, long long petitionId, const std::string& purpose);

void uploadDone(AppState& state, long long petitionId, const std::string& purpose, int uploadId, const HttpReply& reply) {
  --state.requestsInFlight;
  if (!passGuard(state, ReplyGuard{}, reply)) return;
  AttachmentListModel* list = findList(state, petitionId, purpose);
  if (!list) return;
  auto upload = std::find_if(list->uploads.begin(), list->uploads.end(),
                             [&](const AttachmentUpload& u) { return u.id == uploadId; });
  if (upload == list->uploads.end()) return;
  auto added = reply.status == 201 ? wire::petitionAttachmentFromJson(nlohmann::json::parse(reply.body, nullptr, false))
                                   : domain::Result<domain::PetitionAttachment>(replyError(reply));
  if (added) {
    list->items.push_back(std::move(added).value());
    list->uploads.erase(upload);
  } else {
    upload->phase = Phase::Failed;
    upload->bytes.clear();
    upload->error = added.error().fields.empty() ? added.error().message : added.error().fields.front().message;
  }
  sendNext(state, petitionId, purpose);
}

// One file at a time: the progress bar means something, and the server's count of 10 is met in
// the order the files were chosen.
void sendNext(AppState& state, long long petitionId, const std::string& purpose) {
  AttachmentListModel* list = findList(state, petitionId, purpose);
  if (!list) return;
  const bool sending = std::any_of(list->uploads.begin(), list->uploads.end(),
                                   [](const AttachmentUpload& u) { return u.phase == Phase::Sending; });
  auto next = std::find_if(list->uploads.begin(), list->uploads.end(),
                           [](const AttachmentUpload& u) { return u.phase == Phase::Waiting; });
  if (sending || next == list->uploads.end()) return;
  next->phase = Phase::Sending;
  const int id = next->id;
  const std::string path = attachmentsPath(petitionId) + "?purpose=" + wire::percentEncode(purpose) + "&name=" + wire::percentEncode(next->fileName);
  ++state.requestsInFlight;
  uploadFile(
      path, next->bytes, token(state),
      [&state, petitionId, purpose, id](long long sent, long long) {
        AttachmentListModel* l = findList(state, petitionId, purpose);
        if (!l) return;
        for (auto& u : l->uploads) {
          if (u.id == id) u.sent = sent;
        }
      },
      [&state, petitionId, purpose, id](const HttpReply& reply) { uploadDone(state, petitionId, purpose, id, reply); });
}

}  // namespace

AttachmentListModel& attachmentList(AppState& state, long long petitionId, std::string_view purpose) {
  auto& list = state.attachments.lists[keyOf(petitionId, purpose)];
  list.petitionId = petitionId;
  list.purpose = std::string(purpose);
  return list;
}

void setPetitionAttachments(AppState& state, long long petitionId,
                            const std::vector<domain::PetitionAttachment>& attachments) {
  for (domain::AttachmentPurpose purpose : {domain::AttachmentPurpose::Petition, domain::AttachmentPurpose::Result}) {
    auto& list = attachmentList(state, petitionId, domain::attachmentPurposeKey(purpose));
    list.items.clear();
    for (const auto& a : attachments) {
      if (a.purpose == purpose) list.items.push_back(a);
    }
    list.error.clear();
  }
}

void addChosenAttachments(AppState& state, long long petitionId, const std::string& purpose,
                          std::vector<ChosenFile> files) {
  auto& list = attachmentList(state, petitionId, purpose);
  list.error.clear();
  for (auto& file : files) {
    AttachmentUpload upload;
    upload.id = state.attachments.nextUploadId++;
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
      const auto& error = verdict.error();
      upload.phase = Phase::Failed;
      upload.error = error.fields.empty() ? error.message : error.fields.front().message;
    }
    list.uploads.push_back(std::move(upload));
  }
  sendNext(state, petitionId, purpose);
}

void removeAttachment(AppState& state, const RemoveAttachment& intent) {
  auto& list = attachmentList(state, intent.petitionId, intent.purpose);
  if (list.removing.count(intent.attachmentId)) return;
  list.removing.insert(intent.attachmentId);
  list.error.clear();
  const std::string path = attachmentsPath(intent.petitionId) + "/" + std::to_string(intent.attachmentId);
  sendSignedIn(state, "DELETE", path, "", ReplyGuard{}, [&state, intent](const HttpReply& reply) {
    AttachmentListModel* l = findList(state, intent.petitionId, intent.purpose);
    if (!l) return;
    l->removing.erase(intent.attachmentId);
    // 404: someone (another tab) removed it already; the list shows the server's truth either way.
    if (reply.status == 204 || reply.status == 404) {
      l->items.erase(std::remove_if(l->items.begin(), l->items.end(),
                                    [&](const domain::PetitionAttachment& a) { return a.id == intent.attachmentId; }),
                     l->items.end());
      return;
    }
    l->error = "移除失败：" + replyError(reply).message;
  });
}

void downloadAttachment(AppState& state, const DownloadAttachment& intent) {
  auto& list = attachmentList(state, intent.petitionId, intent.purpose);
  auto it = std::find_if(list.items.begin(), list.items.end(),
                         [&](const domain::PetitionAttachment& a) { return a.id == intent.attachmentId; });
  if (it == list.items.end() || list.downloading) return;
  list.downloading = intent.attachmentId;
  list.error.clear();
  ++state.requestsInFlight;
  const std::string path = attachmentsPath(intent.petitionId) + "/" + std::to_string(intent.attachmentId);
  downloadFile(path, token(state), it->fileName, [&state, intent](const HttpReply& reply) {
    --state.requestsInFlight;
    if (!passGuard(state, ReplyGuard{}, reply)) return;
    AttachmentListModel* l = findList(state, intent.petitionId, intent.purpose);
    if (!l) return;
    l->downloading = 0;
    if (reply.status != 200) l->error = "下载失败：" + replyError(reply).message;
  });
}

void dismissAttachmentUpload(AppState& state, const DismissAttachmentUpload& intent) {
  AttachmentListModel* list = findList(state, intent.petitionId, intent.purpose);
  if (!list) return;
  list->uploads.erase(std::remove_if(list->uploads.begin(), list->uploads.end(),
                                     [&](const AttachmentUpload& u) {
                                       return u.id == intent.uploadId && u.phase == Phase::Failed;
                                     }),
                      list->uploads.end());
}

void downloadDispatchSheet(AppState& state, const DownloadDispatchSheet& intent) {
  auto& sheet = state.attachments.sheet;
  if (sheet.loading) return;
  sheet = DispatchSheetDownload{intent.petitionId, true, ""};
  ++state.requestsInFlight;
  const std::string path = "/api/petitions/" + std::to_string(intent.petitionId) + "/dispatch-sheet.pdf";
  downloadFile(path, token(state), "分办单-" + intent.number + ".pdf", [&state, intent](const HttpReply& reply) {
    --state.requestsInFlight;
    const ReplyGuard guard{{&state.attachments.sheet.loading},
                           [&state, &intent] { return state.attachments.sheet.petitionId == intent.petitionId; }};
    if (!passGuard(state, guard, reply)) return;
    auto& s = state.attachments.sheet;
    if (reply.status != 200) s.error = "分办单下载失败：" + replyError(reply).message;
  });
}

}  // namespace qinqing::web
