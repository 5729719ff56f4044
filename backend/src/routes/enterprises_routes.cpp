// The enterprises of the base data (notice §3, §9, §15): the scoped list, one record, its edit by
// the enterprise or its cadre, revealing a masked number, and the cadre assignment history.
// Scope, masking and auditing live in org::EnterpriseService and auth::Scope; this file decodes
// and encodes only.
#include "auth/scope.hpp"
#include "http/json_response.hpp"
#include "http/list_request.hpp"
#include "org/application_service.hpp"
#include "org/enterprise_service.hpp"
#include "qinqing/wire/application_json.hpp"
#include "qinqing/wire/base_data_json.hpp"
#include "qinqing/wire/error_json.hpp"
#include "qinqing/wire/org_json.hpp"
#include "routes/routes.hpp"

namespace qinqing::backend {
namespace {

domain::DomainError noSuchEnterprise() { return domain::DomainError::of(domain::ErrorCode::NotFound, "企业不存在"); }

void sendRecord(httplib::Response& res, const domain::Result<domain::EnterpriseRecord>& record) {
  if (!record) return http::sendError(res, record.error());
  http::sendJson(res, http::Status::OK_200, wire::enterpriseRecordToJson(record.value()));
}

}  // namespace

void registerEnterpriseRoutes(http::RouteTable& routes, Services& services) {
  auto service = [&services] { return org::EnterpriseService(services.database, services.clock); };

  // ?q=&sort=name|uscc|region|industry_group|cadre&order=asc|desc&page=&page_size=&region_id=
  // &industry_group_id=&cadre_id= → pageToJson(enterpriseRecordToJson), mobiles masked.
  // 400 for a malformed id filter.
  routes.addForRoles(http::HttpMethod::Get, api::enterprises::list, "企业列表（本人权限范围内）", auth::baseDataRoles(),
                     [service](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
                       std::vector<domain::FieldError> errors;
                       EnterpriseListQuery query;
                       query.page = http::pageRequestOf(req, enterpriseSortKeys());
                       query.regionId = http::idFilter(req, "region_id", errors);
                       query.industryGroupId = http::idFilter(req, "industry_group_id", errors);
                       query.cadreId = http::idFilter(req, "cadre_id", errors);
                       if (!errors.empty()) return http::sendError(res, domain::DomainError::invalid(std::move(errors)));
                       auto page = service().list(who, query);
                       http::sendJson(res, http::Status::OK_200, wire::pageToJson(page, wire::enterpriseRecordToJson));
                     }).returns("pageToJson(enterpriseRecordToJson)", {"items", "total", "page", "page_size"});

  // → enterpriseRecordToJson; 404 when missing or outside scope.
  routes.addForRoles(http::HttpMethod::Get, api::enterprises::one, "企业信息", auth::baseDataRoles(),
                     [service](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
                       auto id = http::pathId(req);
                       sendRecord(res, id ? service().get(who, *id) : noSuchEnterprise());
                     }).returns("enterpriseRecordToJson", http::keysOf(wire::enterpriseRecordToJson({})));

  // 新增企业 (系统管理员, issue 17): body newEnterpriseToJson (the application form's keys and
  // cadre_id) → 201 the record; the account is 待激活 and the liaison and the cadre are texted.
  // 400 every field error; 409 conflict on uscc / name.
  auto& create = routes.addForRoles(
      http::HttpMethod::Post, api::enterprises::list, "新增企业（账号待激活）", {domain::Role::SystemAdmin},
      [service, &services](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
        auto body = wire::parseObject(req.body);
        if (!body) return http::sendError(res, body.error());
        auto enterprise = wire::newEnterpriseFromJson(body.value());
        if (!enterprise) return http::sendError(res, enterprise.error());
        auto created = org::ApplicationService(services.database, services.clock, [&services] { services.sms.wake(); })
                           .registerDirectly(who, std::move(enterprise).value(), req.remote_addr);
        if (!created) return http::sendError(res, created.error());
        auto record = service().get(who, created.value());
        if (!record) return http::sendError(res, record.error());
        http::sendJson(res, http::Status::Created_201, wire::enterpriseRecordToJson(record.value()));
      });
  create
      .accepts("newEnterpriseFromJson", http::keysOf(wire::newEnterpriseToJson({})))
      .returns("enterpriseRecordToJson", http::keysOf(wire::enterpriseRecordToJson({})));
  create.successStatus = 201;

  // Body: enterpriseEditToJson → the saved record. 400 with every field error, 403 for roles that
  // may not edit (超级巡查员: "超级巡查员只能查看，不能修改"), 404 outside scope, 409 when the USCC
  // belongs to another enterprise.
  routes.addForRoles(http::HttpMethod::Put, api::enterprises::one, "修改企业信息（企业本身或其包联干部）",
                     auth::enterpriseWriteRoles(),
                     [service](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
                       auto id = http::pathId(req);
                       if (!id) return http::sendError(res, noSuchEnterprise());
                       auto body = wire::parseObject(req.body);
                       if (!body) return http::sendError(res, body.error());
                       auto edit = wire::enterpriseEditFromJson(body.value());
                       if (!edit) return http::sendError(res, edit.error());
                       sendRecord(res, service().update(who, *id, edit.value(), req.remote_addr));
                     }).accepts("enterpriseEditFromJson", http::keysOf(wire::enterpriseEditToJson({})))
      .returns("enterpriseRecordToJson", http::keysOf(wire::enterpriseRecordToJson({})));

  // Body: {"field":"liaison_mobile"|"legal_rep_mobile"} → {"value":"13812341234"}; audited.
  routes.addForRoles(http::HttpMethod::Post, api::enterprises::reveal, "查看企业完整手机号（记入审计日志）",
                     auth::mobileRevealRoles(),
                     [service](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
                       auto id = http::pathId(req);
                       if (!id) return http::sendError(res, noSuchEnterprise());
                       auto body = wire::parseObject(req.body);
                       if (!body) return http::sendError(res, body.error());
                       auto field = wire::revealRequestFromJson(body.value());
                       if (!field) return http::sendError(res, field.error());
                       auto value = service().revealMobile(who, *id, field.value(), req.remote_addr);
                       if (!value) return http::sendError(res, value.error());
                       http::sendJson(res, http::Status::OK_200, wire::revealedMobileToJson(value.value()));
                     }).accepts("revealRequestFromJson", http::keysOf(wire::revealRequestToJson({}))).returns("revealedMobileToJson", http::keysOf(wire::revealedMobileToJson(std::string()))).allowedToReadOnlyRoles();

  // Body: cadreReassignmentToJson ({"cadre_id","note"}) → the record with its new cadre. 404 when
  // the enterprise or the cadre is missing or outside scope, 400 for the current cadre again;
  // other roles 403 from the table (超级巡查员: the read-only message).
  routes.addForRoles(http::HttpMethod::Put, api::enterprises::cadre, "调整企业的包联干部（一对一，记录每次调整）",
                     auth::cadreAssignmentRoles(),
                     [service](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
                       auto id = http::pathId(req);
                       if (!id) return http::sendError(res, noSuchEnterprise());
                       auto body = wire::parseObject(req.body);
                       if (!body) return http::sendError(res, body.error());
                       auto request = wire::cadreReassignmentFromJson(body.value());
                       if (!request) return http::sendError(res, request.error());
                       sendRecord(res, service().reassignCadre(who, *id, request.value(), req.remote_addr));
                     })
      .accepts("cadreReassignmentFromJson", http::keysOf(wire::cadreReassignmentToJson({})))
      .returns("enterpriseRecordToJson", http::keysOf(wire::enterpriseRecordToJson({})));

  // → cadreAssignmentsToJson, newest first; 404 when missing or outside scope.
  routes.addForRoles(http::HttpMethod::Get, api::enterprises::assignments, "企业包联干部调整记录",
                     auth::baseDataRoles(),
                     [service](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
                       auto id = http::pathId(req);
                       auto items = id ? service().assignments(who, *id) : noSuchEnterprise();
                       if (!items) return http::sendError(res, items.error());
                       http::sendJson(res, http::Status::OK_200, wire::cadreAssignmentsToJson(items.value()));
                     }).returns("cadreAssignmentsToJson", http::keysOf(wire::cadreAssignmentsToJson({})));
}

}  // namespace qinqing::backend
