// One server-paged list as AppState keeps it (app_state.hpp, admin_state.hpp).
#pragma once

#include <string>
#include <utility>

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

// A list whose first view is newest first by `key`. Set where the state is made, not when it is first
// loaded: the table's first frame would otherwise pick its own default (ascending) and win the race.
template <typename T>
ListState<T> newestFirst(std::string key) {
  ListState<T> list;
  list.request.sort = std::move(key);
  list.request.descending = true;
  return list;
}

}  // namespace qinqing::web
