// RouteTable: the one registry of API routes. Each routes/<resource>_routes.cpp adds its routes
// here; the table registers them with httplib and remembers (method, pattern, summary, access) so
// that a wrong method on a known path is answered 405 with an Allow header rather than 404, and
// so issue 4's /api/openapi.json can be generated from the same list the server serves.
//
// Session routes get the caller's AuthContext: the table resolves the bearer token before the
// handler runs and answers 401 itself when there is none, so a handler cannot forget the check.
// Role routes additionally name the roles that may use them: any other role gets 403 forbidden
// from the table (and the refusal is handed to the RefusalRecorder, which writes it to the audit
// log), so the handler only ever runs for an allowed role.
#pragma once

#include <httplib.h>

#include <nlohmann/json.hpp>

#include <functional>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "auth/auth_context.hpp"
#include "qinqing/core/result.hpp"
#include "qinqing/identity/role.hpp"
#include "qinqing/wire/api_paths.hpp"

namespace qinqing::backend::http {

enum class HttpMethod { Get, Post, Put, Patch, Delete };
std::string_view methodName(HttpMethod method);

enum class Access {
  Public,   // anyone, no token (health, login options, login)
  Session,  // a valid bearer token
  Roles,    // a valid bearer token of one of RouteInfo::roles
};

// The JSON shape of a request or response body, for /api/openapi.json: the wire mapping that
// produces or reads it (shared/wire, e.g. "enterpriseRecordToJson") and its top-level keys.
struct BodyShape {
  std::string name;
  std::vector<std::string> fields;
  // A body that is not JSON (an uploaded file, a PDF): its media type, described as binary.
  std::string mediaType = "application/json";
};

// The top-level keys of a body the wire mapping produced, in its order: the documented fields come
// from the wire function itself (`.returns("xToJson", keysOf(wire::xToJson({})))`), so the document
// cannot drift from the replies. Empty for a non-object.
std::vector<std::string> keysOf(const nlohmann::json& sample);

struct RouteInfo {
  HttpMethod method = HttpMethod::Get;
  std::string pattern;  // "/api/me"; path parameters as ":name" ("/api/enterprises/:id")
  std::string summary;  // Chinese, one line
  Access access = Access::Public;
  std::vector<domain::Role> roles;  // Access::Roles only: the roles allowed
  // Documentation only (the handlers do their own decoding): the body shapes and the success
  // status. Set by chaining on the registration: routes.add(...).accepts(...).returns(...).
  std::optional<BodyShape> request;
  std::optional<BodyShape> response;
  int successStatus = 200;
  // Session routes only. The table checks both before the handler runs (and before the role check).
  bool beforePasswordChange = false;  // open while the password must be changed (own profile, password, mobile)
  bool readOnlyRolesMay = false;      // a non-GET a read-only role may send: it changes no business data

  RouteInfo& accepts(std::string name, std::vector<std::string> fields = {}) {
    request = BodyShape{std::move(name), std::move(fields)};
    return *this;
  }
  RouteInfo& returns(std::string name, std::vector<std::string> fields = {}) {
    response = BodyShape{std::move(name), std::move(fields)};
    return *this;
  }
  // Raw bytes of mediaType ("application/octet-stream", "application/pdf", "*/*" for any stored type).
  RouteInfo& acceptsBinary(std::string name, std::string mediaType) {
    request = BodyShape{std::move(name), {}, std::move(mediaType)};
    return *this;
  }
  RouteInfo& returnsBinary(std::string name, std::string mediaType) {
    response = BodyShape{std::move(name), {}, std::move(mediaType)};
    return *this;
  }
  RouteInfo& noContent() {
    successStatus = 204;
    return *this;
  }
  // An account that must change its password (first login, expiry) may use this route; every other
  // session route answers it 403 password_change_required, so the rule holds without the client.
  RouteInfo& allowedBeforePasswordChange() {
    beforePasswordChange = true;
    return *this;
  }
  // 巡查员 and 审计管理员 only read (§23 查询): the table refuses them every non-GET route with 403
  // unless it is marked here as one that writes nothing of the business (a read receipt, an export
  // job of what they may read, an audited reveal of a number).
  RouteInfo& allowedToReadOnlyRoles() {
    readOnlyRolesMay = true;
    return *this;
  }
};

using AuthedHandler =
    std::function<void(const httplib::Request&, httplib::Response&, const auth::AuthContext&)>;
using Authenticator = std::function<domain::Result<auth::AuthContext>(const httplib::Request&)>;
// Called when a signed-in caller's role may not use a route, before the 403 is sent.
using RefusalRecorder =
    std::function<void(const httplib::Request&, const auth::AuthContext&, const RouteInfo&)>;

class RouteTable {
public:
  RouteTable(httplib::Server& server, Authenticator authenticate, RefusalRecorder recordRefusal = {});

  // Each add* returns the route's entry, to chain its documentation (RouteInfo::accepts, returns)
  // and its guard flags (allowedBeforePasswordChange, allowedToReadOnlyRoles).
  // The pattern is one of shared/wire's api:: constants, the same the web client builds its paths from.
  RouteInfo& add(HttpMethod method, wire::api::Pattern pattern, std::string summary, httplib::Server::Handler handler);
  RouteInfo& addAuthed(HttpMethod method, wire::api::Pattern pattern, std::string summary, AuthedHandler handler);
  // Like addAuthed, for the listed roles only; others get 403 forbidden ("<角色>只能查看，不能修改"
  // for read-only roles on a write, "当前账号无权进行此操作" otherwise).
  RouteInfo& addForRoles(HttpMethod method, wire::api::Pattern pattern, std::string summary,
                         std::vector<domain::Role> roles, AuthedHandler handler);

  // A deque: the guards keep a pointer to their route's entry, so later chained flags apply.
  const std::deque<RouteInfo>& routes() const { return m_routes; }

  // Runs the GET route whose pattern is exactly req.path (no ":" segments), if there is one; the
  // server calls it before httplib's own routing (its pre-routing handler). A GET has no body to
  // read first, so nothing is skipped.
  bool dispatchStaticGet(const httplib::Request& req, httplib::Response& res) const;

  // The route a request names (method as on the wire, "POST"), or null when no route takes it.
  const RouteInfo* find(std::string_view method, std::string_view path) const;

  // Methods of the routes whose pattern matches path (":name" segments match any one segment).
  std::vector<HttpMethod> methodsFor(std::string_view path) const;

  // The answer for an /api/ request no route took: 405 + Allow when the path exists with other
  // methods, 404 not_found otherwise. Both JSON.
  void sendUnmatched(const httplib::Request& req, httplib::Response& res) const;

private:
  void registerWithServer(HttpMethod method, const std::string& pattern, httplib::Server::Handler handler);

  httplib::Server& m_server;
  Authenticator m_authenticate;
  RefusalRecorder m_recordRefusal;
  std::deque<RouteInfo> m_routes;
  std::unordered_map<std::string, httplib::Server::Handler> m_staticGets;
};

// True for paths the API owns ("/api" and everything under "/api/").
bool isApiPath(std::string_view path);

}  // namespace qinqing::backend::http
