#include "security_actions.hpp"

#include <nlohmann/json.hpp>

#include "qinqing/wire/account_security_json.hpp"
#include "request.hpp"

namespace qinqing::web {

void loadSessions(AppState& state) {
  SecurityState& s = state.security;
  s.loading = true;
  s.error.clear();
  int seq = ++s.sequence;
  std::string path = "/api/security/sessions?page=" + std::to_string(s.request.page) +
                     "&page_size=" + std::to_string(s.request.pageSize);
  send(state, "GET", path, "", [&state, seq](const HttpReply& reply) {
    SecurityState& sec = state.security;
    if (seq != sec.sequence) return;
    sec.loading = false;
    if (reply.status == 401) return signOut(state, kSessionExpired, "");
    if (reply.status != 200) {
      sec.error = "在线用户加载失败：" + replyError(reply).message;
      return;
    }
    auto page = wire::onlineSessionPageFromJson(nlohmann::json::parse(reply.body, nullptr, false));
    if (!page) {
      sec.error = page.error().message;
      return;
    }
    sec.sessions = std::move(page).value();
  });
}

void endSession(AppState& state, const std::string& id) {
  state.security.message.clear();
  send(state, "DELETE", "/api/security/sessions/" + id, "", [&state](const HttpReply& reply) {
    if (reply.status == 401) return signOut(state, kSessionExpired, "");
    if (reply.status >= 300) {
      state.security.error = "强制下线失败：" + replyError(reply).message;
      return;
    }
    state.security.message = "该会话已结束，对方需重新登录。";
    loadSessions(state);
  });
}

void loadLockedAccounts(AppState& state) {
  SecurityState& s = state.security;
  s.lockedLoading = true;
  s.lockedError.clear();
  send(state, "GET", "/api/security/locked", "", [&state](const HttpReply& reply) {
    SecurityState& sec = state.security;
    sec.lockedLoading = false;
    if (reply.status == 401) return signOut(state, kSessionExpired, "");
    if (reply.status != 200) {
      sec.lockedError = "锁定账号加载失败：" + replyError(reply).message;
      return;
    }
    auto locked = wire::lockedAccountsFromJson(nlohmann::json::parse(reply.body, nullptr, false));
    if (!locked) {
      sec.lockedError = locked.error().message;
      return;
    }
    sec.locked = std::move(locked).value();
  });
}

void unlockAccount(AppState& state, long long accountId) {
  state.security.message.clear();
  send(state, "POST", "/api/security/accounts/" + std::to_string(accountId) + "/unlock", "{}",
       [&state](const HttpReply& reply) {
         if (reply.status == 401) return signOut(state, kSessionExpired, "");
         if (reply.status != 200) {
           state.security.lockedError = "解锁失败：" + replyError(reply).message;
           return;
         }
         state.security.message = "账号已解锁。";
         loadLockedAccounts(state);
       });
}

}  // namespace qinqing::web
