// Asynchronous JSON requests to the API. The callback runs on the main thread between frames.
// status 0 means the network failed (server down, offline).
#pragma once

#include <functional>
#include <string>

namespace qinqing::web {

struct HttpReply {
  int status = 0;
  std::string body;
};

using HttpCallback = std::function<void(const HttpReply&)>;

// method: "GET", "POST", "DELETE"...; path: "/api/..."; body empty for none; token empty when signed out.
void httpSend(const std::string& method, const std::string& path, const std::string& body,
              const std::string& token, HttpCallback callback);

}  // namespace qinqing::web
