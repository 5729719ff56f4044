// The file lists in the client: the checks a chosen file passes before it is sent (the shared
// file_type rules the server applies again), uploads one at a time with progress, removal, and
// downloads that carry the session token. Owners (petitions, content) fill a list when their record
// loads and draw it with widgets/file_list_view; the 移除/下载/关闭 intents are shell intents.
#pragma once

#include <string>
#include <vector>

#include "app/app_state.hpp"
#include "platform/file_transfer.hpp"

namespace qinqing::web {

// The list under key, created empty on first use.
FileListModel& fileList(AppState& state, const std::string& key);

// Call when the owner's record has loaded: its live files and where requests go. Uploads under way
// and refused files stay listed; the last error is cleared.
void setFileList(AppState& state, const std::string& key, FileListPaths paths, std::vector<ListedFile> files);

// Files the user picked: each is checked (name, size, type by content, at most 10 per list);
// refused ones are listed with the reason, the others queued and sent one after the other.
void addChosenFiles(AppState& state, const std::string& key, std::vector<ChosenFile> files);

}  // namespace qinqing::web
