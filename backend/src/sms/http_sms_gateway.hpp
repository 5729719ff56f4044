// HttpSmsGateway: delivers each message with one HTTP request to an SMS operator's interface
// (`qinqing serve --sms-gateway http --sms-config FILE`). What it sends is configured, not coded:
//
//   {
//     "url": "https://sms.example.gov.cn/api/send",       http:// or https:// (system CA store)
//     "method": "POST",                                    POST (default), PUT or GET
//     "content_type": "application/json; charset=utf-8",   default as shown
//     "body_template": "{\"phone\":\"{{mobile}}\",\"content\":\"{{text}}\",\"ref\":\"{{id}}\"}",
//     "escape": "json",                                    json | form | xml | none; default from content_type
//     "headers": {"Authorization": "Bearer ${QINQING_SMS_TOKEN}"},
//     "timeout_seconds": 10,                               connect, send and read each; default 10
//     "message_id_field": "data.msg_id",                   optional: the gateway's reference in a 2xx JSON reply
//     "status_field": "status"                             optional: its status text there
//   }
//
// Placeholders: {{mobile}} (11 digits), {{text}} (the whole message with its 【十堰市双千办】
// signature) and {{id}} (the outbox id, for gateways that de-duplicate); each is escaped for the
// body's format (JSON string content, form encoding, XML text). They may also appear in the URL
// (URL-encoded), for operators whose interface is a GET. body_template may be given as a JSON
// object instead of a string; it is then written out as JSON with the placeholders inside.
//
// Credentials travel in headers. A header value may name environment variables as ${NAME}, so
// the secret can stay out of the file; header values are never logged or stored.
//
// Answers: 2xx = accepted (sent); 408, 429, 5xx, 3xx, timeouts and connection failures = retry
// after the sender's back-off; any other 4xx = rejected for good (a number or text the operator
// refuses, or credentials it does not accept: retrying cannot help).
#pragma once

#include <chrono>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "qinqing/core/result.hpp"
#include "sms/sms_gateway.hpp"

namespace qinqing::backend::sms {

enum class TemplateEscaping { Json, Form, Xml, None };

struct HttpSmsGatewayConfig {
  std::string url;
  std::string method = "POST";
  std::string contentType = "application/json; charset=utf-8";
  std::string bodyTemplate;
  TemplateEscaping escaping = TemplateEscaping::Json;
  std::vector<std::pair<std::string, std::string>> headers;  // values already expanded; secret
  std::chrono::milliseconds timeout = std::chrono::seconds(10);
  std::string messageIdField;  // dotted path into the reply's JSON; empty: none
  std::string statusField;
};

// Looks up an environment variable (std::getenv in production, a map in tests).
using EnvironmentLookup = std::function<std::optional<std::string>(const std::string& name)>;
EnvironmentLookup processEnvironment();

// Reads the configuration above from JSON text. Errors (InvalidInput, Chinese, naming the key but
// never a header's value): not JSON, url missing or not http(s)://host…, unknown method or escape,
// a template without {{mobile}} or {{text}} or with an unknown placeholder, a timeout outside
// 0.1–120 s, a header naming an unset environment variable.
domain::Result<HttpSmsGatewayConfig> parseHttpSmsGatewayConfig(const std::string& json, const EnvironmentLookup& env);
// The same from a file ("无法读取短信网关配置文件 …" when it cannot be read).
domain::Result<HttpSmsGatewayConfig> loadHttpSmsGatewayConfig(const std::filesystem::path& file,
                                                              const EnvironmentLookup& env);

// `text` escaped for a template of this kind ("他说\"好\"" for JSON, percent-encoding for form).
std::string escapeForTemplate(const std::string& text, TemplateEscaping escaping);

class HttpSmsGateway : public SmsGateway {
public:
  // The config must be valid (from parseHttpSmsGatewayConfig).
  explicit HttpSmsGateway(HttpSmsGatewayConfig config);

  std::string_view name() const override { return "http"; }
  SendOutcome send(const OutgoingSms& message) override;

  // The request body for a message (what send() posts), for tests and diagnostics.
  std::string bodyFor(const OutgoingSms& message) const;

private:
  HttpSmsGatewayConfig m_config;
  std::string m_origin;  // scheme://host[:port]
  std::string m_path;    // /path?query, placeholders still in it
};

}  // namespace qinqing::backend::sms
