#include "import/xlsx_reader.hpp"

#include <expat.h>
#include <zip.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace qinqing::backend::import {
namespace {

using Rows = std::vector<domain::TableRow>;

domain::DomainError unreadableXlsx(const std::string& what) {
  return domain::DomainError::of(domain::ErrorCode::InvalidInput,
                                 "无法读取 .xlsx 文件：" + what + "。请在 Excel 或 WPS 中重新保存为 .xlsx 或 CSV 后再导入");
}

// [SECTION] the zip package

class ZipPackage {
public:
  explicit ZipPackage(std::string_view bytes) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    if (source) {
      m_zip = zip_open_from_source(source, ZIP_RDONLY, &error);
      if (!m_zip) zip_source_free(source);  // on success the archive owns the source
    }
    zip_error_fini(&error);
  }
  ~ZipPackage() {
    if (m_zip) zip_discard(m_zip);
  }
  ZipPackage(const ZipPackage&) = delete;
  ZipPackage& operator=(const ZipPackage&) = delete;
  bool ok() const { return m_zip != nullptr; }

  // The part's bytes; nullopt when it is missing, unreadableXlsx or larger than kMaxPartBytes.
  std::optional<std::string> read(const std::string& name) const {
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat(m_zip, name.c_str(), 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE) || st.size > kMaxPartBytes) {
      return std::nullopt;
    }
    std::unique_ptr<zip_file_t, decltype(&zip_fclose)> file(zip_fopen(m_zip, name.c_str(), 0), &zip_fclose);
    if (!file) return std::nullopt;
    std::string data(st.size, '\0');
    std::size_t done = 0;
    while (done < data.size()) {
      const zip_int64_t n = zip_fread(file.get(), data.data() + done, data.size() - done);
      if (n <= 0) return std::nullopt;
      done += static_cast<std::size_t>(n);
    }
    return data;
  }
  bool has(const std::string& name) const { return zip_name_locate(m_zip, name.c_str(), 0) >= 0; }

private:
  zip_t* m_zip = nullptr;
};

// [SECTION] XML through expat, with namespace prefixes resolved

// Element and attribute names arrive as "namespace-uri|local" (or just "local").
std::string_view localName(const XML_Char* name) {
  std::string_view n(name);
  const auto bar = n.rfind('|');
  return bar == std::string_view::npos ? n : n.substr(bar + 1);
}

std::string_view namespaceOf(const XML_Char* name) {
  std::string_view n(name);
  const auto bar = n.rfind('|');
  return bar == std::string_view::npos ? std::string_view() : n.substr(0, bar);
}

// The value of the attribute with this local name (and, if given, a namespace ending in nsSuffix).
const char* attribute(const XML_Char** attrs, std::string_view local, std::string_view nsSuffix = {}) {
  for (int i = 0; attrs[i]; i += 2) {
    if (localName(attrs[i]) != local) continue;
    const std::string_view ns = namespaceOf(attrs[i]);
    if (nsSuffix.empty() ? ns.empty() : (ns.size() >= nsSuffix.size() && ns.substr(ns.size() - nsSuffix.size()) == nsSuffix)) {
      return attrs[i + 1];
    }
  }
  return nullptr;
}

struct XmlHandler {
  std::function<void(std::string_view name, const XML_Char** attrs)> start;
  std::function<void(std::string_view name)> end;
  std::function<void(std::string_view text)> text;
};

bool parseXml(const std::string& xml, XmlHandler& handler) {
  std::unique_ptr<std::remove_pointer_t<XML_Parser>, decltype(&XML_ParserFree)> parser(XML_ParserCreateNS(nullptr, '|'),
                                                                                       &XML_ParserFree);
  if (!parser) return false;
  XML_SetUserData(parser.get(), &handler);
  XML_SetElementHandler(
      parser.get(),
      [](void* data, const XML_Char* name, const XML_Char** attrs) {
        auto* h = static_cast<XmlHandler*>(data);
        if (h->start) h->start(localName(name), attrs);
      },
      [](void* data, const XML_Char* name) {
        auto* h = static_cast<XmlHandler*>(data);
        if (h->end) h->end(localName(name));
      });
  XML_SetCharacterDataHandler(parser.get(), [](void* data, const XML_Char* s, int len) {
    auto* h = static_cast<XmlHandler*>(data);
    if (h->text) h->text(std::string_view(s, static_cast<std::size_t>(len)));
  });
  return XML_Parse(parser.get(), xml.data(), static_cast<int>(xml.size()), XML_TRUE) == XML_STATUS_OK;
}

// [SECTION] the parts of a workbook

// The path of the first worksheet: workbook.xml's first <sheet r:id>, looked up in its relationships.
std::optional<std::string> firstSheetPath(const ZipPackage& zip) {
  const std::string fallback = "xl/worksheets/sheet1.xml";
  auto workbook = zip.read("xl/workbook.xml");
  auto rels = zip.read("xl/_rels/workbook.xml.rels");
  if (!workbook || !rels) return zip.has(fallback) ? std::optional(fallback) : std::nullopt;
  std::string relId;
  XmlHandler wb;
  wb.start = [&](std::string_view name, const XML_Char** attrs) {
    if (name != "sheet" || !relId.empty()) return;
    if (const char* id = attribute(attrs, "id", "relationships")) relId = id;
  };
  if (!parseXml(*workbook, wb) || relId.empty()) return zip.has(fallback) ? std::optional(fallback) : std::nullopt;
  std::string target;
  XmlHandler rh;
  rh.start = [&](std::string_view name, const XML_Char** attrs) {
    const char* id = attribute(attrs, "Id");
    const char* t = attribute(attrs, "Target");
    if (name == "Relationship" && id && t && relId == id) target = t;
  };
  if (!parseXml(*rels, rh) || target.empty()) return std::nullopt;
  return target.front() == '/' ? target.substr(1) : "xl/" + target;
}

