#include "qinqing/wire/bulletin_json.hpp"

#include "qinqing/wire/error_json.hpp"
#include "qinqing/wire/json_fields.hpp"

namespace qinqing::wire {
using nlohmann::json;
namespace d = qinqing::domain;

json bulletinDraftToJson(const d::BulletinDraft& draft) { return {{"title", draft.title}, {"body", draft.body}}; }

d::Result<d::BulletinDraft> bulletinDraftFromJson(const json& j) {
  if (!j.is_object()) return badShape("简报");
  return d::BulletinDraft{textAt(j, "title"), textAt(j, "body")};
}

json bulletinReviewToJson(const BulletinReviewRequest& r) {
  return {{"review", d::bulletinReviewKey(r.review)}, {"comment", r.comment}};
}

d::Result<BulletinReviewRequest> bulletinReviewFromJson(const json& j) {
  if (!j.is_object()) return badShape("简报审核");
  auto review = d::bulletinReviewFromKey(textAt(j, "review"));
  if (!review) return d::DomainError::invalid({{"review", "请选择采用、退回修改或不予采用"}});
  return BulletinReviewRequest{*review, textAt(j, "comment")};
}

json bulletinToJson(const BulletinView& b) {
  json j = bulletinDraftToJson(b.content);
  j["id"] = b.id;
  j["kind"] = d::bulletinKindKey(b.kind);
  j["kind_name"] = d::bulletinKindLabel(b.kind);
  j["status"] = d::bulletinStatusKey(b.status);
  j["status_name"] = d::bulletinStatusLabel(b.status);
  j["author"] = b.author;
  j["cadre"] = optionalRefToJson(b.cadre);
  j["enterprise"] = optionalRefToJson(b.enterprise);
  j["unit"] = optionalRefToJson(b.unit);
  j["submitted_at"] = b.submittedAt;
  j["updated_at"] = b.updatedAt;
  j["reviewed_at"] = b.reviewedAt;
  j["review_comment"] = b.reviewComment;
  j["editable"] = b.editable;
  return j;
}

d::Result<BulletinView> bulletinFromJson(const json& j) {
  if (!j.is_object() || !getInt(j, "id")) return badShape("简报");
  auto kind = d::bulletinKindFromKey(textAt(j, "kind"));
  auto status = d::bulletinStatusFromKey(textAt(j, "status"));
  auto content = bulletinDraftFromJson(j);
  if (!kind || !status || !content) return badShape("简报");
  BulletinView b;
  b.id = *getInt(j, "id");
  b.kind = *kind;
  b.status = *status;
  b.content = std::move(content).value();
  b.author = textAt(j, "author");
  b.cadre = namedRefAt(j, "cadre");
  b.enterprise = namedRefAt(j, "enterprise");
  b.unit = namedRefAt(j, "unit");
  b.submittedAt = textAt(j, "submitted_at");
  b.updatedAt = textAt(j, "updated_at");
  b.reviewedAt = textAt(j, "reviewed_at");
  b.reviewComment = textAt(j, "review_comment");
  b.editable = getBool(j, "editable").value_or(false);
  return b;
}

json unitBulletinCountToJson(const UnitBulletinCount& c) {
  return {{"unit", namedRefToJson(c.unit)}, {"region", namedRefToJson(c.region)}, {"submitted", c.submitted},
          {"adopted", c.adopted}};
}

d::Result<UnitBulletinCount> unitBulletinCountFromJson(const json& j) {
  auto unit = namedRefAt(j, "unit");
  auto region = namedRefAt(j, "region");
  if (!unit || !region) return badShape("简报统计");
  return UnitBulletinCount{*unit, *region, static_cast<int>(getInt(j, "submitted").value_or(0)),
                           static_cast<int>(getInt(j, "adopted").value_or(0))};
}

}  // namespace qinqing::wire
