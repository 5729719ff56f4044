// The files of the petitions on screen (issue 5 "Attachments") and the 分办单 downloads, as the
// attachment widget and attachment_actions.cpp share them. One list per petition and purpose
// ("petition": the enterprise's files; "result": the handling unit's), kept by key so that a reply
// arriving after the screen moved on finds its list or none, never another petition's.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "qinqing/petition/petition_view.hpp"

namespace qinqing::web {

// One chosen file on its way to the server, or refused (by the shared checks or by the server).
struct AttachmentUpload {
  int id = 0;                 // unique within the app run
  std::string fileName;
  long long size = 0;
  std::string bytes;          // kept until sent
  enum class Phase { Waiting, Sending, Failed } phase = Phase::Waiting;
  long long sent = 0;         // bytes of the body on the wire so far
  std::string error;          // Failed: why, in Chinese
};

struct AttachmentListModel {
  long long petitionId = 0;
  std::string purpose;                               // "petition" | "result"
  std::vector<domain::PetitionAttachment> items;     // the files the server holds, in upload order
  std::vector<AttachmentUpload> uploads;             // waiting, sending (one at a time) or failed
  std::set<long long> removing;                      // ids with a DELETE in flight
  long long downloading = 0;                         // the id being fetched, 0 for none
  std::string error;                                 // the last refusal, shown beside the list
};

struct DispatchSheetDownload {
  long long petitionId = 0;
  bool loading = false;
  std::string error;
};

struct AttachmentsState {
  std::map<std::string, AttachmentListModel> lists;  // key: "<petition id>/<purpose>"
  DispatchSheetDownload sheet;
  int nextUploadId = 1;
};

}  // namespace qinqing::web
