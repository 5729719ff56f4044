// A record's files as a table (文件名、类型、大小, 下载) and, where the viewer may add files, the
// 添加附件 button (several at once), each chosen file checked with the shared rules before it is
// sent, its progress while it uploads, 移除 where allowed, and every refusal in Chinese beside the
// list. The owner fills the list (app/file_list_actions.hpp setFileList) when its record loads.
// Probe ids under probePrefix: .heading, .add, .row.<id>, .download.<id>, .remove.<id>, .upload.<n>
// (text: the file name and its state), .error, .empty.
#pragma once

#include <string>

#include "app/dispatch.hpp"

namespace qinqing::web {

struct FileListLook {
  std::string probePrefix;  // e.g. attachments.petition
  std::string title;        // 诉求附件, 公告附件 …: the heading shows it with the count of 10
  bool mayAdd = false;      // the same rule the server applies decides these
  bool mayRemove = false;
  std::string emptyText;    // why the list is empty, for a reader
  std::string emptyEditableText;  // why, for someone who may add (empty: emptyText)
};

void drawFileList(AppState& state, Dispatch& dispatch, const std::string& key, const FileListLook& look);

}  // namespace qinqing::web
