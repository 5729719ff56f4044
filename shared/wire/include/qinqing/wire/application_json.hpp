// Wire form of 企业入驻申请 (qinqing/org/enterprise_application.hpp). Keys are snake_case.
//   form:        {"name","uscc","region_id","industry_group_id"(or null),"legal_rep","liaison",
//                 "liaison_mobile","address","intro"}
//   application: {"id","number","status":"pending"|"approved"|"rejected","status_name":"待审核",
//                 "name","uscc","region":{"id","name"},"industry_group":{…}|null,"legal_rep","liaison",
//                 "liaison_mobile","address","intro","submitted_at","reviewed_at","reviewer",
//                 "reject_reason","enterprise":{…}|null,"cadre":{…}|null}
//   lookup:      {"number","uscc"}
//   approval:    {"cadre_id"}            rejection: {"reason"}
//   list:        GET /api/applications?status=&q=&sort=&order=&page=&page_size= → a page of applications
// Decoders check shape only (a non-string reads as empty so the domain validator reports it in
// Chinese) and never throw.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string_view>

#include "qinqing/core/result.hpp"
#include "qinqing/org/enterprise_application.hpp"

namespace qinqing::wire {

// "pending", "approved", "rejected".
std::string_view applicationStatusKey(domain::ApplicationStatus status);
std::optional<domain::ApplicationStatus> applicationStatusFromKey(std::string_view key);

// {"regions":[{"id","name","needs_industry_group"}…],"industry_groups":[{"id","name"}…]}.
nlohmann::json applicationChoicesToJson(const domain::ApplicationChoices& choices);
domain::Result<domain::ApplicationChoices> applicationChoicesFromJson(const nlohmann::json& j);

nlohmann::json applicationFormToJson(const domain::ApplicationForm& form);
domain::Result<domain::ApplicationForm> applicationFormFromJson(const nlohmann::json& j);

// POST /api/enterprises: the application form's keys plus "cadre_id".
nlohmann::json newEnterpriseToJson(const domain::NewEnterprise& enterprise);
domain::Result<domain::NewEnterprise> newEnterpriseFromJson(const nlohmann::json& j);

nlohmann::json applicationToJson(const domain::EnterpriseApplication& application);
domain::Result<domain::EnterpriseApplication> applicationFromJson(const nlohmann::json& j);

nlohmann::json applicationLookupToJson(const domain::ApplicationLookup& lookup);
domain::Result<domain::ApplicationLookup> applicationLookupFromJson(const nlohmann::json& j);

nlohmann::json applicationApprovalToJson(const domain::ApplicationApproval& approval);
// A missing or non-integer cadre_id reads as 0 (validateApplicationApproval: "请选择包联干部").
domain::Result<domain::ApplicationApproval> applicationApprovalFromJson(const nlohmann::json& j);

nlohmann::json applicationRejectionToJson(const domain::ApplicationRejection& rejection);
domain::Result<domain::ApplicationRejection> applicationRejectionFromJson(const nlohmann::json& j);

}  // namespace qinqing::wire
