// The 分办单 download of the petition on screen. The petitions' files themselves are file lists
// (app/file_list_state.hpp) under the keys attachment_actions.hpp names.
#pragma once

#include <string>

namespace qinqing::web {

struct DispatchSheetDownload {
  long long petitionId = 0;
  bool loading = false;
  std::string error;
};

struct AttachmentsState {
  DispatchSheetDownload sheet;
};

}  // namespace qinqing::web
