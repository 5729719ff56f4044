#include "features/petitions/attachment_actions.hpp"

#include "app/file_list_actions.hpp"
#include "app/request.hpp"

namespace qinqing::web {

std::string petitionFilesKey(long long petitionId, std::string_view purpose) {
  return "petition/" + std::to_string(petitionId) + "/" + std::string(purpose);
}

void setPetitionAttachments(AppState& state, long long petitionId,
                            const std::vector<domain::PetitionAttachment>& attachments) {
  const std::string base = api::path<api::petitions::attachments>(petitionId);
  for (domain::AttachmentPurpose purpose : {domain::AttachmentPurpose::Petition, domain::AttachmentPurpose::Result}) {
    const std::string key(domain::attachmentPurposeKey(purpose));
    std::vector<ListedFile> files;
    for (const auto& a : attachments) {
      if (a.purpose == purpose) files.push_back({a.id, a.fileName, a.mime, a.size});
    }
    const auto file = [petitionId](long long fileId) { return api::path<api::petitions::attachment>(petitionId, fileId); };
    setFileList(state, petitionFilesKey(petitionId, key), {base + "?purpose=" + key, file, file}, std::move(files));
  }
}

void downloadDispatchSheet(AppState& state, const DownloadDispatchSheet& intent) {
  auto& sheet = state.attachments.sheet;
  if (sheet.loading) return;
  sheet = DispatchSheetDownload{intent.petitionId, true, ""};
  ++state.requestsInFlight;
  const std::string path = api::path<api::petitions::dispatchSheet>(intent.petitionId);
  const std::string token = state.session ? state.session->token : std::string();
  downloadFile(path, token, "分办单-" + intent.number + ".pdf", [&state, intent](const HttpReply& reply) {
    --state.requestsInFlight;
    const ReplyGuard guard{{&state.attachments.sheet.loading},
                           [&state, &intent] { return state.attachments.sheet.petitionId == intent.petitionId; }};
    if (!passGuard(state, guard, reply)) return;
    auto& s = state.attachments.sheet;
    if (reply.status != 200) s.error = "分办单下载失败：" + replyError(reply).message;
  });
}

}  // namespace qinqing::web
