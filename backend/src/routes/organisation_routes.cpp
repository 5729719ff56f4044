// 组织机构 and the cadre roster (系统管理员, issue 4 "Organisation"): regions, the units of a region,
// adding and renaming units, the industry groups with their departments, and adding or editing a
// cadre (moving them to another unit included). Only system_admin passes the route table (the industry groups are listed to report readers too). The
// rules live in org::OrganisationService and org::CadreAdminService; this file decodes and encodes.
#include "http/json_response.hpp"
#include "http/list_request.hpp"
#include "org/cadre_admin_service.hpp"
#include "org/organisation_service.hpp"
#include "qinqing/wire/error_json.hpp"
#include "qinqing/wire/org_admin_json.hpp"
#include "qinqing/wire/org_json.hpp"
#include "auth/scope.hpp"
#include "routes/routes.hpp"

namespace qinqing::backend {
namespace {

const std::vector<std::string>& unitFields() {
  static const std::vector<std::string> keys = http::keysOf(wire::unitRowToJson({}));
  return keys;
}
const std::vector<std::string>& regionFields() {
  static const std::vector<std::string> keys = http::keysOf(wire::regionRowToJson({}));
  return keys;
}
const std::vector<std::string>& cadreFields() {
  static const std::vector<std::string> keys = http::keysOf(wire::cadreSummaryToJson({}));
  return keys;
}
const std::vector<std::string> kCadreFormFields = {"unit_id", "name", "title", "mobile", "email", "contact_is_proxy"};

template <typename T, typename ToJson>
void sendResult(httplib::Response& res, const domain::Result<T>& result, http::Status status, ToJson toJson) {
  if (!result) return http::sendError(res, result.error());
  http::sendJson(res, status, toJson(result.value()));
}

}  // namespace

void registerOrganisationRoutes(http::RouteTable& routes, Services& services) {
  auto orgService = [&services] { return org::OrganisationService(services.database, services.clock); };
  auto cadreService = [&services] {
    return org::CadreAdminService(services.database, services.clock, [&services] { services.sms.wake(); });
  };
  const std::vector<domain::Role> systemAdmin = {domain::Role::SystemAdmin};

  // → regionRowsToJson: every region in display order with its unit count.
  routes.addForRoles(http::HttpMethod::Get, api::regions::list, "区域列表", systemAdmin,
                     [orgService](const httplib::Request&, httplib::Response& res, const auth::AuthContext&) {
                       http::sendJson(res, http::Status::OK_200, wire::regionRowsToJson(orgService().regions()));
                     }).returns("regionRowsToJson", http::keysOf(wire::regionRowsToJson({})));

  // Body: regionFormToJson ({"name","kind":"county"|"zone"}) → 201 the region row; 400, 409.
  auto& createRegion =
      routes.addForRoles(http::HttpMethod::Post, api::regions::list, "新增区域（县市区、功能区）", systemAdmin,
                         [orgService](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
                           auto body = wire::parseObject(req.body);
                           if (!body) return http::sendError(res, body.error());
                           auto form = wire::regionFormFromJson(body.value());
                           if (!form) return http::sendError(res, form.error());
                           sendResult(res, orgService().createRegion(who, std::move(form).value(), req.remote_addr),
                                      http::Status::Created_201, wire::regionRowToJson);
                         });
  createRegion.accepts("regionFormFromJson", http::keysOf(wire::regionFormToJson({}))).returns("regionRowToJson", regionFields());
  createRegion.successStatus = 201;

  // Body: {"name"} → the region row; 400, 404, 409.
  routes.addForRoles(http::HttpMethod::Put, api::regions::one, "区域更名", systemAdmin,
                     [orgService](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
                       auto id = http::pathId(req);
                       if (!id) return http::sendError(res, domain::ErrorCode::NotFound, "区域不存在");
                       auto body = wire::parseObject(req.body);
                       if (!body) return http::sendError(res, body.error());
                       auto form = wire::regionFormFromJson(body.value());
                       if (!form) return http::sendError(res, form.error());
                       sendResult(res, orgService().renameRegion(who, *id, std::move(form).value(), req.remote_addr),
                                  http::Status::OK_200, wire::regionRowToJson);
                     })
      .accepts("regionFormFromJson", http::keysOf(wire::regionFormToJson({})))
      .returns("regionRowToJson", regionFields());

  // ?region_id=&q=&sort=order|name|cadre_count&order=&page=&page_size= → pageToJson(unitRowToJson);
  // 400 for a malformed region_id.
  routes.addForRoles(http::HttpMethod::Get, api::units::list, "单位列表（可按区域筛选）", systemAdmin,
                     [orgService](const httplib::Request& req, httplib::Response& res, const auth::AuthContext&) {
                       std::vector<domain::FieldError> errors;
                       UnitListQuery query;
                       query.page = http::pageRequestOf(req, unitSortKeys());
                       query.regionId = http::idFilter(req, "region_id", errors);
                       if (!errors.empty()) return http::sendError(res, domain::DomainError::invalid(std::move(errors)));
                       http::sendJson(res, http::Status::OK_200, wire::pageToJson(orgService().units(query), wire::unitRowToJson));
                     }).returns("pageToJson(unitRowToJson)", {"items", "total", "page", "page_size"});

  // Body: unitFormToJson ({"region_id","name"}) → 201 the unit; 400 with every field error, 409 on a
  // duplicate name within the region.
  auto& createUnit =
      routes.addForRoles(http::HttpMethod::Post, api::units::list, "新增单位", systemAdmin,
                         [orgService](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
                           auto body = wire::parseObject(req.body);
                           if (!body) return http::sendError(res, body.error());
                           auto form = wire::unitFormFromJson(body.value());
                           if (!form) return http::sendError(res, form.error());
                           sendResult(res, orgService().createUnit(who, std::move(form).value(), req.remote_addr),
                                      http::Status::Created_201, wire::unitRowToJson);
                         });
  createUnit.accepts("unitFormFromJson", http::keysOf(wire::unitFormToJson({}))).returns("unitRowToJson", unitFields());
  createUnit.successStatus = 201;

  // Body: {"name"} → the unit; 400, 404, 409 as above.
  routes.addForRoles(http::HttpMethod::Put, api::units::one, "单位更名", systemAdmin,
                     [orgService](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
                       auto id = http::pathId(req);
                       if (!id) return http::sendError(res, domain::ErrorCode::NotFound, "单位不存在");
                       auto body = wire::parseObject(req.body);
                       if (!body) return http::sendError(res, body.error());
                       auto form = wire::unitFormFromJson(body.value());
                       if (!form) return http::sendError(res, form.error());
                       sendResult(res, orgService().renameUnit(who, *id, std::move(form).value(), req.remote_addr),
                                  http::Status::OK_200, wire::unitRowToJson);
                     })
      .accepts("unitFormFromJson", http::keysOf(wire::unitFormToJson({})))
      .returns("unitRowToJson", unitFields());

  // → industryGroupRowsToJson: the six groups with the department that runs each (§22). The report
  // readers list them too, for the 行业组 filter of their reports.
  std::vector<domain::Role> groupReaders = auth::reportRoles();
  groupReaders.push_back(domain::Role::SystemAdmin);
  routes.addForRoles(http::HttpMethod::Get, api::industryGroups::list, "行业组别及牵头部门", groupReaders,
                     [orgService](const httplib::Request&, httplib::Response& res, const auth::AuthContext&) {
                       http::sendJson(res, http::Status::OK_200, wire::industryGroupRowsToJson(orgService().industryGroups()));
                     }).returns("industryGroupRowsToJson", http::keysOf(wire::industryGroupRowsToJson({})));

  // Body: cadreFormToJson → the cadre (cadreSummaryToJson); moving to another unit keeps the
  // cadre's enterprises and moves their login account. 400, 404, 409 (name taken in the unit).
  routes.addForRoles(http::HttpMethod::Put, api::cadres::one, "修改包联干部信息（含调整所属单位）", systemAdmin,
                     [cadreService](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
                       auto id = http::pathId(req);
                       if (!id) return http::sendError(res, domain::ErrorCode::NotFound, "包联干部不存在");
                       auto body = wire::parseObject(req.body);
                       if (!body) return http::sendError(res, body.error());
                       auto form = wire::cadreFormFromJson(body.value());
                       if (!form) return http::sendError(res, form.error());
                       sendResult(res, cadreService().update(who, *id, std::move(form).value(), req.remote_addr),
                                  http::Status::OK_200, wire::cadreSummaryToJson);
                     })
      .accepts("cadreFormFromJson", kCadreFormFields)
      .returns("cadreSummaryToJson", cadreFields());

  // Body: cadreFormToJson → 201 the cadre, with a login account waiting for activation and the
  // activation notice queued to the mobile. 400, 409 as above.
  auto& createCadre =
      routes.addForRoles(http::HttpMethod::Post, api::cadres::list, "新增包联干部（账号待激活）", systemAdmin,
                         [cadreService](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
                           auto body = wire::parseObject(req.body);
                           if (!body) return http::sendError(res, body.error());
                           auto form = wire::cadreFormFromJson(body.value());
                           if (!form) return http::sendError(res, form.error());
                           sendResult(res, cadreService().create(who, std::move(form).value(), req.remote_addr),
                                      http::Status::Created_201, wire::cadreSummaryToJson);
                         });
  createCadre.accepts("cadreFormFromJson", kCadreFormFields).returns("cadreSummaryToJson", cadreFields());
  createCadre.successStatus = 201;
}

}  // namespace qinqing::backend
