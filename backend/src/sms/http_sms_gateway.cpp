#include "sms/http_sms_gateway.hpp"

#include <httplib.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "qinqing/wire/json_fields.hpp"

namespace qinqing::backend::sms {
namespace {

using domain::DomainError;
using nlohmann::json;

constexpr std::size_t kReplyExcerptBytes = 200;
constexpr const char* kPlaceholders[] = {"mobile", "text", "id"};

DomainError configError(std::string message) {
  return DomainError::invalid({{"sms_config", "短信网关配置有误：" + std::move(message)}});
}

bool knownPlaceholder(std::string_view name) {
  return std::find(std::begin(kPlaceholders), std::end(kPlaceholders), name) != std::end(kPlaceholders);
}

// Every {{name}} in text, in order.
std::vector<std::string> placeholdersIn(const std::string& text) {
  std::vector<std::string> names;
  for (std::size_t at = text.find("{{"); at != std::string::npos; at = text.find("{{", at + 2)) {
    const auto end = text.find("}}", at + 2);
    if (end == std::string::npos) break;
    names.push_back(text.substr(at + 2, end - at - 2));
  }
  return names;
}

std::string expand(const std::string& pattern, const OutgoingSms& m, TemplateEscaping escaping) {
  std::string out;
  std::size_t from = 0;
  for (std::size_t at = pattern.find("{{"); at != std::string::npos; at = pattern.find("{{", from)) {
    const auto end = pattern.find("}}", at + 2);
    if (end == std::string::npos) break;
    const std::string name = pattern.substr(at + 2, end - at - 2);
    out.append(pattern, from, at - from);
    if (name == "mobile") out += escapeForTemplate(m.mobile, escaping);
    else if (name == "text") out += escapeForTemplate(m.text, escaping);
    else if (name == "id") out += escapeForTemplate(std::to_string(m.id), escaping);
    else out.append(pattern, at, end + 2 - at);
    from = end + 2;
  }
  out.append(pattern, from, std::string::npos);
  return out;
}

// ${NAME} in a header value from the environment; the value itself never appears in an error.
domain::Result<std::string> expandEnvironment(const std::string& header, const std::string& value,
                                              const EnvironmentLookup& env) {
  std::string out;
  std::size_t from = 0;
  for (std::size_t at = value.find("${"); at != std::string::npos; at = value.find("${", from)) {
    const auto end = value.find('}', at + 2);
    if (end == std::string::npos) return configError("请求头 " + header + " 中的 ${ 缺少 }");
    const std::string name = value.substr(at + 2, end - at - 2);
    auto found = env(name);
    if (!found) return configError("请求头 " + header + " 引用的环境变量 " + name + " 未设置");
    out.append(value, from, at - from);
    out += *found;
    from = end + 1;
  }
  out.append(value, from, std::string::npos);
  return out;
}

std::optional<TemplateEscaping> escapingFromKey(const std::string& key) {
  if (key == "json") return TemplateEscaping::Json;
  if (key == "form") return TemplateEscaping::Form;
  if (key == "xml") return TemplateEscaping::Xml;
  if (key == "none") return TemplateEscaping::None;
  return std::nullopt;
}

TemplateEscaping escapingForContentType(std::string type) {
  std::transform(type.begin(), type.end(), type.begin(), [](unsigned char c) { return std::tolower(c); });
  if (type.find("json") != std::string::npos) return TemplateEscaping::Json;
  if (type.find("x-www-form-urlencoded") != std::string::npos) return TemplateEscaping::Form;
  if (type.find("xml") != std::string::npos) return TemplateEscaping::Xml;
  return TemplateEscaping::None;
}

// "http://host:8080/a/b?c" → {"http://host:8080", "/a/b?c"}; nullopt for anything else.
std::optional<std::pair<std::string, std::string>> splitUrl(const std::string& url) {
  const bool http = url.rfind("http://", 0) == 0;
  const bool https = url.rfind("https://", 0) == 0;
  if (!http && !https) return std::nullopt;
  const std::size_t hostStart = http ? 7 : 8;
  const std::size_t slash = url.find('/', hostStart);
  std::string origin = url.substr(0, slash);
  std::string path = slash == std::string::npos ? "/" : url.substr(slash);
  if (origin.size() <= hostStart || origin.find_first_of(" @?#") != std::string::npos) return std::nullopt;
  return std::make_pair(std::move(origin), std::move(path));
}

// A dotted path ("data.msg_id") into a JSON reply, as text; empty when absent.
std::string fieldText(const json& reply, const std::string& path) {
  if (path.empty()) return {};
  const json* node = &reply;
  std::stringstream parts(path);
  std::string part;
  while (std::getline(parts, part, '.')) {
    if (!node->is_object()) return {};
    auto it = node->find(part);
    if (it == node->end()) return {};
    node = &*it;
  }
  if (node->is_string()) return node->get<std::string>();
  if (node->is_number() || node->is_boolean()) return node->dump();
  return {};
}

// The start of a reply body on one line, cut at a character boundary, for last_error.
std::string excerpt(const std::string& body) {
  std::string out = body.substr(0, kReplyExcerptBytes);
  while (!out.empty() && out.size() < body.size() && (static_cast<unsigned char>(body[out.size()]) & 0xC0) == 0x80) {
    out.pop_back();
  }
  for (char& c : out) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  return out.size() < body.size() ? out + "…" : out;
}

std::string secondsText(std::chrono::milliseconds d) {
  std::ostringstream out;
  out << static_cast<double>(d.count()) / 1000.0;
  return out.str();
}

}  // namespace

EnvironmentLookup processEnvironment() {
  return [](const std::string& name) -> std::optional<std::string> {
    const char* value = std::getenv(name.c_str());
    if (!value) return std::nullopt;
    return std::string(value);
  };
}

std::string escapeForTemplate(const std::string& text, TemplateEscaping escaping) {
  switch (escaping) {
    case TemplateEscaping::Json: {
      // A JSON string's content: quotes, backslashes and control characters escaped, Chinese kept.
      const std::string quoted = json(text).dump(-1, ' ', false, json::error_handler_t::replace);
      return quoted.substr(1, quoted.size() - 2);
    }
    case TemplateEscaping::Form: return wire::percentEncode(text);
    case TemplateEscaping::Xml: {
      std::string out;
      for (char c : text) {
        switch (c) {
          case '&': out += "&amp;"; break;
          case '<': out += "&lt;"; break;
          case '>': out += "&gt;"; break;
          case '"': out += "&quot;"; break;
          case '\'': out += "&apos;"; break;
          default: out += c;
        }
      }
      return out;
    }
    case TemplateEscaping::None: return text;
  }
  return text;
}

domain::Result<HttpSmsGatewayConfig> parseHttpSmsGatewayConfig(const std::string& text, const EnvironmentLookup& env) {
  const json j = json::parse(text, nullptr, false);
  if (j.is_discarded() || !j.is_object()) return configError("不是有效的 JSON 对象");
  auto string = [&](const char* key) -> std::optional<std::string> {
    auto it = j.find(key);
    if (it == j.end() || !it->is_string()) return std::nullopt;
    return it->get<std::string>();
  };

  HttpSmsGatewayConfig c;
  c.url = string("url").value_or("");
  auto parts = splitUrl(c.url);
  if (!parts) return configError("url 应为 http:// 或 https:// 开头的完整地址");
  if (j.contains("method")) {
    c.method = string("method").value_or("");
    std::transform(c.method.begin(), c.method.end(), c.method.begin(), [](unsigned char ch) { return std::toupper(ch); });
    if (c.method != "POST" && c.method != "PUT" && c.method != "GET") return configError("method 应为 POST、PUT 或 GET");
  }
  if (j.contains("content_type")) c.contentType = string("content_type").value_or("");
  c.escaping = escapingForContentType(c.contentType);
  if (j.contains("escape")) {
    auto escaping = escapingFromKey(string("escape").value_or(""));
    if (!escaping) return configError("escape 应为 json、form、xml 或 none");
    c.escaping = *escaping;
  }
  if (auto it = j.find("body_template"); it != j.end()) {
    if (it->is_string()) c.bodyTemplate = it->get<std::string>();
    else if (it->is_object() || it->is_array()) c.bodyTemplate = it->dump(-1, ' ', false, json::error_handler_t::replace);
    else return configError("body_template 应为文本或 JSON 对象");
  }
  if (c.method != "GET" && c.bodyTemplate.empty()) return configError("缺少 body_template");

  auto names = placeholdersIn(c.bodyTemplate);
  auto inUrl = placeholdersIn(parts->second);
  names.insert(names.end(), inUrl.begin(), inUrl.end());
  for (const auto& name : names) {
    if (!knownPlaceholder(name)) return configError("未知的占位符 {{" + name + "}}（可用 {{mobile}}、{{text}}、{{id}}）");
  }
  for (const char* required : {"mobile", "text"}) {
    if (std::find(names.begin(), names.end(), required) == names.end()) {
      return configError(std::string("模板中缺少 {{") + required + "}}");
    }
  }

  if (auto it = j.find("headers"); it != j.end()) {
    if (!it->is_object()) return configError("headers 应为 {\"名称\": \"值\"}");
    for (const auto& [name, value] : it->items()) {
      if (!value.is_string()) return configError("请求头 " + name + " 的值应为文本");
      auto expanded = expandEnvironment(name, value.get<std::string>(), env);
      if (!expanded) return expanded.error();
      c.headers.emplace_back(name, std::move(expanded).value());
    }
  }
  if (auto it = j.find("timeout_seconds"); it != j.end()) {
    if (!it->is_number() || it->get<double>() < 0.1 || it->get<double>() > 120) {
      return configError("timeout_seconds 应在 0.1 到 120 之间");
    }
    c.timeout = std::chrono::milliseconds(static_cast<long long>(it->get<double>() * 1000));
  }
  c.messageIdField = string("message_id_field").value_or("");
  c.statusField = string("status_field").value_or("");
  return c;
}

domain::Result<HttpSmsGatewayConfig> loadHttpSmsGatewayConfig(const std::filesystem::path& file,
                                                              const EnvironmentLookup& env) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return configError("无法读取短信网关配置文件 " + file.string());
  std::stringstream text;
  text << in.rdbuf();
  return parseHttpSmsGatewayConfig(text.str(), env);
}

