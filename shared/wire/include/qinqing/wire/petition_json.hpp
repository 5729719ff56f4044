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
//   box counts:     {"counts": [{"box": petitionBoxKey, "count"}]}
//   left scope:     {"id", "left_scope": true} (an action moved the petition out of the caller's scope)
//   dispatch limit: {"days"}
#pragma once

#include <nlohmann/json.hpp>

#include "qinqing/core/result.hpp"
#include "qinqing/org/paging.hpp"
#include "qinqing/petition/petition_boxes.hpp"
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

// GET /api/petitions/counts: the menu badges. Decoding skips unknown boxes (a newer server).
using PetitionBoxCounts = std::vector<std::pair<domain::PetitionBox, long long>>;
nlohmann::json petitionBoxCountsToJson(const PetitionBoxCounts& counts);
domain::Result<PetitionBoxCounts> petitionBoxCountsFromJson(const nlohmann::json& j);

// The reply of an action after which the caller no longer sees the petition.
nlohmann::json petitionLeftScopeToJson(long long id);
// The petition id of such a reply; none when j is not one (a detail, say).
std::optional<long long> petitionLeftScopeFromJson(const nlohmann::json& j);

// GET/PUT /api/settings/dispatch-limit: {"days": n}. Decoding: InvalidInput on field "days"
// ("请填写分办时限（工作日）") unless days is an integer; the range is the service's to check.
nlohmann::json dispatchLimitToJson(int days);
domain::Result<int> dispatchLimitFromJson(const nlohmann::json& j);

// One attachment: petitionAttachmentToJson / petitionAttachmentFromJson (petition_attachment_json.hpp).

}  // namespace qinqing::wire
