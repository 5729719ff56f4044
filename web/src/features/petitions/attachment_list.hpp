// A petition's files as a list (名称、类型、大小, 下载) and, where the viewer may add files, the
// 添加附件 button (several at once), each chosen file checked with the shared rules before it is
// sent, its progress while it uploads, 移除 for the enterprise's drafts, and every refusal in
// Chinese beside the list. Also the 下载分办单 button of the government side (§12).
//
// Petition screens call setPetitionAttachments (attachment_actions.hpp) when a detail loads, then
// draw the lists here. Probe ids: attachments.<purpose>.add, .row.<id>, .download.<id>,
// .remove.<id>, .upload.<n> (text: the file name and its state), .error, .empty; dispatch_sheet.download.
#pragma once

#include <string>

#include "app/dispatch.hpp"
#include "qinqing/petition/petition_state.hpp"

namespace qinqing::web {

// purpose: "petition" (诉求附件) or "result" (办理结果附件). petitionState: the petition's state as
// last loaded; 添加附件 and 移除 appear where the shared rule (domain::attachmentChangeAllowed) lets
// the signed-in role change this list in that state — the same rule the server applies.
void drawAttachmentList(AppState& state, Dispatch& dispatch, long long petitionId, const char* purpose,
                        domain::PetitionState petitionState);

// 下载分办单 for everyone but the enterprise (which draws nothing); a spinner while it downloads and
// the reason if it failed.
void drawDispatchSheetButton(AppState& state, Dispatch& dispatch, long long petitionId, const std::string& number);

}  // namespace qinqing::web
