// Saves text as a file on the user's computer (the browser's download), e.g. an export.
#pragma once

#include <string>

namespace qinqing::web {

void downloadText(const std::string& fileName, const std::string& text, const std::string& mimeType);

}  // namespace qinqing::web
