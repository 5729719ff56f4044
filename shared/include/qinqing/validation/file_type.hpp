// The kinds of file a petition may carry (issue 5 "Attachments": pdf, jpg, png, doc/docx, xls/xlsx,
// checked by content, not by name) and the rules an upload must pass. The browser runs these checks
// before it sends a file; the server runs the same ones on what arrived and decides.
//
// Detection reads the bytes only, never the name:
//   PDF   "%PDF-" at the start          JPG  FF D8 FF          PNG  89 50 4E 47 0D 0A 1A 0A
//   DOC / XLS  an OLE2 compound file (D0 CF 11 E0 A1 B1 1A E1) whose root storage holds a
//              "WordDocument" stream (Word) or a "Workbook" / "Book" stream (Excel)
//   DOCX / XLSX  a ZIP archive whose central directory names entries under "word/" or "xl/"
// A password-protected DOCX/XLSX is an OLE2 file holding "EncryptedPackage": the content cannot say
// which of the two it is, so its name decides between them. Everything else is refused.
//
// Pure functions over bytes already in memory: no I/O, nothing throws, malformed input (truncated
// archives, directory loops) is refused rather than trusted.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "qinqing/core/result.hpp"
#include "qinqing/identity/role.hpp"
#include "qinqing/petition/petition_state.hpp"

namespace qinqing::domain {

enum class FileType { Pdf, Jpeg, Png, Doc, Docx, Xls, Xlsx };
inline constexpr std::array<FileType, 7> kAllFileTypes = {FileType::Pdf, FileType::Jpeg, FileType::Png, FileType::Doc,
                                                          FileType::Docx, FileType::Xls, FileType::Xlsx};

std::string_view fileTypeKey(FileType type);    // "pdf", "jpg", "png", "doc", "docx", "xls", "xlsx"
std::string_view fileTypeLabel(FileType type);  // PDF, JPG 图片, PNG 图片, Word 文档, Excel 表格
std::string_view fileTypeMime(FileType type);   // application/pdf, image/jpeg, …
std::optional<FileType> fileTypeFromKey(std::string_view key);
// The type a mime type names (as stored with an attachment); nullopt for any other.
std::optional<FileType> fileTypeFromMime(std::string_view mime);

// The type the name's extension claims, case-insensitively (".JPEG" and ".jpg" are both Jpeg);
// nullopt for a name without one of the allowed extensions.
std::optional<FileType> fileTypeFromName(std::string_view fileName);

// What the bytes are. Doc/Xls/Docx/Xlsx as described above; EncryptedOffice for a protected
// DOCX/XLSX; nullopt for anything else (an .exe, a plain ZIP, an empty or truncated file).
enum class DetectedContent { Pdf, Jpeg, Png, Doc, Docx, Xls, Xlsx, EncryptedOffice };
std::optional<DetectedContent> detectFileContent(std::string_view bytes);

// For the browser's file dialog: ".pdf,.jpg,.jpeg,.png,.doc,.docx,.xls,.xlsx".
std::string_view attachmentAcceptList();

// "仅支持 PDF、JPG、PNG、Word、Excel 文件"
std::string_view unsupportedFileTypeMessage();
// "单个附件不能超过 10 MB" (also the server's answer to a body beyond its request limit).
std::string attachmentTooLargeMessage();

// The name as a person sees it: required, at most 100 characters, valid UTF-8, no control
// characters, no '/' or '\\' (names travel in headers and download dialogs). InvalidInput on
// field "file".
Status checkAttachmentName(std::string_view fileName);

// Before reading a file: the name's extension must be one of the allowed ones (InvalidInput,
// unsupportedFileTypeMessage), the size at most kPetitionAttachmentMaxBytes (PayloadTooLarge
// "单个附件不能超过 10 MB") and not zero (InvalidInput "文件内容为空").
Status checkAttachmentFile(std::string_view fileName, long long size);

// The whole check of one upload: checkAttachmentName, checkAttachmentFile, then the content must
// be an allowed type (else unsupportedFileTypeMessage) and agree with the extension (else
// "文件内容与扩展名不符"). Returns the type the content proves, which decides the stored mime.
Result<FileType> checkAttachment(std::string_view fileName, std::string_view bytes);

// Who may change which files when (issue 5 and §12, §14). Add: the enterprise its petition's files
// while the petition is a draft or returned to it; the handling unit's or county's administrator
// the result's files while handling or rectifying. Remove (the row stays, marked removed): the
// enterprise its petition's files in those same states; result files stay with the result.
// Forbidden for any other role, InvalidTransition for the right party in another state. (The
// purpose is AttachmentPurpose, petition_state.hpp; an unknown spelling is the caller's 400.)
// Scope (its own petition, the petition routed to it) is the server's to check.
enum class AttachmentChange { Add, Remove };
Status attachmentChangeAllowed(Role role, PetitionState state, AttachmentPurpose purpose, AttachmentChange change);

// A petition holds at most kPetitionMaxAttachments live files of each purpose: Conflict
// "最多上传 10 个附件" when `alreadyAttached + adding` would exceed it.
Status checkAttachmentCount(int alreadyAttached, int adding = 1);

// "0 B", "812 B", "35.2 KB", "9.8 MB" (1 KB = 1024 B; one decimal below 100, none above).
std::string formatFileSize(long long bytes);

// The answer for an attachment that does not exist, was removed, or lies outside the caller's reach.
DomainError attachmentNotFound();

}  // namespace qinqing::domain
