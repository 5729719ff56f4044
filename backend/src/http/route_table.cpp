#include "http/route_table.hpp"

#include <algorithm>

#include "http/json_response.hpp"

namespace qinqing::backend::http {
namespace {

RouteInfo routeInfo(HttpMethod method, std::string pattern, std::string summary, Access access) {
  RouteInfo info;
  info.method = method;
  info.pattern = std::move(pattern);
  info.summary = std::move(summary);
  info.access = access;
  return info;
}

// Splits "/api/units/7" into {"api", "units", "7"}; empty segments (double slashes) are kept so
// "/api//me" does not match "/api/me".
std::vector<std::string_view> segments(std::string_view path) {
  std::vector<std::string_view> out;
  if (!path.empty() && path.front() == '/') path.remove_prefix(1);
  while (true) {
    auto slash = path.find('/');
    out.push_back(path.substr(0, slash));
    if (slash == std::string_view::npos) break;
    path.remove_prefix(slash + 1);
  }
  return out;
}

bool patternMatches(std::string_view pattern, std::string_view path) {
  auto p = segments(pattern);
  auto s = segments(path);
  if (p.size() != s.size()) return false;
  for (size_t i = 0; i < p.size(); ++i) {
    if (!p[i].empty() && p[i].front() == ':') {
      if (s[i].empty()) return false;
    } else if (p[i] != s[i]) {
      return false;
    }
  }
  return true;
}

// The one wording of a read-only role's refused write (the session guard's and the role guard's).
std::string readOnlyWords(domain::Role role) { return std::string(domain::roleDisplayName(role)) + "只能查看，不能修改"; }

}  // namespace

std::string_view methodName(HttpMethod method) {
  switch (method) {
    case HttpMethod::Get: return "GET";
    case HttpMethod::Post: return "POST";
    case HttpMethod::Put: return "PUT";
    case HttpMethod::Patch: return "PATCH";
    case HttpMethod::Delete: return "DELETE";
  }
  return "GET";
}

std::vector<std::string> keysOf(const nlohmann::json& sample) {
  std::vector<std::string> keys;
  if (!sample.is_object()) return keys;
  for (const auto& [key, value] : sample.items()) keys.push_back(key);
  return keys;
}

bool isApiPath(std::string_view path) { return path == "/api" || path.substr(0, 5) == "/api/"; }

RouteTable::RouteTable(httplib::Server& server, Authenticator authenticate, RefusalRecorder recordRefusal)
    : m_server(server), m_authenticate(std::move(authenticate)), m_recordRefusal(std::move(recordRefusal)) {}

void RouteTable::registerWithServer(HttpMethod method, const std::string& pattern, httplib::Server::Handler handler) {
  // httplib matches a pattern without ":" as a std::regex, route after route, on every request;
  // the static GET routes (lists, counts, health) are looked up by their path instead.
  if (method == HttpMethod::Get && pattern.find(':') == std::string::npos) {
    m_staticGets.emplace(pattern, std::move(handler));
    return;
  }
  switch (method) {
    case HttpMethod::Get: m_server.Get(pattern, std::move(handler)); break;
    case HttpMethod::Post: m_server.Post(pattern, std::move(handler)); break;
    case HttpMethod::Put: m_server.Put(pattern, std::move(handler)); break;
    case HttpMethod::Patch: m_server.Patch(pattern, std::move(handler)); break;
    case HttpMethod::Delete: m_server.Delete(pattern, std::move(handler)); break;
  }
}

RouteInfo& RouteTable::add(HttpMethod method, wire::api::Pattern apiPattern, std::string summary,
                           httplib::Server::Handler handler) {
  std::string pattern(apiPattern.text);
  registerWithServer(method, pattern, std::move(handler));
  m_routes.push_back(routeInfo(method, std::move(pattern), std::move(summary), Access::Public));
  return m_routes.back();
}

RouteInfo& RouteTable::addAuthed(HttpMethod method, wire::api::Pattern apiPattern, std::string summary,
                                 AuthedHandler handler) {
  std::string pattern(apiPattern.text);
  m_routes.push_back(routeInfo(method, pattern, std::move(summary), Access::Session));
  const RouteInfo* route = &m_routes.back();  // stable in a deque; flags chained later are seen
  auto wrapped = [authenticate = m_authenticate, record = m_recordRefusal, route, handler = std::move(handler)](
                     const httplib::Request& req, httplib::Response& res) {
    auto context = authenticate(req);
    if (!context) {
      res.set_header("WWW-Authenticate", "Bearer");
      sendError(res, context.error());
      return;
    }
    const auth::AuthContext& who = context.value();
    if (who.passwordChangeRequired && !route->beforePasswordChange) {
      sendError(res, domain::ErrorCode::PasswordChangeRequired, "请先修改密码，再使用平台的其他功能");
      return;
    }
    if (route->method != HttpMethod::Get && domain::roleIsReadOnly(who.role) && !route->readOnlyRolesMay) {
      if (record) record(req, who, *route);
      sendError(res, domain::ErrorCode::Forbidden, readOnlyWords(who.role));
      return;
    }
    handler(req, res, who);
  };
  registerWithServer(method, pattern, std::move(wrapped));
  return m_routes.back();
}

RouteInfo& RouteTable::addForRoles(HttpMethod method, wire::api::Pattern apiPattern, std::string summary,
                                   std::vector<domain::Role> roles, AuthedHandler handler) {
  RouteInfo info = routeInfo(method, std::string(apiPattern.text), std::move(summary), Access::Roles);
  info.roles = std::move(roles);
  auto guarded = [info, record = m_recordRefusal, handler = std::move(handler)](
                     const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
    if (std::find(info.roles.begin(), info.roles.end(), who.role) != info.roles.end()) {
      handler(req, res, who);
      return;
    }
    if (record) record(req, who, info);
    const bool write = info.method != HttpMethod::Get;
    sendError(res, domain::ErrorCode::Forbidden,
              write && domain::roleIsReadOnly(who.role) ? readOnlyWords(who.role) : std::string("当前账号无权进行此操作"));
  };
  RouteInfo& entry = addAuthed(method, apiPattern, info.summary, std::move(guarded));
  entry = std::move(info);  // same element: the session guard's pointer now sees the roles too
  return entry;
}

bool RouteTable::dispatchStaticGet(const httplib::Request& req, httplib::Response& res) const {
  if (req.method != "GET" && req.method != "HEAD") return false;
  auto it = m_staticGets.find(req.path);
  if (it == m_staticGets.end()) return false;
  it->second(req, res);
  return true;
}

const RouteInfo* RouteTable::find(std::string_view method, std::string_view path) const {
  for (const auto& route : m_routes) {
    if (methodName(route.method) == method && patternMatches(route.pattern, path)) return &route;
  }
  return nullptr;
}

std::vector<HttpMethod> RouteTable::methodsFor(std::string_view path) const {
  std::vector<HttpMethod> out;
  for (const auto& route : m_routes) {
    if (patternMatches(route.pattern, path) && std::find(out.begin(), out.end(), route.method) == out.end()) {
      out.push_back(route.method);
    }
  }
  return out;
}

void RouteTable::sendUnmatched(const httplib::Request& req, httplib::Response& res) const {
  auto methods = methodsFor(req.path);
  if (methods.empty()) {
    sendError(res, domain::ErrorCode::NotFound, "请求的接口不存在");
    return;
  }
  std::string allow;
  for (HttpMethod m : methods) {
    if (!allow.empty()) allow += ", ";
    allow += methodName(m);
    if (m == HttpMethod::Get) allow += ", HEAD";
  }
  allow += ", OPTIONS";
  res.set_header("Allow", allow);
  sendError(res, domain::ErrorCode::MethodNotAllowed, "该接口不支持 " + req.method + " 请求");
}

}  // namespace qinqing::backend::http
