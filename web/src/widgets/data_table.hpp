// A clerk's table: search box, sortable headers, rows, pager — with paging, sorting and filtering done
// by the server. The widget edits the PageRequest; the caller reloads when it reports a change.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "qinqing/org/paging.hpp"

namespace qinqing::web::ui {

struct TableColumn {
  std::string key;        // the server's sort key; empty: not sortable
  std::string label;
  float weight = 1.0f;    // share of the width
};

struct TableModel {
  domain::PageRequest* request = nullptr;  // edited in place
  std::string* searchText = nullptr;       // what is typed, applied on Enter / 查询
  long long total = 0;
  int rowCount = 0;                        // rows of the current page
  bool loading = false;
  std::string error;
  std::string emptyText;                   // why the list is empty (scope, or the filter)
  std::string searchHint;
  bool searchable = true;                  // false: no search box (the server offers no filter)
};

// Returns true when the request changed (page, sort, search, page size): reload the list.
// `cell(row, column)` draws one cell; `onOpen(row)` runs when a row is clicked or Enter is pressed on it.
bool dataTable(std::string_view probeId, const std::vector<TableColumn>& columns, TableModel& model,
               const std::function<void(int row, int column)>& cell, const std::function<void(int row)>& onOpen);

}  // namespace qinqing::web::ui
