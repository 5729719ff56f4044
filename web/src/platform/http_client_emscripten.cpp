#include <emscripten/emscripten.h>

#include <map>

#include "platform/font_loader.hpp"
#include "platform/http_client.hpp"
#include "platform/frame_scheduler.hpp"

extern "C" void qq_http_send(int id, const char* method, const char* path, const char* body, const char* token);

namespace qinqing::web {
namespace {
std::map<int, HttpCallback>& pending() {
  static std::map<int, HttpCallback> callbacks;  // keyed by request id; one per request in flight
  return callbacks;
}
int g_nextId = 1;
}  // namespace

void httpSend(const std::string& method, const std::string& path, const std::string& body,
              const std::string& token, HttpCallback callback) {
  int id = g_nextId++;
  pending()[id] = std::move(callback);
  qq_http_send(id, method.c_str(), path.c_str(), body.empty() ? nullptr : body.c_str(),
               token.empty() ? nullptr : token.c_str());
}

}  // namespace qinqing::web

extern "C" EMSCRIPTEN_KEEPALIVE void qq_http_done(int id, int status, const char* body) {
  using namespace qinqing::web;
  auto it = pending().find(id);
  if (it == pending().end()) return;
  HttpCallback callback = std::move(it->second);
  pending().erase(it);
  HttpReply reply{status, body ? body : ""};
  noteTextForFonts(reply.body);  // names from the server may need glyphs beyond the base font
  callback(reply);
  requestFrames(2);
}
