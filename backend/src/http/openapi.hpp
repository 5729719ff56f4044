// The OpenAPI 3.0 description of the API (issue 4 "Also"), built from the RouteTable's own list
// of routes — the list the server dispatches from — so a registered route cannot be missing from
// it and it cannot describe a route that does not exist. Per route: method, path (":id" written
// "{id}" and declared as a path parameter), the Chinese summary, the roles allowed (`x-roles`,
// role keys, and in Chinese in the description), the bearer scheme for non-public routes, the
// body shapes the registration names (RouteInfo::accepts/returns), and the shared error schema
// {"error":{"code","message","fields":[{"field","message"}]}} for the error statuses.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "http/route_table.hpp"

namespace qinqing::backend::http {

// "/api/enterprises/:id" → "/api/enterprises/{id}".
std::string openApiPath(std::string_view pattern);

// The names of a pattern's path parameters, in order ("id" for "/api/enterprises/:id").
std::vector<std::string> pathParameters(std::string_view pattern);

nlohmann::json openApiDocument(const std::deque<RouteInfo>& routes);

}  // namespace qinqing::backend::http
