#include "qinqing/wire/policy_guide_json.hpp"

#include "qinqing/wire/error_json.hpp"
#include "qinqing/wire/json_fields.hpp"

namespace qinqing::wire {
using nlohmann::json;
namespace d = qinqing::domain;

namespace {

bool readIds(const json& j, const char* key, std::vector<long long>& out) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return true;
  if (!it->is_array()) return false;
  for (const auto& id : *it) {
    if (!id.is_number_integer()) return false;
    out.push_back(id.get<long long>());
  }
  return true;
}

}  // namespace

json policyGuideDraftToJson(const d::PolicyGuideDraft& p) {
  return {{"title", p.title},
          {"issuer", p.issuer},
          {"document_number", p.documentNumber},
          {"issued_on", p.issuedOn.toIso()},
          {"valid_until", p.validUntil ? p.validUntil->toIso() : std::string()},
          {"industry_group_ids", p.industryGroupIds},
          {"region_ids", p.regionIds},
          {"summary", p.summary},
          {"body", p.body}};
}

d::Result<d::PolicyGuideDraft> policyGuideDraftFromJson(const json& j) {
  if (!j.is_object()) return badShape("政策指南");
  std::vector<d::FieldError> errors;
  d::PolicyGuideDraft p;
  p.title = textAt(j, "title");
  p.issuer = textAt(j, "issuer");
  p.documentNumber = textAt(j, "document_number");
  if (auto date = d::Date::parseIso(textAt(j, "issued_on"))) {
    p.issuedOn = date.value();
  } else {
    errors.push_back({"issued_on", "请填写发布日期（如 2026-03-01）"});
  }
  if (const std::string until = textAt(j, "valid_until"); !until.empty()) {
    if (auto date = d::Date::parseIso(until)) {
      p.validUntil = date.value();
    } else {
      errors.push_back({"valid_until", "有效期格式应为 2027-12-31，长期有效请留空"});
    }
  }
  if (!readIds(j, "industry_group_ids", p.industryGroupIds)) errors.push_back({"industry_group_ids", "适用行业应为行业组编号列表"});
  if (!readIds(j, "region_ids", p.regionIds)) errors.push_back({"region_ids", "适用区域应为区域编号列表"});
  p.summary = textAt(j, "summary");
  p.body = textAt(j, "body");
  if (!errors.empty()) return d::DomainError::invalid(std::move(errors));
  return p;
}

json policyGuideToJson(const PolicyGuideView& p) {
  json j = policyGuideDraftToJson(p.content);
  j["id"] = p.id;
  j["state"] = d::publicationStateKey(p.state);
  j["state_name"] = d::publicationStateLabel(p.state);
  j["version"] = p.version;
  j["validity"] = p.validity == d::PolicyValidity::Valid ? "valid" : "expired";
  j["validity_name"] = d::policyValidityLabel(p.validity);
  j["created_at"] = p.createdAt;
  j["updated_at"] = p.updatedAt;
  j["published_at"] = p.publishedAt;
  j["withdrawn_at"] = p.withdrawnAt;
  j["read"] = p.read;
  j["fit"] = p.fit ? json(*p.fit) : json(nullptr);
  j["relevant"] = p.relevant;
  j["relevant_label"] = p.relevant ? std::string(d::kPolicyRelevantLabel) : std::string();
  j["attachments"] = contentAttachmentsToJson(p.attachments);
  return j;
}

d::Result<PolicyGuideView> policyGuideFromJson(const json& j) {
  if (!j.is_object() || !getInt(j, "id")) return badShape("政策指南");
  auto state = d::publicationStateFromKey(textAt(j, "state"));
  auto content = policyGuideDraftFromJson(j);
  auto attachments = contentAttachmentsFromJson(j);
  if (!state || !content || !attachments) return badShape("政策指南");
  PolicyGuideView p;
  p.id = *getInt(j, "id");
  p.state = *state;
  p.version = static_cast<int>(getInt(j, "version").value_or(1));
  p.content = std::move(content).value();
  p.validity = textAt(j, "validity") == "expired" ? d::PolicyValidity::Expired : d::PolicyValidity::Valid;
  p.createdAt = textAt(j, "created_at");
  p.updatedAt = textAt(j, "updated_at");
  p.publishedAt = textAt(j, "published_at");
  p.withdrawnAt = textAt(j, "withdrawn_at");
  p.read = getBool(j, "read").value_or(false);
  if (auto fit = getInt(j, "fit")) p.fit = static_cast<int>(*fit);
  p.relevant = getBool(j, "relevant").value_or(false);
  p.attachments = std::move(attachments).value();
  return p;
}

}  // namespace qinqing::wire
