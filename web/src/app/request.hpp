// The one way actions talk to the API: counts requests in flight (the progress indicator), adds the
// session token, and turns failed replies into the server's Chinese message.
#pragma once

#include <functional>
#include <string>

#include "app_state.hpp"
#include "platform/http_client.hpp"
#include "qinqing/core/result.hpp"

namespace qinqing::web {

inline constexpr const char* kNetworkError = "无法连接服务器，请检查网络后重试";
inline constexpr const char* kSessionExpired = "登录已过期，请重新登录";

void send(AppState& state, const std::string& method, const std::string& path, const std::string& body,
          std::function<void(const HttpReply&)> onReply);

// The error a failed reply carries (status 0: the network failed).
domain::DomainError replyError(const HttpReply& reply);

// Back to the login screen, e.g. when the server says the session has expired.
void signOut(AppState& state, std::string formError, std::string notice);

}  // namespace qinqing::web
