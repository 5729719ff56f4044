// Performs Actions: builds requests with the shared wire mapping, applies replies to AppState.
// Validation runs here with the same shared rules the server applies; the server decides.
#include "actions.hpp"

#include "platform/http_client.hpp"
#include "qinqing/wire/error_json.hpp"
#include "qinqing/wire/identity_json.hpp"

namespace qinqing::web {
namespace {

constexpr const char* kNetworkError = "无法连接服务器，请检查网络后重试";
constexpr const char* kSessionExpired = "登录已过期，请重新登录";

// Runs the callback for a reply and keeps the in-flight count that drives the progress indicator.
void send(AppState& state, const std::string& method, const std::string& path, const std::string& body,
          std::function<void(const HttpReply&)> onReply) {
  ++state.requestsInFlight;
  std::string token = state.session ? state.session->token : std::string();
  httpSend(method, path, body, token, [&state, onReply = std::move(onReply)](const HttpReply& reply) {
    --state.requestsInFlight;
    onReply(reply);
  });
}

domain::DomainError replyError(const HttpReply& reply) {
  if (reply.status == 0) return domain::DomainError::of(domain::ErrorCode::Internal, kNetworkError);
  auto body = nlohmann::json::parse(reply.body, nullptr, false);
  return wire::errorFromJson(body);
}

void signOut(AppState& state, std::string formError, std::string notice) {
  state.session.reset();
  state.screen = Screen::Login;
  state.login.formError = std::move(formError);
  state.notice = std::move(notice);
  state.login.submitting = false;
}

void loadLoginOptions(AppState& state) {
  state.loginOptions.loading = true;
  state.loginOptions.error.clear();
  send(state, "GET", "/api/login-options", "", [&state](const HttpReply& reply) {
    state.loginOptions.loading = false;
    if (reply.status != 200) {
      state.loginOptions.error = "区域和单位加载失败：" + replyError(reply).message;
      return;
    }
    auto decoded = wire::loginOptionsFromJson(nlohmann::json::parse(reply.body, nullptr, false));
    if (!decoded) {
      state.loginOptions.error = decoded.error().message;
      return;
    }
    state.loginOptions.options = std::move(decoded).value();
  });
}

void submitLogin(AppState& state) {
  LoginForm& f = state.login;
  domain::LoginRequest request{f.role, f.loginName, std::nullopt, f.password};
  if (domain::roleLogsInByUnitAndName(f.role) && f.unitId != 0) request.unitId = f.unitId;
  f.fieldErrors.clear();
  f.formError.clear();
  state.notice.clear();
  if (auto ok = domain::validateLoginRequest(request); !ok) {
    f.fieldErrors = ok.error().fields;
    return;
  }
  f.submitting = true;
  send(state, "POST", "/api/session", wire::loginRequestToJson(request).dump(), [&state](const HttpReply& reply) {
    LoginForm& form = state.login;
    form.submitting = false;
    if (reply.status != 200) {
      auto error = replyError(reply);
      if (error.fields.empty()) form.formError = error.message;
      form.fieldErrors = error.fields;
      return;
    }
    auto body = nlohmann::json::parse(reply.body, nullptr, false);
    auto token = wire::getString(body, "token");
    auto profile = body.is_object() && body.contains("profile") ? wire::profileFromJson(body["profile"])
                                                                : wire::profileFromJson(nullptr);
    if (!token || !profile) {
      form.formError = "服务器返回了无法识别的应答";
      return;
    }
    state.session = Session{*token, std::move(profile).value()};
    form.password.clear();
    state.screen = Screen::Home;
    state.activeMenuKey = state.session->profile.role == domain::Role::Enterprise ? "company.info" : "profile.info";
  });
}

void loadProfile(AppState& state) {
  if (!state.session) return;
  state.profile.loading = true;
  state.profile.error.clear();
  send(state, "GET", "/api/me", "", [&state](const HttpReply& reply) {
    state.profile.loading = false;
    if (reply.status == 401) return signOut(state, kSessionExpired, "");
    if (reply.status != 200) {
      state.profile.error = "个人信息加载失败：" + replyError(reply).message;
      return;
    }
    auto profile = wire::profileFromJson(nlohmann::json::parse(reply.body, nullptr, false));
    if (!profile) {
      state.profile.error = profile.error().message;
      return;
    }
    if (state.session) state.session->profile = std::move(profile).value();
  });
}

void logout(AppState& state) {
  if (!state.session) return;
  // The local session ends at once; the server is told so the token cannot be reused.
  send(state, "DELETE", "/api/session", "", [](const HttpReply&) {});
  signOut(state, "", "您已安全退出。");
}

}  // namespace

void Dispatch::flush() {
  std::vector<Action> queue;
  queue.swap(m_queue);
  for (auto& action : queue) run(std::move(action));
}

void Dispatch::run(Action action) {
  std::visit(
      [this](auto&& a) {
        using T = std::decay_t<decltype(a)>;
        if constexpr (std::is_same_v<T, LoadLoginOptions>) loadLoginOptions(m_state);
        else if constexpr (std::is_same_v<T, SubmitLogin>) submitLogin(m_state);
        else if constexpr (std::is_same_v<T, Logout>) logout(m_state);
        else if constexpr (std::is_same_v<T, LoadProfile>) loadProfile(m_state);
        else if constexpr (std::is_same_v<T, OpenMenu>) {
          m_state.activeMenuKey = a.key;
          if (a.key == "profile.info" || a.key == "company.info") loadProfile(m_state);
        }
      },
      std::move(action));
}

}  // namespace qinqing::web
