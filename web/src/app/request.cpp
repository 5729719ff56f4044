#include "app/request.hpp"

#include <nlohmann/json.hpp>

#include "platform/session_store.hpp"
#include "qinqing/wire/error_json.hpp"

namespace qinqing::web {
namespace {

constexpr int kHttpUnauthorized = 401;

}  // namespace

void send(AppState& state, const std::string& method, const std::string& path, const std::string& body,
          std::function<void(const HttpReply&)> onReply) {
  ++state.requestsInFlight;
  std::string token = state.session ? state.session->token : std::string();
  httpSend(method, path, body, token, [&state, onReply = std::move(onReply)](const HttpReply& reply) {
    --state.requestsInFlight;
    onReply(reply);
  });
}

bool passGuard(AppState& state, const ReplyGuard& guard, const HttpReply& reply) {
  if (guard.current && !guard.current()) return false;
  for (bool* flag : guard.clear) *flag = false;
  if (reply.status == kHttpUnauthorized) {
    signOut(state, kSessionExpired, "");
    return false;
  }
  return true;
}

void sendSignedIn(AppState& state, const std::string& method, const std::string& path, const std::string& body,
                  ReplyGuard guard, std::function<void(const HttpReply&)> onReply) {
  send(state, method, path, body,
       [&state, guard = std::move(guard), onReply = std::move(onReply)](const HttpReply& reply) {
         if (passGuard(state, guard, reply)) onReply(reply);
       });
}

domain::DomainError replyError(const HttpReply& reply) {
  if (reply.status == 0) return domain::DomainError::of(domain::ErrorCode::Internal, kNetworkError);
  return wire::errorFromJson(nlohmann::json::parse(reply.body, nullptr, false));
}

void signOut(AppState& state, std::string formError, std::string notice) {
  state.session.reset();
  clearSessionToken();
  state.screen = Screen::Login;
  state.login.formError = std::move(formError);
  state.notice = std::move(notice);
  state.login.submitting = false;
}

}  // namespace qinqing::web
