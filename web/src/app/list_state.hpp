// One server-paged list as AppState keeps it (app_state.hpp, admin_state.hpp).
#pragma once

#include <string>

#include "qinqing/org/paging.hpp"

namespace qinqing::web {

// The request the table edits, the page the server sent, and a sequence number so a late reply to
// an older request never overwrites a newer one.
template <typename T>
struct ListState {
  domain::PageRequest request;
  std::string searchText;
  domain::Page<T> page;
  bool loading = false;
  std::string error;
  int sequence = 0;
};

}  // namespace qinqing::web
