// The file lists on screen — a petition's 诉求附件 and 办理结果附件, an announcement's or a policy
// guide's 附件 — as the file list widget (widgets/file_list_view) and app/file_list_actions share
// them. One model per list, kept by a key the owner chooses ("petition/12/result",
// "announcement/7"), so a reply arriving after the screen moved on finds its list or none, never
// another record's. The owner sets the paths; the model knows nothing of petitions or content.
#pragma once

#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace qinqing::web {

// A file the server holds.
struct ListedFile {
  long long id = 0;
  std::string fileName;
  std::string mime;
  long long size = 0;
};

// One chosen file on its way to the server, or refused (by the shared checks or by the server).
struct FileUpload {
  int id = 0;  // unique within the app run
  std::string fileName;
  long long size = 0;
  std::string bytes;  // kept until sent
  enum class Phase { Waiting, Sending, Failed } phase = Phase::Waiting;
  long long sent = 0;  // bytes of the body on the wire so far
  std::string error;   // Failed: why, in Chinese
};

// Where a list's requests go. uploadPath takes "name=<file name>" after a '?' or '&' (added as the
// path needs); removePath and downloadPath give one file's path (built by the owner from shared/wire's
// api:: patterns). No removePath: nothing to remove.
struct FileListPaths {
  std::string uploadPath;
  std::function<std::string(long long fileId)> removePath;
  std::function<std::string(long long fileId)> downloadPath;
};

struct FileListModel {
  std::string key;
  FileListPaths paths;
  std::vector<ListedFile> items;    // the files the server holds, in upload order
  std::vector<FileUpload> uploads;  // waiting, sending (one at a time) or failed
  std::set<long long> removing;     // ids with a DELETE in flight
  long long downloading = 0;        // the id being fetched, 0 for none
  std::string error;                // the last refusal, shown beside the list
};

struct FileListsState {
  std::map<std::string, FileListModel> lists;
  int nextUploadId = 1;
};

}  // namespace qinqing::web
