#include "qinqing/wire/cadre_transfer_json.hpp"

#include "qinqing/wire/error_json.hpp"
#include "qinqing/wire/json_fields.hpp"

namespace qinqing::wire {
using nlohmann::json;
namespace d = qinqing::domain;

json cadreTransferToJson(const d::CadreTransfer& t) {
  return {{"id", t.id},
          {"cadre", namedRefToJson(t.cadre)},
          {"from_unit", namedRefToJson(t.fromUnit)},
          {"to_unit", namedRefToJson(t.toUnit)},
          {"status", d::cadreTransferStatusKey(t.status)},
          {"status_name", d::cadreTransferStatusName(t.status)},
          {"requested_at", t.requestedAt},
          {"decided_at", t.decidedAt},
          {"decided_by", optionalRefToJson(t.decidedBy)},
          {"note", t.note},
          {"enterprise_count", t.enterpriseCount}};
}

d::Result<d::CadreTransfer> cadreTransferFromJson(const json& j) {
  if (!j.is_object() || !getInt(j, "id")) return badShape("干部调动");
  auto status = d::cadreTransferStatusFromKey(textAt(j, "status"));
  auto cadre = namedRefAt(j, "cadre");
  auto from = namedRefAt(j, "from_unit");
  auto to = namedRefAt(j, "to_unit");
  if (!status || !cadre || !from || !to) return badShape("干部调动");
  d::CadreTransfer t;
  t.id = *getInt(j, "id");
  t.cadre = *cadre;
  t.fromUnit = *from;
  t.toUnit = *to;
  t.status = *status;
  t.requestedAt = textAt(j, "requested_at");
  t.decidedAt = textAt(j, "decided_at");
  t.decidedBy = namedRefAt(j, "decided_by");
  t.note = textAt(j, "note");
  t.enterpriseCount = static_cast<int>(getInt(j, "enterprise_count").value_or(0));
  return t;
}

json cadreTransferDecisionToJson(const d::CadreTransferDecision& decision) {
  return {{"approve", decision.approve}, {"note", decision.note}};
}

d::Result<d::CadreTransferDecision> cadreTransferDecisionFromJson(const json& j) {
  if (!j.is_object()) return badShape("调动确认");
  auto approve = getBool(j, "approve");
  if (!approve) return d::DomainError::invalid({{"approve", "请选择同意或不同意"}});
  return d::CadreTransferDecision{*approve, textAt(j, "note")};
}

}  // namespace qinqing::wire
