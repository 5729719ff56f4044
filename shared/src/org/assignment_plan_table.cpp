// The table side of the assignment plan: its columns, the header row, trimming cells, the template.
#include "qinqing/org/assignment_plan.hpp"
#include "qinqing/validation/text.hpp"

#include <algorithm>

namespace qinqing::domain {
namespace {

struct ColumnSpec {
  PlanColumn column;
  std::string_view header;
  bool required;
  std::array<std::string_view, 3> aliases;  // spellings counties use in their own sheets
};

constexpr ColumnSpec kColumns[kPlanColumnCount] = {
    {PlanColumn::Region, "区域", true, {"县市区", "所属区域", ""}},
    {PlanColumn::Unit, "单位", true, {"工作单位", "干部单位", "所在单位"}},
    {PlanColumn::Cadre, "包联干部", true, {"干部姓名", "包联干部姓名", ""}},
    {PlanColumn::Title, "职务", false, {"干部职务", "", ""}},
    {PlanColumn::CadreMobile, "干部手机", true, {"干部手机号", "干部手机号码", ""}},
    {PlanColumn::Enterprise, "企业名称", true, {"企业全称", "包联企业", ""}},
    {PlanColumn::Uscc, "统一社会信用代码", true, {"社会信用代码", "信用代码", ""}},
    {PlanColumn::IndustryGroup, "行业组", false, {"行业组别", "行业分组", ""}},
    {PlanColumn::Liaison, "联络员", false, {"企业联络员", "", ""}},
    {PlanColumn::LiaisonMobile, "联络员手机", false, {"联络员手机号", "联络员手机号码", ""}},
};

const ColumnSpec& spec(PlanColumn c) { return kColumns[static_cast<std::size_t>(c)]; }

// Length of a blank character (ASCII whitespace, U+3000, U+00A0, a stray U+FEFF) at text[i], or 0.
std::size_t blankAt(std::string_view text, std::size_t i) {
  const auto c = static_cast<unsigned char>(text[i]);
  if (c == ' ' || (c >= '\t' && c <= '\r')) return 1;
  if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) return 2;
  if (i + 2 < text.size()) {
    const std::string_view three = text.substr(i, 3);
    if (three == "\xE3\x80\x80" || three == "\xEF\xBB\xBF") return 3;
  }
  return 0;
}

std::string trimCell(std::string_view text) {
  std::size_t begin = 0;
  while (begin < text.size()) {
    const std::size_t n = blankAt(text, begin);
    if (n == 0) break;
    begin += n;
  }
  // Trailing blanks: scan forward remembering where the last non-blank character ended (UTF-8
  // cannot be scanned backwards by byte value alone without care).
  std::size_t end = begin;
  for (std::size_t i = begin; i < text.size();) {
    const std::size_t n = blankAt(text, i);
    if (n) {
      i += n;
    } else {
      ++i;
      while (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) ++i;
      end = i;
    }
  }
  return std::string(text.substr(begin, end - begin));
}

bool endsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// A header cell made comparable: every blank removed, a trailing required/optional marker dropped.
std::string headerKey(std::string_view cell) {
  std::string key;
  for (std::size_t i = 0; i < cell.size();) {
    const std::size_t n = blankAt(cell, i);
    if (n) {
      i += n;
    } else {
      key += cell[i++];
    }
  }
  for (std::string_view marker : {"*", "\xEF\xBC\x8A" /* ＊ */, "（必填）", "(必填)", "（选填）", "(选填)"}) {
    if (endsWith(key, marker)) key.resize(key.size() - marker.size());
  }
  return key;
}

std::optional<PlanColumn> columnOfHeader(std::string_view cell) {
  const std::string key = headerKey(cell);
  if (key.empty()) return std::nullopt;
  for (const auto& c : kColumns) {
    if (key == c.header) return c.column;
    for (std::string_view alias : c.aliases) {
      if (!alias.empty() && key == alias) return c.column;
    }
  }
  return std::nullopt;
}

// Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA.
std::string columnLetters(std::size_t index) {
  std::string letters;
  for (std::size_t n = index + 1; n > 0; n = (n - 1) / 26) letters.insert(letters.begin(), static_cast<char>('A' + (n - 1) % 26));
  return letters;
}

std::string joinRequired(const std::array<std::optional<std::size_t>, kPlanColumnCount>& found) {
  std::string out;
  for (const auto& c : kColumns) {
    if (!c.required || found[static_cast<std::size_t>(c.column)]) continue;
    if (!out.empty()) out += "、";
    out += c.header;
  }
  return out;
}

}  // namespace

const std::array<PlanColumn, kPlanColumnCount>& planColumns() {
  static const std::array<PlanColumn, kPlanColumnCount> columns = [] {
    std::array<PlanColumn, kPlanColumnCount> out{};
    for (std::size_t i = 0; i < kPlanColumnCount; ++i) out[i] = kColumns[i].column;
    return out;
  }();
  return columns;
}

