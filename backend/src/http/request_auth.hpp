// Reading the caller's credential from a request: "Authorization: Bearer <token>" only (no
// cookies, no query parameters — URLs end up in logs and browser history).
#pragma once

#include <httplib.h>

#include <optional>
#include <string>

#include "auth/session_service.hpp"
#include "http/route_table.hpp"

namespace qinqing::backend::http {

// The token after "Bearer " (scheme case-insensitive); empty optional when the header is missing,
// uses another scheme or carries an empty token.
std::optional<std::string> bearerToken(const httplib::Request& req);

// The RouteTable's authenticator: bearer token → SessionService::authenticate.
Authenticator makeAuthenticator(auth::SessionService& sessions);

}  // namespace qinqing::backend::http
