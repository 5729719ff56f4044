// Wire form of the petition views and requests (qinqing/petition/petition_view.hpp). Keys are
// snake_case; enums travel as their keys (petitionStateKey, ratingKey, clockKindKey, …) with the
// Chinese label beside them where a client shows it ("state": "handling", "state_label": "办理中").
//   content:  {"title", "category", "description", "contact_name", "contact_mobile"}
//   summary:  {"id", "number", "title", "category", "state", "state_label", "outcome", "outcome_label",
//              "enterprise": {id,name}, "cadre", "handler" (refs or null), "handler_kind",
//              "submitted_at", "updated_at", "deadline": {clock, clock_label, due_date, due_at, status,
//              text} | null, "revision"}
//   detail:   summary fields + {"content", "enterprise_uscc", "region", "industry_group", "versions",
//              "clocks", "events", "attachments", "results", "ratings", "extensions", "appeals",
//              "visits", "actions": [{"key", "label"}]}
//   action request: {"revision", "content"?, "reason", "note", "handler_kind", "handler_id",
//              "approve"?, "new_due_date"?, "result_text", "rating"?, "comment", "visit"?}
//   new petition:   {"content", "submit", "client_request_id"}
#pragma once

#include <nlohmann/json.hpp>

#include "qinqing/core/result.hpp"
#include "qinqing/org/paging.hpp"
#include "qinqing/petition/petition_view.hpp"

namespace qinqing::wire {

nlohmann::json petitionContentToJson(const domain::PetitionContent& content);
// Missing fields read as empty (a draft may be incomplete); non-string values are InvalidInput.
domain::Result<domain::PetitionContent> petitionContentFromJson(const nlohmann::json& j);

nlohmann::json petitionSummaryToJson(const domain::PetitionSummary& summary);
domain::Result<domain::PetitionSummary> petitionSummaryFromJson(const nlohmann::json& j);

nlohmann::json petitionPageToJson(const domain::Page<domain::PetitionSummary>& page);
domain::Result<domain::Page<domain::PetitionSummary>> petitionPageFromJson(const nlohmann::json& j);

nlohmann::json petitionDetailToJson(const domain::PetitionDetail& detail);
domain::Result<domain::PetitionDetail> petitionDetailFromJson(const nlohmann::json& j);

nlohmann::json petitionActionRequestToJson(const domain::PetitionActionRequest& request);
// InvalidInput naming the field for a missing revision, a bad date, an unknown rating or handler
// kind, or a mistyped value.
domain::Result<domain::PetitionActionRequest> petitionActionRequestFromJson(const nlohmann::json& j);

nlohmann::json newPetitionToJson(const domain::NewPetition& petition);
domain::Result<domain::NewPetition> newPetitionFromJson(const nlohmann::json& j);

// One attachment (also used by the attachment routes).
nlohmann::json petitionAttachmentJson(const domain::PetitionAttachment& attachment);
domain::PetitionAttachment petitionAttachmentFrom(const nlohmann::json& j);

}  // namespace qinqing::wire
