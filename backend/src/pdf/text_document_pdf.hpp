// A plain A4 document as a PDF: a heading, a few lines under it (issuer, 文号, date), and the text in
// paragraphs flowing over as many pages as it needs, each page numbered "第 N 页 共 M 页". The demo
// draws the full texts of its policy guides and the attachments of its announcements with it, so
// their downloads open as the documents they stand for. Pure rendering: no database, no clock.
#pragma once

#include <string>
#include <vector>

namespace qinqing::backend::pdf {

struct TextDocument {
  std::string heading;
  std::vector<std::string> metaLines;  // under the heading, smaller and grey
  std::string body;                    // paragraphs separated by '\n'
  std::string footer;                  // left of the page number, e.g. the issuer
};

// The PDF's bytes. Throws std::runtime_error if cairo fails (out of memory).
std::string renderTextDocument(const TextDocument& document);

}  // namespace qinqing::backend::pdf
