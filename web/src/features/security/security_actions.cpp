#include "features/security/security_actions.hpp"

#include <nlohmann/json.hpp>

#include "qinqing/wire/account_admin_json.hpp"
#include "qinqing/wire/account_security_json.hpp"
#include "app/reply.hpp"
#include "app/request.hpp"

namespace qinqing::web {

void loadSessions(AppState& state) {
  SecurityState& s = state.security;
  s.loading = true;
  s.error.clear();
  int seq = ++s.sequence;
  std::string path = api::path<api::security::sessions>() + "?page=" + std::to_string(s.request.page) +
                     "&page_size=" + std::to_string(s.request.pageSize);
  sendSignedIn(state, "GET", path, "", ReplyGuard{{&state.security.loading}, [&state, seq] { return seq == state.security.sequence; }}, [&state](const HttpReply& reply) {
    SecurityState& sec = state.security;
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
  sendSignedIn(state, "DELETE", api::path<api::security::session>(id), "", ReplyGuard{}, [&state](const HttpReply& reply) {
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
  sendSignedIn(state, "GET", api::path<api::security::locked>(), "", ReplyGuard{{&state.security.lockedLoading}}, [&state](const HttpReply& reply) {
    SecurityState& sec = state.security;
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
  sendSignedIn(state, "POST", api::path<api::security::unlockAccount>(accountId), "{}",
       ReplyGuard{}, [&state](const HttpReply& reply) {
         if (reply.status != 200) {
           state.security.lockedError = "解锁失败：" + replyError(reply).message;
           return;
         }
         state.security.message = "账号已解锁。";
         loadLockedAccounts(state);
       });
}

void openResetAccounts(AppState& state) {
  SecurityState& s = state.security;
  s.confirming.reset();
  s.temporary.reset();
  s.generateError.clear();
  s.message.clear();
  s.accounts.request.page = 1;
  loadResetAccounts(state);
}

void loadResetAccounts(AppState& state) {
  loadListPage(state, state.security.accounts, api::path<api::accounts::list>(), "", wire::accountSummaryFromJson, "账号列表");
}

void generateTemporaryPassword(AppState& state) {
  SecurityState& s = state.security;
  if (!s.confirming) return;
  s.generating = true;
  s.generateError.clear();
  s.message.clear();
  const long long id = s.confirming->id;
  sendSignedIn(state, "POST", api::path<api::security::temporaryPassword>(id), "{}",
       ReplyGuard{{&state.security.generating}}, [&state](const HttpReply& reply) {
         SecurityState& sec = state.security;
         auto password = reply.status == 200 ? wire::temporaryPasswordFromJson(parsedReply(reply))
                                             : domain::Result<domain::TemporaryPassword>(replyError(reply));
         if (!password) {
           sec.generateError = "生成临时密码失败：" + password.error().message;
           return;
         }
         sec.confirming.reset();
         sec.copied = false;
         sec.temporary = std::move(password).value();
         sec.message = "已为" + sec.temporary->loginName + "生成临时密码：原密码已失效，该账号的登录已全部退出。";
         loadResetAccounts(state);  // a lock it had is cleared
       });
}

// [SECTION] The intents' handlers: one perform() per intent (std::visit in app/dispatch.cpp).
void perform(AppState& state, const LoadSessions& /*intent*/) { loadSessions(state); }
void perform(AppState& state, const EndSession& intent) { endSession(state, intent.id); }
void perform(AppState& state, const LoadLockedAccounts& /*intent*/) { loadLockedAccounts(state); }
void perform(AppState& state, const UnlockAccount& intent) { unlockAccount(state, intent.accountId); }
void perform(AppState& state, const LoadResetAccounts& /*intent*/) { loadResetAccounts(state); }
void perform(AppState& state, const GenerateTemporaryPassword& /*intent*/) { generateTemporaryPassword(state); }

}  // namespace qinqing::web