// The text of every <si>, phonetic runs (<rPh>) left out.
std::optional<std::vector<std::string>> sharedStrings(const ZipPackage& zip) {
  std::vector<std::string> strings;
  if (!zip.has("xl/sharedStrings.xml")) return strings;  // a workbook of numbers only has none
  auto xml = zip.read("xl/sharedStrings.xml");
  if (!xml) return std::nullopt;
  bool inT = false;
  int phonetic = 0;
  XmlHandler h;
  h.start = [&](std::string_view name, const XML_Char**) {
    if (name == "si") strings.emplace_back();
    if (name == "rPh") ++phonetic;
    if (name == "t") inT = true;
  };
  h.end = [&](std::string_view name) {
    if (name == "rPh") --phonetic;
    if (name == "t") inT = false;
  };
  h.text = [&](std::string_view text) {
    if (inT && phonetic == 0 && !strings.empty()) strings.back() += text;
  };
  if (!parseXml(*xml, h)) return std::nullopt;
  return strings;
}

// "B12" → 1 (column B); -1 without letters.
int columnOf(const char* ref) {
  int column = 0;
  bool any = false;
  for (; ref && *ref >= 'A' && *ref <= 'Z'; ++ref) {
    column = column * 26 + (*ref - 'A' + 1);
    any = true;
  }
  return any ? column - 1 : -1;
}

// A number cell as a person reads it (see the header).
std::string numberText(const std::string& stored) {
  if (stored.find_first_of(".eE") == std::string::npos) return stored;
  char* end = nullptr;
  const double value = std::strtod(stored.c_str(), &end);
  constexpr double kExact = 9007199254740992.0;  // 2^53: every integer below is exact in a double
  if (end == stored.c_str() || *end != '\0' || !std::isfinite(value) || std::fabs(value) >= kExact ||
      value != std::floor(value)) {
    return stored;
  }
  char digits[32];
  std::snprintf(digits, sizeof digits, "%.0f", value);
  return digits;
}

std::optional<Rows> sheetRows(const std::string& xml, const std::vector<std::string>& strings) {
  Rows rows;
  domain::TableRow row;
  int lastRow = 0;
  std::string type, value, inlineText;
  int column = -1, nextColumn = 0;
  bool inV = false, inIs = false, inT = false;
  int phonetic = 0;
  bool bad = false;
  XmlHandler h;
  h.start = [&](std::string_view name, const XML_Char** attrs) {
    if (name == "row") {
      const char* r = attribute(attrs, "r");
      row = domain::TableRow{r ? std::atoi(r) : lastRow + 1, {}};
      if (row.number <= lastRow) row.number = lastRow + 1;
      nextColumn = 0;
    } else if (name == "c") {
      const char* t = attribute(attrs, "t");
      type = t ? t : "n";
      column = columnOf(attribute(attrs, "r"));
      if (column < 0) column = nextColumn;
      value.clear();
      inlineText.clear();
    } else if (name == "v") {
      inV = true;
    } else if (name == "is") {
      inIs = true;
    } else if (name == "rPh") {
      ++phonetic;
    } else if (name == "t") {
      inT = true;
    }
  };
  h.end = [&](std::string_view name) {
    if (name == "v") inV = false;
    else if (name == "is") inIs = false;
    else if (name == "rPh") --phonetic;
    else if (name == "t") inT = false;
    else if (name == "c") {
      std::string text;
      if (type == "s") {
        char* end = nullptr;
        const long index = std::strtol(value.c_str(), &end, 10);
        if (end == value.c_str() || index < 0 || static_cast<std::size_t>(index) >= strings.size()) bad = true;
        else text = strings[static_cast<std::size_t>(index)];
      } else if (type == "inlineStr") {
        text = inlineText;
      } else if (type == "n") {
        text = numberText(value);
      } else {
        text = value;  // str (a formula's text), b (0/1), e (#N/A …)
      }
      if (static_cast<std::size_t>(column) >= row.cells.size()) row.cells.resize(static_cast<std::size_t>(column) + 1);
      row.cells[static_cast<std::size_t>(column)] = std::move(text);
      nextColumn = column + 1;
    } else if (name == "row") {
      lastRow = row.number;
      if (!row.cells.empty()) rows.push_back(std::move(row));
      row = {};
    }
  };
  h.text = [&](std::string_view text) {
    if (inV) value += text;
    else if (inIs && inT && phonetic == 0) inlineText += text;
  };
  if (!parseXml(xml, h) || bad) return std::nullopt;
  return rows;
}

}  // namespace

domain::Result<Rows> readXlsx(std::string_view bytes) {
  ZipPackage zip(bytes);
  if (!zip.ok()) return unreadableXlsx("文件已损坏或不是 .xlsx 格式");
  auto path = firstSheetPath(zip);
  if (!path) return unreadableXlsx("找不到第一个工作表");
  auto strings = sharedStrings(zip);
  if (!strings) return unreadableXlsx("共享文本部分有误");
  auto xml = zip.read(*path);
  if (!xml) return unreadableXlsx("工作表无法解压或过大");
  auto rows = sheetRows(*xml, *strings);
  if (!rows) return unreadableXlsx("工作表内容格式有误");
  return std::move(*rows);
}

}  // namespace qinqing::backend::import
