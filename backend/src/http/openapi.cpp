#include "http/openapi.hpp"

#include <algorithm>

#include "util/ascii.hpp"

namespace qinqing::backend::http {
namespace {
using nlohmann::json;

std::vector<std::string_view> segmentsOf(std::string_view pattern) {
  std::vector<std::string_view> out;
  while (!pattern.empty()) {
    if (pattern.front() == '/') {
      pattern.remove_prefix(1);
      continue;
    }
    auto slash = pattern.find('/');
    out.push_back(pattern.substr(0, slash));
    if (slash == std::string_view::npos) break;
    pattern.remove_prefix(slash);
  }
  return out;
}

json errorRef(const char* name) { return {{"$ref", std::string("#/components/responses/") + name}}; }

json shapeSchema(const BodyShape& shape) {
  json schema = {{"type", "object"}, {"title", shape.name}};
  if (!shape.fields.empty()) {
    json properties = json::object();
    for (const auto& field : shape.fields) properties[field] = json::object();
    schema["properties"] = std::move(properties);
  }
  return schema;
}

json jsonContent(json schema) { return {{"application/json", {{"schema", std::move(schema)}}}}; }

// A named body: JSON with its fields, or raw bytes of its media type.
json contentOf(const BodyShape& shape) {
  if (shape.mediaType == "application/json") return jsonContent(shapeSchema(shape));
  return {{shape.mediaType, {{"schema", {{"type", "string"}, {"format", "binary"}, {"title", shape.name}}}}}};
}

json rolesOf(const RouteInfo& route) {
  json keys = json::array();
  if (route.access == Access::Roles) {
    for (auto role : route.roles) keys.push_back(std::string(domain::roleKey(role)));
  } else if (route.access == Access::Session) {
    for (auto role : domain::kAllRoles) keys.push_back(std::string(domain::roleKey(role)));
  }
  return keys;
}

std::string accessText(const RouteInfo& route) {
  switch (route.access) {
    case Access::Public: return "公开接口，无需登录。";
    case Access::Session: return "任何已登录账号（Authorization: Bearer <token>）。";
    case Access::Roles: break;
  }
  std::string text = "允许的角色：";
  for (size_t i = 0; i < route.roles.size(); ++i) {
    if (i) text += "、";
    text += domain::roleDisplayName(route.roles[i]);
  }
  return text + "。其他已登录角色得到 403 forbidden（记入审计日志）。";
}

json operationOf(const RouteInfo& route) {
  json op;
  op["summary"] = route.summary;
  op["description"] = accessText(route);
  op["operationId"] = asciiLower(methodName(route.method)) + openApiPath(route.pattern);
  const auto segments = segmentsOf(route.pattern);
  op["tags"] = json::array({segments.size() > 1 ? std::string(segments[1]) : std::string("api")});
  op["x-roles"] = rolesOf(route);
  op["security"] = route.access == Access::Public ? json::array() : json::array({{{"bearer", json::array()}}});

  json parameters = json::array();
  for (const auto& name : pathParameters(route.pattern)) {
    parameters.push_back({{"name", name}, {"in", "path"}, {"required", true}, {"schema", {{"type", "string"}}}});
  }
  if (!parameters.empty()) op["parameters"] = std::move(parameters);
  if (route.request) {
    op["requestBody"] = {{"required", true}, {"content", contentOf(*route.request)}};
  }

  json responses = json::object();
  const std::string success = std::to_string(route.successStatus);
  if (route.successStatus == 204) {
    responses[success] = {{"description", "成功，无内容"}};
  } else {
    responses[success] = {{"description", route.response ? "成功：" + route.response->name : std::string("成功")},
                          {"content", route.response ? contentOf(*route.response) : jsonContent(json{{"type", "object"}})}};
  }
  const bool write = route.method != HttpMethod::Get;
  responses["400"] = errorRef("BadRequest");
  if (route.access != Access::Public) responses["401"] = errorRef("Unauthenticated");
  if (route.access == Access::Roles) responses["403"] = errorRef("Forbidden");
  if (!pathParameters(route.pattern).empty()) responses["404"] = errorRef("NotFound");
  if (write) responses["409"] = errorRef("Conflict");
  if (write) responses["413"] = errorRef("PayloadTooLarge");
  if (route.method == HttpMethod::Post) responses["429"] = errorRef("TooManyRequests");
  responses["500"] = errorRef("Internal");
  op["responses"] = std::move(responses);
  return op;
}

json components() {
  json errorSchema = {
      {"type", "object"},
      {"required", {"error"}},
      {"properties",
       {{"error",
         {{"type", "object"},
          {"required", {"code", "message"}},
          {"properties",
           {{"code", {{"type", "string"}, {"description", "稳定的错误代码，如 invalid_input、forbidden"}}},
            {"message", {{"type", "string"}, {"description", "中文说明"}}},
            {"fields",
             {{"type", "array"},
              {"items",
               {{"type", "object"},
                {"required", {"field", "message"}},
                {"properties", {{"field", {{"type", "string"}}}, {"message", {{"type", "string"}}}}}}}}}}}}}}}};
  struct ErrorResponse {
    const char* name;
    const char* description;
  };
  constexpr ErrorResponse kErrors[] = {
      {"BadRequest", "400 invalid_input：请求内容有误（fields 列出每个字段的问题）"},
      {"Unauthenticated", "401 unauthenticated：未登录或会话已过期"},
      {"Forbidden", "403 forbidden：当前角色无权进行此操作；password_change_required：须先修改密码（首次登录或密码过期）"},
      {"NotFound", "404 not_found：对象不存在或不在本人权限范围内"},
      {"Conflict", "409 conflict：与现有数据冲突"},
      {"PayloadTooLarge", "413 payload_too_large：请求内容超过 12 MB"},
      {"TooManyRequests", "429 too_many_requests：请求过于频繁"},
      {"Internal", "500 internal：服务器内部错误"},
  };
  json responses = json::object();
  for (const auto& e : kErrors) {
    responses[e.name] = {{"description", e.description},
                         {"content", jsonContent({{"$ref", "#/components/schemas/Error"}})}};
  }
  return {{"schemas", {{"Error", errorSchema}}},
          {"responses", responses},
          {"securitySchemes", {{"bearer", {{"type", "http"}, {"scheme", "bearer"}, {"description", "POST /api/session 返回的 token"}}}}}};
}

}  // namespace

std::string openApiPath(std::string_view pattern) {
  std::string out;
  for (auto segment : segmentsOf(pattern)) {
    out += '/';
    if (!segment.empty() && segment.front() == ':') {
      out += '{';
      out += segment.substr(1);
      out += '}';
    } else {
      out += segment;
    }
  }
  return out.empty() ? "/" : out;
}

std::vector<std::string> pathParameters(std::string_view pattern) {
  std::vector<std::string> out;
  for (auto segment : segmentsOf(pattern)) {
    if (!segment.empty() && segment.front() == ':') out.emplace_back(segment.substr(1));
  }
  return out;
}

nlohmann::json openApiDocument(const std::deque<RouteInfo>& routes) {
  json paths = json::object();
  for (const auto& route : routes) {
    paths[openApiPath(route.pattern)][asciiLower(methodName(route.method))] = operationOf(route);
  }
  return {{"openapi", "3.0.3"},
          {"info",
           {{"title", "十堰亲清企业服务信息平台 API"},
            {"version", "1"},
            {"description", "由服务器的路由表生成；错误一律为 {\"error\":{\"code\",\"message\",\"fields\"}}。"}}},
          {"servers", json::array({{{"url", "/"}}})},
          {"paths", std::move(paths)},
          {"components", components()}};
}

}  // namespace qinqing::backend::http
