// Petition attachments in the client: the two file lists of a petition (诉求附件 of the enterprise,
// 办理结果附件 of the handling unit) filled from its detail, and the 分办单 download. Uploads, removal
// and downloads are the shared file list's (app/file_list_actions.hpp).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "app/dispatch.hpp"

namespace qinqing::web {

// The file list key of a petition's files of one purpose ("petition" | "result").
std::string petitionFilesKey(long long petitionId, std::string_view purpose);

// Call when a petition's detail has loaded: its files, split by purpose. Uploads under way and
// refused files stay listed; the last error is cleared.
void setPetitionAttachments(AppState& state, long long petitionId,
                            const std::vector<domain::PetitionAttachment>& attachments);

void downloadDispatchSheet(AppState& state, const DownloadDispatchSheet& intent);

}  // namespace qinqing::web
