#include <emscripten/emscripten.h>

#include "platform/file_chooser.hpp"
#include "platform/frame_scheduler.hpp"

extern "C" void qq_choose_file(const char* accept);

namespace qinqing::web {
namespace {
FileChosen& pendingChoice() {
  static FileChosen callback;  // at most one file dialog is open at a time
  return callback;
}
}  // namespace

void chooseTextFile(const std::string& accept, FileChosen onChosen) {
  pendingChoice() = std::move(onChosen);
  qq_choose_file(accept.c_str());
}

}  // namespace qinqing::web

extern "C" EMSCRIPTEN_KEEPALIVE void qq_file_chosen(const char* name, const char* text) {
  auto callback = std::move(qinqing::web::pendingChoice());
  qinqing::web::pendingChoice() = nullptr;
  if (callback) callback(name ? name : "", text ? text : "");
  qinqing::web::requestFrames(3);
}
