// The table model of a server-paged list kept in AppState (ListState<T>): what every list screen
// hands to ui::dataTable before adding its own hint and empty-state text.
#pragma once

#include "app/app_state.hpp"
#include "widgets/data_table.hpp"

namespace qinqing::web {

template <typename T>
ui::TableModel tableModelFor(ListState<T>& list) {
  ui::TableModel model;
  model.request = &list.request;
  model.searchText = &list.searchText;
  model.total = list.page.total;
  model.rowCount = static_cast<int>(list.page.items.size());
  model.loading = list.loading;
  model.error = list.error;
  return model;
}

}  // namespace qinqing::web