HttpSmsGateway::HttpSmsGateway(HttpSmsGatewayConfig config) : m_config(std::move(config)) {
  auto parts = splitUrl(m_config.url);
  if (parts) std::tie(m_origin, m_path) = *parts;
}

std::string HttpSmsGateway::bodyFor(const OutgoingSms& message) const {
  return expand(m_config.bodyTemplate, message, m_config.escaping);
}

SendOutcome HttpSmsGateway::send(const OutgoingSms& message) {
  httplib::Client cli(m_origin);
  if (!cli.is_valid()) return SendOutcome::retry("短信网关地址不可用：" + m_origin, "连接失败");
  const auto timeout = std::chrono::duration_cast<std::chrono::microseconds>(m_config.timeout);
  cli.set_connection_timeout(timeout);
  cli.set_read_timeout(timeout);
  cli.set_write_timeout(timeout);
  httplib::Headers headers;
  for (const auto& [name, value] : m_config.headers) headers.emplace(name, value);
  const std::string path = expand(m_path, message, TemplateEscaping::Form);

  const auto started = std::chrono::steady_clock::now();
  httplib::Result res = m_config.method == "GET" ? cli.Get(path, headers)
                        : m_config.method == "PUT"
                            ? cli.Put(path, headers, bodyFor(message), m_config.contentType)
                            : cli.Post(path, headers, bodyFor(message), m_config.contentType);
  if (!res) {
    const auto waited = std::chrono::steady_clock::now() - started;
    const bool timedOut = res.error() == httplib::Error::ConnectionTimeout || waited >= m_config.timeout;
    if (timedOut) return SendOutcome::retry("短信网关 " + secondsText(m_config.timeout) + " 秒内未应答", "超时");
    return SendOutcome::retry("无法连接短信网关：" + httplib::to_string(res.error()), "连接失败");
  }

  const int status = res->status;
  const std::string statusLine = "HTTP " + std::to_string(status);
  if (status >= 200 && status < 300) {
    const json reply = json::parse(res->body, nullptr, false);
    const std::string gatewayStatus = fieldText(reply, m_config.statusField);
    return SendOutcome::delivered(fieldText(reply, m_config.messageIdField),
                                  gatewayStatus.empty() ? statusLine : statusLine + " " + gatewayStatus);
  }
  const std::string detail = "短信网关应答 " + statusLine + (res->body.empty() ? "" : "：" + excerpt(res->body));
  // 408 and 429 say "not now"; other 4xx say the request itself is refused.
  const bool lasting = status >= 400 && status < 500 && status != 408 && status != 429;
  return lasting ? SendOutcome::rejected(detail, statusLine) : SendOutcome::retry(detail, statusLine);
}

}  // namespace qinqing::backend::sms
