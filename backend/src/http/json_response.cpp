#include "http/json_response.hpp"

#include "qinqing/wire/error_json.hpp"

namespace qinqing::backend::http {

Status statusFor(domain::ErrorCode code) {
  using domain::ErrorCode;
  switch (code) {
    case ErrorCode::InvalidInput: return Status::BadRequest_400;
    case ErrorCode::NotFound: return Status::NotFound_404;
    case ErrorCode::Unauthenticated: return Status::Unauthorized_401;
    case ErrorCode::Forbidden: return Status::Forbidden_403;
    case ErrorCode::Conflict: return Status::Conflict_409;
    case ErrorCode::InvalidTransition: return Status::Conflict_409;
    case ErrorCode::BadCredentials: return Status::Unauthorized_401;
    case ErrorCode::AccountLocked: return Status::Locked_423;
    case ErrorCode::AccountNotActivated: return Status::Forbidden_403;
    case ErrorCode::AccountDisabled: return Status::Forbidden_403;
    case ErrorCode::PasswordChangeRequired: return Status::Forbidden_403;
    case ErrorCode::TooManyRequests: return Status::TooManyRequests_429;
    case ErrorCode::RequestIdReused: return Status::UnprocessableContent_422;
    case ErrorCode::PayloadTooLarge: return Status::PayloadTooLarge_413;
    case ErrorCode::MethodNotAllowed: return Status::MethodNotAllowed_405;
    case ErrorCode::ServiceBusy: return Status::ServiceUnavailable_503;
    case ErrorCode::Internal: return Status::InternalServerError_500;
  }
  return Status::InternalServerError_500;
}

void sendJson(httplib::Response& res, Status status, const nlohmann::json& body) {
  res.status = status;
  res.set_content(body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace), kJsonContentType);
}

std::string jsonText(const nlohmann::json& body) {
  return body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

void sendJsonText(httplib::Response& res, Status status, std::string body) {
  res.status = status;
  res.set_content(std::move(body), kJsonContentType);
}

void sendError(httplib::Response& res, const domain::DomainError& error) {
  sendJson(res, statusFor(error.code), wire::errorToJson(error));
}

void sendError(httplib::Response& res, domain::ErrorCode code, std::string message) {
  sendError(res, domain::DomainError::of(code, std::move(message)));
}

void sendNoContent(httplib::Response& res) {
  res.status = Status::NoContent_204;
  res.body.clear();
}

}  // namespace qinqing::backend::http
