// The route registration functions, one per resource file. server.cpp calls each of them, in
// one list; a new resource adds its file here and a line there.
#pragma once

#include "http/route_table.hpp"
#include "services.hpp"

namespace qinqing::backend {

// Route patterns come from shared/wire (api::petitions::one …), the client's paths too.
namespace api = wire::api;

void registerHealthRoutes(http::RouteTable& routes, Services& services);        // GET /api/health
void registerLoginOptionsRoutes(http::RouteTable& routes, Services& services);  // GET /api/login-options
void registerSessionRoutes(http::RouteTable& routes, Services& services);       // POST, DELETE /api/session
// GET/PUT /api/me, POST /api/me/password, POST /api/me/mobile/code, POST /api/me/mobile
void registerMeRoutes(http::RouteTable& routes, Services& services);
// GET /api/calendar, GET /api/calendar/due-date, PUT /api/calendar/years/:year,
// PUT /api/calendar/days/:date, GET /api/calendar/changes
void registerCalendarRoutes(http::RouteTable& routes, Services& services);
void registerAuditRoutes(http::RouteTable& routes, Services& services);         // GET /api/audit
// GET /api/enterprises, GET/PUT /api/enterprises/:id, POST /api/enterprises/:id/reveal,
// PUT /api/enterprises/:id/cadre, GET /api/enterprises/:id/assignments
void registerEnterpriseRoutes(http::RouteTable& routes, Services& services);
void registerCadreRoutes(http::RouteTable& routes, Services& services);         // GET /api/cadres, /api/cadres/:id
// GET /api/accounts, GET /api/accounts/:id, POST /api/accounts/:id/handover (系统管理员)
void registerAccountRoutes(http::RouteTable& routes, Services& services);
// GET /api/regions, GET/POST /api/units, PUT /api/units/:id, GET /api/industry-groups,
// POST /api/cadres, PUT /api/cadres/:id (系统管理员)
void registerOrganisationRoutes(http::RouteTable& routes, Services& services);
void registerUnlockRoutes(http::RouteTable& routes, Services& services);        // POST /api/unlock/code, /api/unlock
void registerActivationRoutes(http::RouteTable& routes, Services& services);    // POST /api/activation/code, /api/activation
void registerPasswordResetRoutes(http::RouteTable& routes, Services& services); // POST /api/password-reset/code, /api/password-reset
void registerCadreTransferRoutes(http::RouteTable& routes, Services& services); // GET /api/cadre-transfers, POST …/decision
// GET /api/application-options, POST /api/applications, POST /api/applications/status,
// GET /api/applications, GET /api/applications/:id, POST /api/applications/:id/approve|reject
void registerApplicationRoutes(http::RouteTable& routes, Services& services);
// GET /api/security/sessions, DELETE /api/security/sessions/:id, GET /api/security/locked,
// POST /api/security/accounts/:id/unlock
void registerSecurityRoutes(http::RouteTable& routes, Services& services);
void registerSmsRoutes(http::RouteTable& routes, Services& services);           // GET /api/sms (系统管理员)
// GET /api/jobs, GET /api/jobs/:name/runs, POST /api/jobs/:name/run (系统管理员)
void registerJobRoutes(http::RouteTable& routes, Services& services);
// POST /api/petitions/:id/attachments, GET/DELETE /api/petitions/:id/attachments/:aid,
// GET /api/petitions/:id/dispatch-sheet.pdf (分办单)
void registerPetitionAttachmentRoutes(http::RouteTable& routes, Services& services);
// /api/petitions (lists, counts, detail, 发布诉求, actions, 分办单), /api/settings/dispatch-limit
void registerPetitionRoutes(http::RouteTable& routes, Services& services);
// POST /api/import/jobs, GET /api/import/jobs/:id, GET /api/import/jobs/:id/problems (系统管理员)
void registerImportRoutes(http::RouteTable& routes, Services& services);
// 公告栏 GET /api/announcements[/:id], POST /api/announcements/:id/read; 公告发布 /api/publish/announcements…
void registerAnnouncementRoutes(http::RouteTable& routes, Services& services);
// 公告附件 POST /api/publish/announcements/:id/attachments, DELETE …/attachments/:aid,
// GET /api/announcements/:id/attachments/:aid
void registerAnnouncementAttachmentRoutes(http::RouteTable& routes, Services& services);
// 企业经营状况 GET /api/enterprises/:id/operating-status[/:month], PUT …/:month
void registerOperatingStatusRoutes(http::RouteTable& routes, Services& services);
// 联系记录 POST/GET /api/enterprises/:id/contacts, GET /api/cadres/:id/contacts
void registerContactRoutes(http::RouteTable& routes, Services& services);
// 干部测评 /api/survey/questionnaires/:quarter, /api/survey/prompt, /api/survey/answers, /api/survey/tallies,
// POST /api/survey/requests (发起满意度测评)
void registerSurveyRoutes(http::RouteTable& routes, Services& services);
// 诉求办理统计表 GET /api/reports/petition-stats, …/cell, …/export
void registerReportRoutes(http::RouteTable& routes, Services& services);
void registerPetitionDetailsRoutes(http::RouteTable& routes, Services& services);
void registerOverviewRoutes(http::RouteTable& routes, Services& services);
void registerAssessmentRoutes(http::RouteTable& routes, Services& services);
void registerExportJobRoutes(http::RouteTable& routes, Services& services);
void registerSmsUsageRoutes(http::RouteTable& routes, Services& services);  // GET /api/sms/usage (系统管理员)
// 政策指南 GET /api/policies[/:id], POST /api/policies/:id/read; 政策指南发布 /api/publish/policies…
void registerPolicyRoutes(http::RouteTable& routes, Services& services);
// 政策指南附件 POST /api/publish/policies/:id/attachments, DELETE …/attachments/:aid,
// GET /api/policies/:id/attachments/:aid
void registerPolicyAttachmentRoutes(http::RouteTable& routes, Services& services);
// 简报 GET/POST /api/bulletins, GET/PUT /api/bulletins/:id, GET /api/bulletins/unit-counts;
// 简报审核 GET /api/publish/bulletins, POST /api/publish/bulletins/:id/review
void registerBulletinRoutes(http::RouteTable& routes, Services& services);
// GET /api/openapi.json, generated from `routes` itself (register it with the others; it reads
// the table when asked, so routes added after it are included).
void registerOpenApiRoutes(http::RouteTable& routes);

}  // namespace qinqing::backend

namespace qinqing::backend::http {
class StaticFiles;
}

namespace qinqing::backend {

// The web client: GET/HEAD of any path no API route took. Registered last (it matches
// everything); unknown /api/ paths are answered by routes.sendUnmatched (404/405 JSON).
void registerStaticRoutes(httplib::Server& server, const http::StaticFiles& files, const http::RouteTable& routes);

}  // namespace qinqing::backend
