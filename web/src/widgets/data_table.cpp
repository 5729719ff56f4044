#include "widgets/data_table.hpp"

#include "imgui.h"
#include "app/theme.hpp"
#include "widgets/form_widgets.hpp"
#include "widgets/probe.hpp"

namespace qinqing::web::ui {
namespace {

bool drawToolbar(std::string_view probeId, TableModel& m) {
  bool changed = false;
  std::string id(probeId);
  FieldOptions search;
  search.width = 360 * ImGui::GetStyle().FontScaleDpi;
  search.hint = m.searchHint;
  search.maxChars = 60;
  ImGui::BeginGroup();
  bool entered = textField(id + ".search", "", *m.searchText, search);
  ImGui::EndGroup();
  // Esc in the search box clears the filter, as people expect of a search field.
  if (ImGui::IsItemFocused() && ImGui::IsKeyPressed(ImGuiKey_Escape) && !m.searchText->empty()) {
    m.searchText->clear();
    entered = true;
  }
  ImGui::SameLine();
  if (secondaryButton(id + ".search_button", "查询") || entered) {
    if (m.request->query != *m.searchText) {
      m.request->query = *m.searchText;
      m.request->page = 1;
      changed = true;
    }
  }
  if (m.loading) {
    ImGui::SameLine();
    spinner(ImGui::GetFontSize() * 0.4f);
    probe::item(id + ".loading");
  }
  return changed;
}

bool drawPager(std::string_view probeId, TableModel& m) {
  bool changed = false;
  std::string id(probeId);
  domain::PageRequest& r = *m.request;
  int pages = domain::pageCount(m.total, r.pageSize);
  std::string info = "共 " + std::to_string(m.total) + " 条　第 " + std::to_string(r.page) + " / " + std::to_string(pages) + " 页";
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(info.c_str());
  probe::item(id + ".pager", info);
  ImGui::SameLine();
  ImGui::BeginDisabled(r.page <= 1 || m.loading);
  if (secondaryButton(id + ".prev", "上一页")) { r.page--; changed = true; }
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::BeginDisabled(r.page >= pages || m.loading);
  if (secondaryButton(id + ".next", "下一页")) { r.page++; changed = true; }
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::SetNextItemWidth(120 * ImGui::GetStyle().FontScaleDpi);
  static const int kSizes[] = {10, 20, 50, 100};
  std::string current = std::to_string(r.pageSize) + " 条/页";
  if (ui::beginCombo("##page_size", current.c_str())) {
    for (int s : kSizes) {
      std::string label = std::to_string(s) + " 条/页";
      if (ImGui::Selectable(label.c_str(), s == r.pageSize) && s != r.pageSize) {
        r.pageSize = s;
        r.page = 1;
        changed = true;
      }
    }
    ImGui::EndCombo();
  }
  return changed;
}

}  // namespace

bool dataTable(std::string_view probeId, const std::vector<TableColumn>& columns, TableModel& m,
               const std::function<void(int, int)>& cell, const std::function<void(int)>& onOpen) {
  std::string id(probeId);
  bool changed = m.searchable ? drawToolbar(probeId, m) : false;
  if (!m.searchable && m.loading) {
    spinner(ImGui::GetFontSize() * 0.4f);
    probe::item(id + ".loading");
  }
  if (!m.error.empty()) errorText(id + ".error", m.error);

  ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter |
                          ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp;
  float pagerH = ImGui::GetFrameHeightWithSpacing() + ImGui::GetStyle().ItemSpacing.y;
  ImVec2 size(0, std::max(ImGui::GetFrameHeight() * 4, ImGui::GetContentRegionAvail().y - pagerH));
  if (ImGui::BeginTable(id.c_str(), static_cast<int>(columns.size()), flags, size)) {
    ImGui::TableSetupScrollFreeze(0, 1);
    for (size_t c = 0; c < columns.size(); ++c) {
      ImGuiTableColumnFlags cf = columns[c].key.empty() ? ImGuiTableColumnFlags_NoSort : 0;
      if (!columns[c].key.empty() && columns[c].key == m.request->sort) {
        cf |= ImGuiTableColumnFlags_DefaultSort | (m.request->descending ? ImGuiTableColumnFlags_PreferSortDescending : 0);
      }
      ImGui::TableSetupColumn(columns[c].label.c_str(), cf, columns[c].weight);
    }
    // Headers one by one (not TableHeadersRow) so each header's own rectangle reaches the probe.
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    for (size_t c = 0; c < columns.size(); ++c) {
      ImGui::TableSetColumnIndex(static_cast<int>(c));
      ImGui::TableHeader(columns[c].label.c_str());
      probe::item(id + ".header." + (columns[c].key.empty() ? std::to_string(c) : columns[c].key), columns[c].label);
    }
    if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs(); specs && specs->SpecsDirty) {
      if (specs->SpecsCount > 0) {
        const auto& s = specs->Specs[0];
        std::string key = columns[static_cast<size_t>(s.ColumnIndex)].key;
        bool desc = s.SortDirection == ImGuiSortDirection_Descending;
        if (key != m.request->sort || desc != m.request->descending) {
          m.request->sort = key;
          m.request->descending = desc;
          m.request->page = 1;
          changed = true;
        }
      }
      specs->SpecsDirty = false;
    }
    for (int row = 0; row < m.rowCount; ++row) {
      ImGui::TableNextRow();
      ImGui::PushID(row);
      for (size_t c = 0; c < columns.size(); ++c) {
        ImGui::TableSetColumnIndex(static_cast<int>(c));
        if (c == 0) {
          // The whole row is one selectable: click or Enter opens it.
          if (ImGui::Selectable("##row", false, ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowOverlap)) onOpen(row);
          probe::item(id + ".row." + std::to_string(row));
          ImGui::SameLine(0, 0);
        }
        cell(row, static_cast<int>(c));
      }
      ImGui::PopID();
    }
    ImGui::EndTable();
  }
  if (m.rowCount == 0 && !m.loading && m.error.empty()) {
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() - size.y * 0.6f);
    emptyState(id + ".empty", m.emptyText);
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + size.y * 0.6f - ImGui::GetTextLineHeightWithSpacing());
  }
  changed |= drawPager(probeId, m);
  return changed;
}

}  // namespace qinqing::web::ui
