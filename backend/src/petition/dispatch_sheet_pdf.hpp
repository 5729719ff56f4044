// The 分办单 of a petition (notice §12: the handling unit downloads it to print): one A4 portrait PDF
// in Chinese with everything a unit needs on paper — the petition's number, the enterprise (name,
// 统一社会信用代码, region, industry group, liaison cadre), the text in force (title, category,
// description, contact), when it was submitted, who reviewed and who dispatched it and to whom, the
// sign and result deadlines with their due dates, the attachments, and when the sheet was printed.
// A long description flows onto further pages; every page carries the number and "第 N 页 共 M 页".
//
// Drawn with cairo + pango in Noto Sans CJK SC (Debian fonts-noto-cjk; fontconfig falls back to any
// installed CJK font). Pure rendering: no database, no clock — the caller passes the detail it
// loaded for the caller's scope and the printing time.
#pragma once

#include <string>

#include "qinqing/petition/petition_view.hpp"

namespace qinqing::backend::petition {

// The PDF's bytes. printedAt: Unix seconds, shown in China Standard Time. Renders are serialised
// (pango's font map is shared); throws std::runtime_error if cairo fails (out of memory).
std::string renderDispatchSheet(const domain::PetitionDetail& detail, long long printedAt);

// The download's file name: 分办单-<诉求编号>.pdf.
std::string dispatchSheetFileName(const domain::PetitionDetail& detail);

}  // namespace qinqing::backend::petition
