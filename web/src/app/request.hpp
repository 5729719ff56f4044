// The one way actions talk to the API: counts requests in flight (the progress indicator), adds the
// session token, and turns failed replies into the server's Chinese message. Every request of a
// signed-in screen goes through sendSignedIn(), so the checks each reply needs are written once.
#pragma once

#include <functional>
#include <utility>
#include <string>
#include <vector>

#include "app/app_state.hpp"
#include "platform/http_client.hpp"
#include "qinqing/core/result.hpp"
#include "qinqing/wire/api_paths.hpp"

namespace qinqing::web {

// Request paths come from shared/wire's route patterns: api::path<api::petitions::one>(id).
namespace api = wire::api;

inline constexpr const char* kNetworkError = "无法连接服务器，请检查网络后重试";
inline constexpr const char* kSessionExpired = "登录已过期，请重新登录";

// A request with no checks on its reply (signing in, the login page's cards, logging out).
void send(AppState& state, const std::string& method, const std::string& path, const std::string& body,
          std::function<void(const HttpReply&)> onReply);

// What a signed-in request's reply is checked against before its callback runs, in this order:
// 1. current: false when the reply answers a superseded request (an older page, another record,
//    a file since replaced); it is dropped and nothing changes. Empty: always current.
// 2. clear: the request's loading/saving/confirming flags, set false.
// 3. 401: the session has ended; back to the login page with 登录已过期 (signOut) and the callback
//    does not run.
struct ReplyGuard {
  ReplyGuard() = default;
  ReplyGuard(std::vector<bool*> clearFlags, std::function<bool()> isCurrent = {})
      : clear(std::move(clearFlags)), current(std::move(isCurrent)) {}
  std::vector<bool*> clear;
  std::function<bool()> current;
};

// send() for a signed-in screen: the guard's checks, then onReply with any other reply.
void sendSignedIn(AppState& state, const std::string& method, const std::string& path, const std::string& body,
                  ReplyGuard guard, std::function<void(const HttpReply&)> onReply);

// Runs the guard's checks on a reply that came by another route (an upload or a download of
// platform/); true when the caller should go on with it.
bool passGuard(AppState& state, const ReplyGuard& guard, const HttpReply& reply);

// The error a failed reply carries (status 0: the network failed).
domain::DomainError replyError(const HttpReply& reply);

// Back to the login screen, e.g. when the server says the session has expired.
void signOut(AppState& state, std::string formError, std::string notice);

}  // namespace qinqing::web
