#include "qinqing/validation/file_type.hpp"

#include <cstdint>
#include <set>
#include <vector>

#include "qinqing/petition/petition_draft.hpp"
#include "qinqing/validation/text.hpp"

namespace qinqing::domain {
namespace {

struct TypeInfo {
  FileType type;
  std::string_view key;
  std::string_view label;
  std::string_view mime;
};

constexpr TypeInfo kTypes[] = {
    {FileType::Pdf, "pdf", "PDF", "application/pdf"},
    {FileType::Jpeg, "jpg", "JPG 图片", "image/jpeg"},
    {FileType::Png, "png", "PNG 图片", "image/png"},
    {FileType::Doc, "doc", "Word 文档", "application/msword"},
    {FileType::Docx, "docx", "Word 文档", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
    {FileType::Xls, "xls", "Excel 表格", "application/vnd.ms-excel"},
    {FileType::Xlsx, "xlsx", "Excel 表格", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
};

const TypeInfo& infoOf(FileType type) {
  for (const auto& t : kTypes) {
    if (t.type == type) return t;
  }
  return kTypes[0];
}

bool startsWith(std::string_view bytes, std::string_view prefix) { return bytes.substr(0, prefix.size()) == prefix; }

// Little-endian reads that refuse to run past the end: malformed files are refused, never trusted.
std::optional<std::uint32_t> u16(std::string_view b, std::size_t at) {
  if (at > b.size() || b.size() - at < 2) return std::nullopt;
  return static_cast<std::uint32_t>(static_cast<unsigned char>(b[at])) |
         static_cast<std::uint32_t>(static_cast<unsigned char>(b[at + 1])) << 8;
}
std::optional<std::uint32_t> u32(std::string_view b, std::size_t at) {
  auto lo = u16(b, at);
  auto hi = u16(b, at + 2);
  if (!lo || !hi) return std::nullopt;
  return *lo | *hi << 16;
}
std::optional<std::uint64_t> u64(std::string_view b, std::size_t at) {
  auto lo = u32(b, at);
  auto hi = u32(b, at + 4);
  if (!lo || !hi) return std::nullopt;
  return static_cast<std::uint64_t>(*lo) | static_cast<std::uint64_t>(*hi) << 32;
}

// [SECTION] OLE2 compound files (MS-CFB): the names of the root storage's children.
constexpr std::uint32_t kMaxRegularSector = 0xFFFFFFFA;
constexpr std::uint32_t kNoStream = 0xFFFFFFFF;

class CompoundFile {
public:
  explicit CompoundFile(std::string_view bytes) : m_b(bytes) {}

  // nullopt when the header, the FAT or the directory is malformed.
  std::optional<std::set<std::string>> rootNames() {
    auto shift = u16(m_b, 0x1E);
    if (!shift || (*shift != 9 && *shift != 12)) return std::nullopt;
    m_sectorSize = std::size_t{1} << *shift;
    if (!readFatSectors()) return std::nullopt;
    auto firstDir = u32(m_b, 0x30);
    if (!firstDir) return std::nullopt;

    std::vector<std::size_t> entries;  // byte offsets of the 128-byte directory entries
    std::uint32_t sector = *firstDir;
    for (std::size_t guard = 0; sector <= kMaxRegularSector; ++guard) {
      if (guard > sectorCount()) return std::nullopt;  // a loop in the chain
      auto at = sectorOffset(sector);
      if (!at) return std::nullopt;
      for (std::size_t i = 0; i < m_sectorSize / 128; ++i) entries.push_back(*at + i * 128);
      auto next = nextSector(sector);
      if (!next) return std::nullopt;
      sector = *next;
    }
    if (entries.empty() || m_b[entries[0] + 0x42] != 5) return std::nullopt;  // entry 0 is the root

    std::set<std::string> names;
    std::vector<std::uint32_t> pending;
    std::vector<bool> seen(entries.size(), false);
    if (auto child = u32(m_b, entries[0] + 0x4C)) pending.push_back(*child);
    while (!pending.empty()) {
      std::uint32_t id = pending.back();
      pending.pop_back();
      if (id == kNoStream) continue;
      if (id >= entries.size() || seen[id]) return std::nullopt;
      seen[id] = true;
      const std::size_t e = entries[id];
      names.insert(entryName(e));
      auto left = u32(m_b, e + 0x44);
      auto right = u32(m_b, e + 0x48);
      if (!left || !right) return std::nullopt;
      pending.push_back(*left);
      pending.push_back(*right);
    }
    return names;
  }

private:
  std::size_t sectorCount() const { return m_b.size() / m_sectorSize; }

  std::optional<std::size_t> sectorOffset(std::uint32_t sector) const {
    const std::size_t at = (static_cast<std::size_t>(sector) + 1) * m_sectorSize;
    if (sector > kMaxRegularSector || at > m_b.size() || m_b.size() - at < m_sectorSize) return std::nullopt;
    return at;
  }

  bool readFatSectors() {
    for (std::size_t i = 0; i < 109; ++i) {
      auto s = u32(m_b, 0x4C + i * 4);
      if (!s) return false;
      if (*s <= kMaxRegularSector) m_fat.push_back(*s);
    }
    auto difat = u32(m_b, 0x44);
    if (!difat) return false;
    std::uint32_t sector = *difat;
    const std::size_t perSector = m_sectorSize / 4 - 1;  // the last slot links to the next DIFAT sector
    for (std::size_t guard = 0; sector <= kMaxRegularSector; ++guard) {
      if (guard > sectorCount()) return false;
      auto at = sectorOffset(sector);
      if (!at) return false;
      for (std::size_t i = 0; i < perSector; ++i) {
        auto s = u32(m_b, *at + i * 4);
        if (s && *s <= kMaxRegularSector) m_fat.push_back(*s);
      }
      auto next = u32(m_b, *at + perSector * 4);
      if (!next) return false;
      sector = *next;
    }
    return !m_fat.empty();
  }

  std::optional<std::uint32_t> nextSector(std::uint32_t sector) const {
    const std::size_t perSector = m_sectorSize / 4;
    const std::size_t index = sector / perSector;
    if (index >= m_fat.size()) return std::nullopt;
    auto at = sectorOffset(m_fat[index]);
    if (!at) return std::nullopt;
    return u32(m_b, *at + (sector % perSector) * 4);
  }

  // The name as ASCII (the streams looked for are ASCII names); other characters become '?'.
  std::string entryName(std::size_t entry) const {
    const std::uint32_t bytes = u16(m_b, entry + 0x40).value_or(0);
    const std::size_t chars = bytes >= 2 ? std::min<std::size_t>(bytes / 2 - 1, 31) : 0;
    std::string name;
    for (std::size_t i = 0; i < chars; ++i) {
      const std::uint32_t c = u16(m_b, entry + i * 2).value_or(0);
      name += c < 0x80 ? static_cast<char>(c) : '?';
    }
    return name;
  }

  std::string_view m_b;
  std::size_t m_sectorSize = 512;
  std::vector<std::uint32_t> m_fat;
};

std::optional<DetectedContent> detectCompound(std::string_view bytes) {
  auto names = CompoundFile(bytes).rootNames();
  if (!names) return std::nullopt;
  const bool word = names->count("WordDocument") > 0;
  const bool excel = names->count("Workbook") > 0 || names->count("Book") > 0;
  if (word && !excel) return DetectedContent::Doc;
  if (excel && !word) return DetectedContent::Xls;
  if (!word && !excel && names->count("EncryptedPackage")) return DetectedContent::EncryptedOffice;
  return std::nullopt;  // PowerPoint, Outlook messages, other compound files
}

// [SECTION] ZIP archives: the entry names of the central directory (APPNOTE 4.3.12–4.3.16).
std::optional<std::vector<std::string_view>> zipEntryNames(std::string_view b) {
  constexpr std::size_t kEocdSize = 22;
  if (b.size() < kEocdSize) return std::nullopt;
  std::optional<std::size_t> eocd;
  const std::size_t lowest = b.size() - kEocdSize > 0xFFFF ? b.size() - kEocdSize - 0xFFFF : 0;
  for (std::size_t at = b.size() - kEocdSize + 1; at-- > lowest;) {
    if (b.substr(at, 4) == std::string_view("PK\x05\x06", 4)) {
      eocd = at;
      break;
    }
  }
  if (!eocd) return std::nullopt;
  std::uint64_t count = u16(b, *eocd + 10).value_or(0);
  std::uint64_t size = u32(b, *eocd + 12).value_or(0);
  std::uint64_t offset = u32(b, *eocd + 16).value_or(0);
  if (offset == 0xFFFFFFFF || size == 0xFFFFFFFF || count == 0xFFFF) {  // ZIP64: its own end record
    if (*eocd < 20 || b.substr(*eocd - 20, 4) != std::string_view("PK\x06\x07", 4)) return std::nullopt;
    auto at = u64(b, *eocd - 20 + 8);
    if (!at || *at >= b.size() || b.substr(*at, 4) != std::string_view("PK\x06\x06", 4)) return std::nullopt;
    count = u64(b, *at + 32).value_or(0);
    size = u64(b, *at + 40).value_or(0);
    offset = u64(b, *at + 48).value_or(0);
  }
  if (offset > b.size() || size > b.size() - offset) return std::nullopt;

  std::vector<std::string_view> names;
  std::size_t at = offset;
  const std::size_t end = offset + size;
  for (std::uint64_t i = 0; i < count; ++i) {
    if (end - at < 46 || b.substr(at, 4) != std::string_view("PK\x01\x02", 4)) return std::nullopt;
    const std::size_t nameLen = *u16(b, at + 28);
    const std::size_t extraLen = *u16(b, at + 30);
    const std::size_t commentLen = *u16(b, at + 32);
    if (end - at - 46 < nameLen + extraLen + commentLen) return std::nullopt;
    names.push_back(b.substr(at + 46, nameLen));
    at += 46 + nameLen + extraLen + commentLen;
  }
  return names;
}

std::optional<DetectedContent> detectZip(std::string_view bytes) {
  auto names = zipEntryNames(bytes);
  if (!names) return std::nullopt;
  bool contentTypes = false, word = false, excel = false;
  for (auto name : *names) {
    contentTypes = contentTypes || name == "[Content_Types].xml";
    word = word || startsWith(name, "word/");
    excel = excel || startsWith(name, "xl/");
  }
  if (!contentTypes || word == excel) return std::nullopt;  // a plain ZIP, or not saying which
  return word ? DetectedContent::Docx : DetectedContent::Xlsx;
}

bool contentMatches(DetectedContent content, FileType claimed) {
  switch (content) {
    case DetectedContent::Pdf: return claimed == FileType::Pdf;
    case DetectedContent::Jpeg: return claimed == FileType::Jpeg;
    case DetectedContent::Png: return claimed == FileType::Png;
    case DetectedContent::Doc: return claimed == FileType::Doc;
    case DetectedContent::Docx: return claimed == FileType::Docx;
    case DetectedContent::Xls: return claimed == FileType::Xls;
    case DetectedContent::Xlsx: return claimed == FileType::Xlsx;
    case DetectedContent::EncryptedOffice: return claimed == FileType::Docx || claimed == FileType::Xlsx;
  }
  return false;
}

DomainError fileError(std::string message) { return DomainError::invalid({{"file", std::move(message)}}); }

}  // namespace

std::string_view fileTypeKey(FileType type) { return infoOf(type).key; }
std::string_view fileTypeLabel(FileType type) { return infoOf(type).label; }
std::string_view fileTypeMime(FileType type) { return infoOf(type).mime; }

std::optional<FileType> fileTypeFromKey(std::string_view key) {
  for (const auto& t : kTypes) {
    if (t.key == key) return t.type;
  }
  return std::nullopt;
}

std::optional<FileType> fileTypeFromMime(std::string_view mime) {
  for (const auto& t : kTypes) {
    if (t.mime == mime) return t.type;
  }
  return std::nullopt;
}

std::optional<FileType> fileTypeFromName(std::string_view fileName) {
  const auto dot = fileName.rfind('.');
  if (dot == std::string_view::npos) return std::nullopt;
  std::string ext;
  for (char c : fileName.substr(dot + 1)) ext += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  if (ext == "jpeg") return FileType::Jpeg;
  return fileTypeFromKey(ext);
}

std::optional<DetectedContent> detectFileContent(std::string_view bytes) {
  if (startsWith(bytes, "%PDF-")) return DetectedContent::Pdf;
  if (startsWith(bytes, "\xFF\xD8\xFF")) return DetectedContent::Jpeg;
  if (startsWith(bytes, "\x89PNG\r\n\x1A\n")) return DetectedContent::Png;
  if (startsWith(bytes, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) return detectCompound(bytes);
  if (startsWith(bytes, std::string_view("PK\x03\x04", 4))) return detectZip(bytes);
  return std::nullopt;
}

std::string_view attachmentAcceptList() { return ".pdf,.jpg,.jpeg,.png,.doc,.docx,.xls,.xlsx"; }

std::string_view unsupportedFileTypeMessage() { return "仅支持 PDF、JPG、PNG、Word、Excel 文件"; }

std::string attachmentTooLargeMessage() {
  return "单个附件不能超过 " + std::to_string(kPetitionAttachmentMaxBytes / (1024 * 1024)) + " MB";
}

Status checkAttachmentName(std::string_view fileName) {
  if (isBlank(fileName)) return fileError("文件名不能为空");
  auto length = utf8Length(fileName);
  if (!length) return fileError("文件名含有无效字符");
  if (*length > 100) return fileError("文件名不能超过100个字");
  for (unsigned char c : fileName) {
    if (c < 0x20 || c == 0x7F || c == '/' || c == '\\') return fileError("文件名含有无效字符");
  }
  return Ok{};
}

Status checkAttachmentFile(std::string_view fileName, long long size) {
  if (!fileTypeFromName(fileName)) return fileError(std::string(unsupportedFileTypeMessage()));
  if (size > kPetitionAttachmentMaxBytes) {
    return DomainError::of(ErrorCode::PayloadTooLarge, attachmentTooLargeMessage());
  }
  if (size <= 0) return fileError("文件内容为空");
  return Ok{};
}

Result<FileType> checkAttachment(std::string_view fileName, std::string_view bytes) {
  if (auto name = checkAttachmentName(fileName); !name) return name.error();
  if (auto file = checkAttachmentFile(fileName, static_cast<long long>(bytes.size())); !file) return file.error();
  const FileType claimed = *fileTypeFromName(fileName);
  auto content = detectFileContent(bytes);
  if (!content) return fileError(std::string(unsupportedFileTypeMessage()));
  if (!contentMatches(*content, claimed)) return fileError("文件内容与扩展名不符");
  return claimed;
}

Status attachmentChangeAllowed(Role role, PetitionState state, AttachmentPurpose purpose, AttachmentChange change) {
  const bool add = change == AttachmentChange::Add;
  switch (purpose) {
    case AttachmentPurpose::Petition:
      if (role != Role::Enterprise) {
        return DomainError::of(ErrorCode::Forbidden, add ? "只有企业本身可以上传诉求附件" : "只有企业本身可以移除诉求附件");
      }
      if (state != PetitionState::Draft && state != PetitionState::ReturnedToEnterprise) {
        return DomainError::of(ErrorCode::InvalidTransition, "诉求已提交，附件不能再修改");
      }
      return Ok{};
    case AttachmentPurpose::Result:
      if (!roleHandlesPetitions(role)) {
        return DomainError::of(ErrorCode::Forbidden, "只有承办单位可以上传办理结果附件");
      }
      if (!add) return DomainError::of(ErrorCode::Forbidden, "办理结果附件上传后不能移除");
      if (state != PetitionState::Handling && state != PetitionState::Rectifying) {
        return DomainError::of(ErrorCode::InvalidTransition, "只有办理中或整改中的诉求可以上传办理结果附件");
      }
      return Ok{};
  }
  return Ok{};
}

Status checkAttachmentCount(int alreadyAttached, int adding) {
  if (alreadyAttached + adding > kPetitionMaxAttachments) {
    return DomainError::of(ErrorCode::Conflict, "最多上传 " + std::to_string(kPetitionMaxAttachments) +
                                                    " 个附件，已有 " + std::to_string(alreadyAttached) + " 个");
  }
  return Ok{};
}

std::string formatFileSize(long long bytes) {
  if (bytes < 1024) return std::to_string(bytes < 0 ? 0 : bytes) + " B";
  const long long unit = bytes < 1024 * 1024 ? 1024 : 1024 * 1024;
  const char* suffix = unit == 1024 ? " KB" : " MB";
  const long long tenths = (bytes * 10 + unit / 2) / unit;
  if (tenths < 1000) return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10) + suffix;
  return std::to_string((bytes + unit / 2) / unit) + suffix;
}

DomainError attachmentNotFound() { return DomainError::of(ErrorCode::NotFound, "附件不存在"); }

}  // namespace qinqing::domain
