// Wire form of 政策指南 (qinqing/content/publication.hpp: PolicyGuideDraft, policyValidity, policyFit).
//
//   draft:  {"title", "issuer", "document_number", "issued_on": "2026-03-01", "valid_until": "2027-12-31"|"",
//            "industry_group_ids": [1], "region_ids": [], "summary", "body"}
//   policy: draft + {"id", "state", "state_name", "version", "validity": "valid"|"expired", "validity_name",
//            "created_at", "updated_at", "published_at", "withdrawn_at", "read", "fit": 0|1|2|null,
//            "relevant": bool, "relevant_label": "与贵企业相关"|"", "attachments": [contentAttachmentToJson…]}
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "qinqing/content/publication.hpp"
#include "qinqing/core/result.hpp"
#include "qinqing/wire/content_attachment_json.hpp"

namespace qinqing::wire {

struct PolicyGuideView {
  long long id = 0;
  domain::PublicationState state = domain::PublicationState::Draft;
  int version = 1;
  domain::PolicyGuideDraft content;
  domain::PolicyValidity validity = domain::PolicyValidity::Valid;
  std::string createdAt;
  std::string updatedAt;
  std::string publishedAt;
  std::string withdrawnAt;
  bool read = false;
  std::optional<int> fit;  // an enterprise reader: domain::policyFit; none otherwise or when it does not apply
  bool relevant = false;   // fit ≥ 1: shown first, labelled domain::kPolicyRelevantLabel
  std::vector<ContentAttachment> attachments;  // the live files, in upload order
  bool operator==(const PolicyGuideView&) const = default;
};

nlohmann::json policyGuideDraftToJson(const domain::PolicyGuideDraft& draft);
// Field errors: issued_on / valid_until (not a date), industry_group_ids / region_ids (not id
// lists); the rules are domain::validatePolicyGuide.
domain::Result<domain::PolicyGuideDraft> policyGuideDraftFromJson(const nlohmann::json& j);

nlohmann::json policyGuideToJson(const PolicyGuideView& p);
domain::Result<PolicyGuideView> policyGuideFromJson(const nlohmann::json& j);

}  // namespace qinqing::wire
