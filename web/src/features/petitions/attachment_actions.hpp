// Petition attachments and the 分办单 in the client: the lists the attachment widget shows, the
// checks a chosen file passes before it is sent (the shared file_type rules the server applies
// again), uploads one at a time with progress, removal, and downloads that carry the session token.
#pragma once

#include <string_view>
#include <vector>

#include "app/dispatch.hpp"
#include "platform/file_transfer.hpp"

namespace qinqing::web {

// The list of a petition's files of one purpose ("petition" | "result"), created empty on first use.
AttachmentListModel& attachmentList(AppState& state, long long petitionId, std::string_view purpose);

// Call when a petition's detail has loaded: its files, split by purpose. Uploads under way and
// refused files stay listed; the last error is cleared.
void setPetitionAttachments(AppState& state, long long petitionId,
                            const std::vector<domain::PetitionAttachment>& attachments);

// Files the user picked for a list: each is checked (name, size, type by content, at most 10 per
// list); refused ones are listed with the reason, the others queued and sent one after the other.
void addChosenAttachments(AppState& state, long long petitionId, const std::string& purpose,
                          std::vector<ChosenFile> files);

void removeAttachment(AppState& state, const RemoveAttachment& intent);
void downloadAttachment(AppState& state, const DownloadAttachment& intent);
void dismissAttachmentUpload(AppState& state, const DismissAttachmentUpload& intent);
void downloadDispatchSheet(AppState& state, const DownloadDispatchSheet& intent);

}  // namespace qinqing::web
