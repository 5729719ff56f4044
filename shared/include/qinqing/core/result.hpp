// Result<T>: a value or a DomainError, returned by domain code for every expected failure.
// Emscripten's libc++ 14 has no std::expected and the wasm build runs without exception catching,
// so nothing in shared/ throws for bad input; callers test ok() and read value() or error().
#pragma once

#include <cassert>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace qinqing::domain {

// Stable machine codes. Their spelling on the wire lives in shared/wire (errorCodeName).
enum class ErrorCode {
  InvalidInput,      // one or more fields failed validation (see DomainError::fields)
  NotFound,          // the object does not exist or lies outside the caller's scope
  Unauthenticated,   // no valid session
  Forbidden,         // the role may not do this at all
  Conflict,          // the object changed since the caller looked (stale state)
  InvalidTransition, // the state machine does not allow this action in the current state
  BadCredentials,    // login name or password wrong
  AccountLocked,     // too many failed logins
  AccountNotActivated,  // the account has no password yet (待激活): activate it first
  AccountDisabled,   // 系统管理员 disabled the account (停用): nothing it asks is done
  PasswordChangeRequired,  // first login or an expired password: only the own profile and password until changed
  TooManyRequests,   // asked again too soon (an SMS code within a minute of the last)
  RequestIdReused,   // a client request id sent again with a different body (422)
  PayloadTooLarge,
  MethodNotAllowed,
  ServiceBusy,       // the server is saturated (every password-hashing slot taken): try again shortly (503)
  Internal,
};

// One field's problem, with the field's name and a Chinese message for the person at the form.
struct FieldError {
  std::string field;
  std::string message;
  bool operator==(const FieldError&) const = default;
};

struct DomainError {
  ErrorCode code = ErrorCode::Internal;
  std::string message;              // Chinese, shown to the user
  std::vector<FieldError> fields;   // every failing field, not just the first

  static DomainError invalid(std::vector<FieldError> fields);
  static DomainError of(ErrorCode code, std::string message) { return {code, std::move(message), {}}; }
};

template <typename T>
class [[nodiscard]] Result {
public:
  Result(T value) : m_state(std::move(value)) {}            // NOLINT: implicit by design
  Result(DomainError error) : m_state(std::move(error)) {}  // NOLINT
  bool ok() const { return std::holds_alternative<T>(m_state); }
  explicit operator bool() const { return ok(); }
  const T& value() const& { assert(ok()); return std::get<T>(m_state); }
  T& value() & { assert(ok()); return std::get<T>(m_state); }
  T&& value() && { assert(ok()); return std::get<T>(std::move(m_state)); }
  const DomainError& error() const { assert(!ok()); return std::get<DomainError>(m_state); }

private:
  std::variant<T, DomainError> m_state;
};

// For operations that produce nothing but may fail.
struct Ok {
  bool operator==(const Ok&) const = default;
};
using Status = Result<Ok>;

inline DomainError DomainError::invalid(std::vector<FieldError> fields) {
  DomainError e;
  e.code = ErrorCode::InvalidInput;
  e.message = fields.size() == 1 ? fields.front().message : "填写的内容有误，请按提示修改";
  e.fields = std::move(fields);
  return e;
}

}  // namespace qinqing::domain
