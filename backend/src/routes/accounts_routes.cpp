// 账号管理 (系统管理员, issue 4): every account with its status, one account with its holders, and
// handing a fixed staff account over to a new holder. Only system_admin passes the route table.
// The rules live in auth::AccountAdminService; this file decodes and encodes only.
#include "auth/account_admin_service.hpp"
#include "auth/account_provisioning_service.hpp"
#include "http/json_response.hpp"
#include "http/list_request.hpp"
#include "http/query_params.hpp"
#include "qinqing/wire/account_admin_json.hpp"
#include "qinqing/wire/error_json.hpp"
#include "qinqing/wire/org_json.hpp"
#include "routes/routes.hpp"

namespace qinqing::backend {
namespace {

const std::vector<std::string>& detailFields() {
  static const std::vector<std::string> keys = http::keysOf(wire::accountDetailToJson({}));
  return keys;
}

// ?role=&region_id=&unit_id=&status=; a present but unknown role or status is a field error.
domain::AccountFilter accountFilterOf(const httplib::Request& req, std::vector<domain::FieldError>& errors) {
  domain::AccountFilter f;
  if (auto role = http::queryParam(req, "role"); role && !role->empty()) {
    f.role = domain::roleFromKey(*role);
    if (!f.role) errors.push_back({"role", "未知的用户类型：" + *role});
  }
  if (auto status = http::queryParam(req, "status"); status && !status->empty()) {
    f.status = domain::accountStatusFromKey(*status);
    if (!f.status) errors.push_back({"status", "账号状态应为 active、pending_activation、locked 或 disabled"});
  }
  f.regionId = http::idFilter(req, "region_id", errors);
  f.unitId = http::idFilter(req, "unit_id", errors);
  return f;
}

void sendDetail(httplib::Response& res, const domain::Result<domain::AccountDetail>& detail) {
  if (!detail) return http::sendError(res, detail.error());
  http::sendJson(res, http::Status::OK_200, wire::accountDetailToJson(detail.value()));
}

}  // namespace

void registerAccountRoutes(http::RouteTable& routes, Services& services) {
  auto service = [&services] {
    return auth::AccountAdminService(services.database, services.clock, [&services] { services.sms.wake(); });
  };
  auto provisioning = [&services] {
    return auth::AccountProvisioningService(services.database, services.hasher, services.clock,
                                            [&services] { services.sms.wake(); });
  };
  const std::vector<domain::Role> systemAdmin = {domain::Role::SystemAdmin};
  // 安全管理员 reads the accounts to find the one whose holder asks for a temporary password.
  const std::vector<domain::Role> readers = {domain::Role::SystemAdmin, domain::Role::SecurityAdmin};

  // ?q=&sort=login_name|role|region|unit|last_login&order=&page=&page_size=&role=&region_id=&unit_id=
  // &status=active|pending_activation|locked → pageToJson(accountSummaryToJson); 400 for a bad filter.
  routes.addForRoles(http::HttpMethod::Get, api::accounts::list, "账号列表（系统管理员、安全管理员）", readers,
                     [service](const httplib::Request& req, httplib::Response& res, const auth::AuthContext&) {
                       std::vector<domain::FieldError> errors;
                       AccountListQuery query;
                       query.page = http::pageRequestOf(req, accountSortKeys());
                       query.filter = accountFilterOf(req, errors);
                       if (!errors.empty()) return http::sendError(res, domain::DomainError::invalid(std::move(errors)));
                       http::sendJson(res, http::Status::OK_200,
                                      wire::pageToJson(service().list(query), wire::accountSummaryToJson));
                     }).returns("pageToJson(accountSummaryToJson)", {"items", "total", "page", "page_size"});

  // → accountDetailToJson (no password, mobiles masked, the holder history newest first); 404.
  routes.addForRoles(http::HttpMethod::Get, api::accounts::one, "账号详情及持有人记录", readers,
                     [service](const httplib::Request& req, httplib::Response& res, const auth::AuthContext&) {
                       auto id = http::pathId(req);
                       sendDetail(res, id ? service().get(*id) : domain::DomainError::of(domain::ErrorCode::NotFound, "账号不存在"));
                     }).returns("accountDetailToJson", detailFields());

  // Body: accountHandoverToJson → the detail, the account now 待激活. 400 with every field error,
  // 404 unknown, 409 invalid_transition for an account that is not a fixed staff account.
  routes.addForRoles(http::HttpMethod::Post, api::accounts::handover, "移交账号（更换持有人，需重新激活）", systemAdmin,
                     [service](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
                       auto id = http::pathId(req);
                       if (!id) return http::sendError(res, domain::ErrorCode::NotFound, "账号不存在");
                       auto body = wire::parseObject(req.body);
                       if (!body) return http::sendError(res, body.error());
                       auto handover = wire::accountHandoverFromJson(body.value());
                       if (!handover) return http::sendError(res, handover.error());
                       sendDetail(res, service().handOver(who, *id, std::move(handover).value(), req.remote_addr));
                     })
      .accepts("accountHandoverFromJson", http::keysOf(wire::accountHandoverToJson({})))
      .returns("accountDetailToJson", detailFields());

  // Body: newStaffAccountToJson → 201 the detail (待激活, the 账号已开通 notice queued to the
  // holder's mobile). 400 every field error; 409 conflict on login_name.
  auto& create = routes.addForRoles(
      http::HttpMethod::Post, api::accounts::list, "新建单位、县市区管理员、分办员或巡查员账号（待激活）", systemAdmin,
      [provisioning](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
        auto body = wire::parseObject(req.body);
        if (!body) return http::sendError(res, body.error());
        auto account = wire::newStaffAccountFromJson(body.value());
        if (!account) return http::sendError(res, account.error());
        auto created = provisioning().create(who, std::move(account).value(), req.remote_addr);
        if (!created) return http::sendError(res, created.error());
        http::sendJson(res, http::Status::Created_201, wire::accountDetailToJson(created.value()));
      });
  create
      .accepts("newStaffAccountFromJson", http::keysOf(wire::newStaffAccountToJson({})))
      .returns("accountDetailToJson", detailFields());
  create.successStatus = 201;

  // Body: accountEditToJson → the detail; 400, 404, 409 (not a fixed staff account, name taken).
  routes.addForRoles(http::HttpMethod::Put, api::accounts::one, "修改账号信息", systemAdmin,
                     [provisioning](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
                       auto id = http::pathId(req);
                       if (!id) return http::sendError(res, domain::ErrorCode::NotFound, "账号不存在");
                       auto body = wire::parseObject(req.body);
                       if (!body) return http::sendError(res, body.error());
                       auto edit = wire::accountEditFromJson(body.value());
                       if (!edit) return http::sendError(res, edit.error());
                       sendDetail(res, provisioning().edit(who, *id, std::move(edit).value(), req.remote_addr));
                     })
      .accepts("accountEditFromJson", http::keysOf(wire::accountEditToJson({})))
      .returns("accountDetailToJson", detailFields());

  // Body: {"reason"} → the detail, 已停用, its sessions ended; 409 oneself, a platform administrator,
  // or already disabled.
  routes.addForRoles(http::HttpMethod::Post, api::accounts::disable, "停用账号", systemAdmin,
                     [provisioning](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
                       auto id = http::pathId(req);
                       if (!id) return http::sendError(res, domain::ErrorCode::NotFound, "账号不存在");
                       auto body = wire::parseObject(req.body);
                       if (!body) return http::sendError(res, body.error());
                       auto request = wire::accountDisableFromJson(body.value());
                       if (!request) return http::sendError(res, request.error());
                       sendDetail(res, provisioning().disable(who, *id, std::move(request).value(), req.remote_addr));
                     })
      .accepts("accountDisableFromJson", http::keysOf(wire::accountDisableToJson({})))
      .returns("accountDetailToJson", detailFields());

  // → the detail, enabled again; 409 when it is not disabled.
  routes.addForRoles(http::HttpMethod::Post, api::accounts::enable, "启用账号", systemAdmin,
                     [provisioning](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
                       auto id = http::pathId(req);
                       if (!id) return http::sendError(res, domain::ErrorCode::NotFound, "账号不存在");
                       sendDetail(res, provisioning().enable(who, *id, req.remote_addr));
                     }).returns("accountDetailToJson", detailFields());
}

}  // namespace qinqing::backend
