// Wire form of 简报投稿 (qinqing/content/publication.hpp: BulletinDraft, BulletinKind, BulletinStatus,
// BulletinReview).
//
//   draft:   {"title", "body"}
//   review:  {"review": "adopt"|"return"|"decline", "comment"}
//   bulletin: {"id", "kind", "kind_name", "status", "status_name", "title", "body", "author",
//              "cadre": ref|null, "enterprise": ref|null, "unit": ref|null, "submitted_at", "updated_at",
//              "reviewed_at", "review_comment", "editable"}
//   unit counts: {"from", "to", "items": [{"unit": ref, "region": ref, "submitted", "adopted"}…]}
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "qinqing/content/publication.hpp"
#include "qinqing/core/result.hpp"
#include "qinqing/identity/account.hpp"

namespace qinqing::wire {

struct BulletinView {
  long long id = 0;
  domain::BulletinKind kind = domain::BulletinKind::CadreStory;
  domain::BulletinStatus status = domain::BulletinStatus::Submitted;
  domain::BulletinDraft content;
  std::string author;  // the cadre's name or the enterprise's
  std::optional<domain::NamedRef> cadre;
  std::optional<domain::NamedRef> enterprise;
  std::optional<domain::NamedRef> unit;
  std::string submittedAt;
  std::string updatedAt;
  std::string reviewedAt;
  std::string reviewComment;
  bool editable = false;  // the caller is the author and domain::bulletinEditableByAuthor
  bool operator==(const BulletinView&) const = default;
};

struct BulletinReviewRequest {
  domain::BulletinReview review = domain::BulletinReview::Adopt;
  std::string comment;
  bool operator==(const BulletinReviewRequest&) const = default;
};

struct UnitBulletinCount {
  domain::NamedRef unit;
  domain::NamedRef region;
  int submitted = 0;
  int adopted = 0;
  bool operator==(const UnitBulletinCount&) const = default;
};

nlohmann::json bulletinDraftToJson(const domain::BulletinDraft& draft);
domain::Result<domain::BulletinDraft> bulletinDraftFromJson(const nlohmann::json& j);
nlohmann::json bulletinReviewToJson(const BulletinReviewRequest& r);
// Field review: "请选择采用、退回修改或不予采用".
domain::Result<BulletinReviewRequest> bulletinReviewFromJson(const nlohmann::json& j);
nlohmann::json bulletinToJson(const BulletinView& b);
domain::Result<BulletinView> bulletinFromJson(const nlohmann::json& j);
nlohmann::json unitBulletinCountToJson(const UnitBulletinCount& c);
domain::Result<UnitBulletinCount> unitBulletinCountFromJson(const nlohmann::json& j);

}  // namespace qinqing::wire