std::string_view planColumnHeader(PlanColumn column) { return spec(column).header; }
bool planColumnRequired(PlanColumn column) { return spec(column).required; }

std::string assignmentPlanTemplateCsv() {
  std::string csv = "\xEF\xBB\xBF";
  for (std::size_t i = 0; i < kPlanColumnCount; ++i) {
    if (i) csv += ',';
    csv += kColumns[i].header;
  }
  csv += "\r\n";
  return csv;
}

std::string normalizeMobileText(std::string_view typed) {
  std::string digits;
  for (std::size_t i = 0; i < typed.size();) {
    if (const std::size_t n = blankAt(typed, i)) {
      i += n;
      continue;
    }
    const std::string_view rest = typed.substr(i);
    if (rest[0] == '-') {
      ++i;
    } else if (rest.size() >= 3 && rest.substr(0, 2) == "\xEF\xBC" &&
               static_cast<unsigned char>(rest[2]) >= 0x90 && static_cast<unsigned char>(rest[2]) <= 0x99) {
      digits += static_cast<char>('0' + (static_cast<unsigned char>(rest[2]) - 0x90));  // ０–９
      i += 3;
    } else if (rest.substr(0, 3) == "\xEF\xBC\x8D") {  // －
      i += 3;
    } else {
      digits += rest[0];
      ++i;
    }
  }
  if (digits.size() == 14 && digits.compare(0, 3, "+86") == 0) return digits.substr(3);
  if (digits.size() == 13 && digits.compare(0, 2, "86") == 0) return digits.substr(2);
  return digits;
}

PlanTable planTableFromRows(const std::vector<TableRow>& table) {
  PlanTable out;
  using Found = std::array<std::optional<std::size_t>, kPlanColumnCount>;
  auto mapHeader = [](const TableRow& row) {
    Found found;
    for (std::size_t j = 0; j < row.cells.size(); ++j) {
      if (auto column = columnOfHeader(row.cells[j]); column && !found[static_cast<std::size_t>(*column)]) {
        found[static_cast<std::size_t>(*column)] = j;
      }
    }
    return found;
  };
  auto countFound = [](const Found& f) {
    int n = 0;
    for (const auto& i : f) n += i.has_value();
    return n;
  };

  std::optional<std::size_t> headerIndex;
  std::size_t best = 0;
  int bestCount = 0;
  const std::size_t searched = std::min<std::size_t>(table.size(), kPlanHeaderSearchRows);
  for (std::size_t i = 0; i < searched; ++i) {
    const Found found = mapHeader(table[i]);
    if (joinRequired(found).empty()) {
      headerIndex = i;
      break;
    }
    if (countFound(found) > bestCount) {
      bestCount = countFound(found);
      best = i;
    }
  }
  if (!headerIndex) {
    if (bestCount >= 2) {
      out.problems.push_back({table[best].number, "", "表头缺少必填列：" + joinRequired(mapHeader(table[best])) +
                                                          "（列名须与模板一致）"});
    } else {
      out.problems.push_back({0, "", "未找到表头：第一行应为“区域、单位、包联干部、职务、干部手机、企业名称、统一社会信用代码”等列名，"
                                     "请下载模板对照填写"});
    }
    return out;
  }

  const TableRow& header = table[*headerIndex];
  Found index;
  for (std::size_t j = 0; j < header.cells.size(); ++j) {
    auto column = columnOfHeader(header.cells[j]);
    if (!column) continue;
    auto& slot = index[static_cast<std::size_t>(*column)];
    if (slot) {
      out.problems.push_back({header.number, std::string(spec(*column).header),
                              quoted(spec(*column).header) + "列出现了两次（第" + columnLetters(*slot) + "列和第" +
                                  columnLetters(j) + "列），请只保留一列"});
    } else {
      slot = j;
    }
  }
  if (!out.problems.empty()) return out;

  for (std::size_t i = *headerIndex + 1; i < table.size(); ++i) {
    const TableRow& source = table[i];
    PlanRow row;
    row.row = source.number;
    bool blank = true;
    for (std::size_t c = 0; c < kPlanColumnCount; ++c) {
      if (!index[c] || *index[c] >= source.cells.size()) continue;
      row.cells[c] = trimCell(source.cells[*index[c]]);
      blank = blank && row.cells[c].empty();
    }
    if (blank) continue;
    if (out.rows.size() == kPlanMaxRows) {
      out.problems.push_back({0, "", "文件的数据超过 " + std::to_string(kPlanMaxRows) + " 行，请分成几个文件分批导入"});
      out.rows.clear();
      return out;
    }
    out.rows.push_back(std::move(row));
  }
  if (out.rows.empty()) out.problems.push_back({0, "", "文件中没有数据行：请在表头下方逐行填写包联干部和企业"});
  return out;
}

}  // namespace qinqing::domain
