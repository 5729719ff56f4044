// The file form of the organisation skeleton (qinqing/org/org_skeleton.hpp), assets/org/skeleton.json:
//
//   {"city": "十堰市",
//    "regions": [{"name": "茅箭区", "kind": "county"}, …],
//    "units": [{"region": "十堰市", "name": "十堰市经信局"}, …],
//    "industry_groups": [{"key": "industry", "name": "经信", "unit": "十堰市经信局"}, …],
//    "administrators": [{"role": "system_admin", "login_name": "sysadmin", "holder_name": "系统管理员"}, …]}
//
// The decoder checks shape (every list present, every entry an object, roles known); the
// content rules are validateSkeleton's.
#pragma once

#include <nlohmann/json.hpp>

#include "qinqing/core/result.hpp"
#include "qinqing/org/org_skeleton.hpp"

namespace qinqing::wire {

nlohmann::json skeletonToJson(const domain::OrganisationSkeleton& skeleton);
domain::Result<domain::OrganisationSkeleton> skeletonFromJson(const nlohmann::json& j);

}  // namespace qinqing::wire
