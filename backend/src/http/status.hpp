// HTTP status codes by name. cpp-httplib has a StatusCode enum; this header maps the domain's
// error codes onto it so no handler writes a bare number.
#pragma once

#include <httplib.h>

#include "qinqing/core/result.hpp"

namespace qinqing::backend::http {

using Status = httplib::StatusCode;

// invalid_input → 400, unauthenticated/bad_credentials → 401, forbidden/account_not_activated → 403, not_found → 404,
// method_not_allowed → 405, conflict/invalid_transition → 409, payload_too_large → 413,
// request_id_reused → 422, account_locked → 423, too_many_requests → 429, internal → 500,
// service_busy → 503;
// password_change_required → 403.
Status statusFor(domain::ErrorCode code);

}  // namespace qinqing::backend::http
