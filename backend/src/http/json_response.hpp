// Writing JSON answers. Every API reply, success or error, goes through these so the content
// type, charset and error shape ({"error":{"code","message","fields"}}, wire::errorToJson) are the
// same everywhere.
#pragma once

#include <httplib.h>

#include <nlohmann/json.hpp>
#include <string>

#include "http/status.hpp"
#include "qinqing/core/result.hpp"

namespace qinqing::backend::http {

inline constexpr const char* kJsonContentType = "application/json; charset=utf-8";

// Serialises body; invalid UTF-8 in stored text is replaced rather than failing the reply.
void sendJson(httplib::Response& res, Status status, const nlohmann::json& body);

// The error as JSON with the status statusFor(error.code).
// The text sendJson would send, and sending such text (a cached reply) as it is.
std::string jsonText(const nlohmann::json& body);
void sendJsonText(httplib::Response& res, Status status, std::string body);

void sendError(httplib::Response& res, const domain::DomainError& error);
void sendError(httplib::Response& res, domain::ErrorCode code, std::string message);

void sendNoContent(httplib::Response& res);

}  // namespace qinqing::backend::http
