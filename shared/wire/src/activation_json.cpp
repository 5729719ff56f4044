#include "qinqing/wire/activation_json.hpp"

#include "qinqing/wire/error_json.hpp"

namespace qinqing::wire {
using nlohmann::json;
namespace d = qinqing::domain;

json activationRequestToJson(const d::ActivationRequest& r) {
  json j = {{"role", d::roleKey(r.role)}, {"login_name", r.loginName}};
  j["unit_id"] = r.unitId ? json(*r.unitId) : json(nullptr);
  if (!r.code.empty()) j["code"] = r.code;
  if (!r.newPassword.empty()) j["new_password"] = r.newPassword;
  return j;
}

d::Result<d::ActivationRequest> activationRequestFromJson(const json& j) {
  if (!j.is_object()) return d::DomainError::of(d::ErrorCode::InvalidInput, "数据格式有误：激活账号");
  auto role = d::roleFromKey(getString(j, "role").value_or(""));
  if (!role) return d::DomainError::invalid({{"role", "请选择用户类型"}});
  d::ActivationRequest r;
  r.role = *role;
  r.loginName = getString(j, "login_name").value_or("");
  r.unitId = getInt(j, "unit_id");
  r.code = getString(j, "code").value_or("");
  r.newPassword = getString(j, "new_password").value_or("");
  return r;
}

}  // namespace qinqing::wire
