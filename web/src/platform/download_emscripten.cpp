#include "platform/download.hpp"

extern "C" void qq_download(const char* fileName, const char* text, int length, const char* mimeType);

namespace qinqing::web {

void downloadText(const std::string& fileName, const std::string& text, const std::string& mimeType) {
  qq_download(fileName.c_str(), text.data(), static_cast<int>(text.size()), mimeType.c_str());
}

}  // namespace qinqing::web
