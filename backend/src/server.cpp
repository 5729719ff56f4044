#include "server.hpp"

#include <sys/socket.h>

#include <exception>
#include <optional>

#include <SQLiteCpp/Transaction.h>

#include "audit/audit_entry.hpp"
#include "auth/session_service.hpp"
#include "calendar/calendar_service.hpp"
#include "db/database.hpp"
#include "demo/demo_data.hpp"
#include "demo/demo_petitions.hpp"
#include "http/json_response.hpp"
#include "http/request_auth.hpp"
#include "http/request_guard.hpp"
#include "http/route_table.hpp"
#include "http/security_headers.hpp"
#include "http/static_files.hpp"
#include "petition/petition_deadline_recomputer.hpp"
#include "petition/petition_reminder_job.hpp"
#include "relation/contact_log_service.hpp"
#include "relation/operating_status_service.hpp"
#include "qinqing/validation/file_type.hpp"
#include "jobs/builtin_jobs.hpp"
#include "jobs/job_scheduler.hpp"
#include "repositories/audit_repository.hpp"
#include "routes/routes.hpp"
#include "services.hpp"
#include "sms/log_sms_gateway.hpp"
#include "sms/sms_schedule.hpp"
#include "sms/sms_sender.hpp"
#include "util/bounded_gate.hpp"
#include "util/log.hpp"

namespace qinqing::backend {
namespace {

// Every API route, in one list (STYLE.md: server.cpp calls each register* function).
void registerApiRoutes(http::RouteTable& routes, Services& services) {
  registerHealthRoutes(routes, services);
  registerLoginOptionsRoutes(routes, services);
  registerSessionRoutes(routes, services);
  registerMeRoutes(routes, services);
  registerCalendarRoutes(routes, services);
  registerAuditRoutes(routes, services);
  registerEnterpriseRoutes(routes, services);
  registerCadreRoutes(routes, services);
  registerAccountRoutes(routes, services);
  registerOrganisationRoutes(routes, services);
  registerUnlockRoutes(routes, services);
  registerActivationRoutes(routes, services);
  registerPasswordResetRoutes(routes, services);
  registerCadreTransferRoutes(routes, services);
  registerApplicationRoutes(routes, services);
  registerSecurityRoutes(routes, services);
  registerSmsRoutes(routes, services);
  registerJobRoutes(routes, services);
  registerImportRoutes(routes, services);
  registerPetitionRoutes(routes, services);
  registerPetitionAttachmentRoutes(routes, services);
  registerAnnouncementRoutes(routes, services);
  registerAnnouncementAttachmentRoutes(routes, services);
  registerOperatingStatusRoutes(routes, services);
  registerContactRoutes(routes, services);
  registerSurveyRoutes(routes, services);
  registerReportRoutes(routes, services);
  registerPetitionDetailsRoutes(routes, services);
  registerOverviewRoutes(routes, services);
  registerAssessmentRoutes(routes, services);
  registerExportJobRoutes(routes, services);
  registerSmsUsageRoutes(routes, services);
  registerPolicyRoutes(routes, services);
  registerPolicyAttachmentRoutes(routes, services);
  registerBulletinRoutes(routes, services);
  registerOpenApiRoutes(routes);
}

std::string describeException(std::exception_ptr ep) {
  try {
    if (ep) std::rethrow_exception(ep);
  } catch (const std::exception& e) {
    return e.what();
  } catch (...) {
  }
  return "unknown exception";
}

}  // namespace

Server::Server(ServerConfig config) : m_config(std::move(config)), m_proxies(m_config.trustedProxies) {
  const long long now = toUnixSeconds(m_config.clock());
  auto opened = openDataDirectory(m_config.dataDir, now);
  m_database = std::move(opened.database);
  const int version = opened.schemaVersion;

  m_hasher = std::make_unique<auth::PasswordHasher>(m_config.passwordCost);
  bool seededDemo = false;
  if (m_config.seedDemoIfEmpty) {
    auto summary = m_database->write([&](SQLite::Database& c) -> std::optional<demo::DemoSummary> {
      if (demo::databaseHasData(c)) return std::nullopt;
      const petition::AttachmentStore files(m_config.dataDir / "attachments");
      return demo::seedDemoData(c, *m_hasher, now, &files);
    });
    if (summary) logInfo("已写入演示数据 / demo data seeded: " + demo::describe(*summary));
    seededDemo = summary.has_value() && m_config.seedDemoPetitions;
  }
  m_uninitialised = m_database->read([](SQLite::Database& c) { return !demo::databaseHasData(c); });

  m_recomputers.add(std::make_unique<petition::PetitionDeadlineRecomputer>(m_petitionCounts));
  m_calendar = std::make_unique<calendar::CalendarService>(*m_database, m_recomputers, m_config.clock);
  const auto calendarReport = m_calendar->start(m_config.calendarFile);
  if (calendarReport.loadedShippedFile) {
    logInfo("已载入节假日数据 / calendar loaded from " + calendarReport.file.string());
  } else if (m_config.calendarFile) {
    logInfo("数据库中已有工作日历，未读取 / the database already has a calendar, not reading " +
            m_config.calendarFile->string());
  }

  if (seededDemo) {
    // The petition history goes through PetitionService, which needs the working-day calendar.
    const auto petitions = demo::seedDemoPetitions(*m_database, *m_calendar, now);
    logInfo("已写入演示诉求 / demo petitions seeded: " + std::to_string(petitions.petitions));
    if (petitions.refused > 0) logWarning("演示诉求有 " + std::to_string(petitions.refused) + " 步被拒绝 / demo steps refused");
  }

  m_web = std::make_unique<http::StaticFiles>(http::StaticFiles::load(m_config.webDir));
  if (!m_web->hasIndex()) {
    logWarning("网页客户端目录缺少 index.html / web client not found in " + m_config.webDir.string());
  }
  m_security = std::make_unique<http::SecurityHeaders>(m_config.allowedOrigins,
                                                       http::buildContentSecurityPolicy(m_web->indexHtml()));
  m_sessions = std::make_unique<auth::SessionService>(*m_database, *m_hasher, m_config.clock);
  m_smsGateway = m_config.smsGateway ? m_config.smsGateway
                                     : std::make_shared<sms::LogSmsGateway>(m_config.dataDir / "sms.log", m_config.clock);
  sms::setQuietHoursEnabled(m_config.smsQuietHours);
  m_smsSender = std::make_unique<sms::SmsSender>(*m_database, *m_smsGateway, m_config.clock,
                                                 sms::SmsSender::Options{.idleWait = m_config.smsIdleWait});
  m_jobs = std::make_unique<jobs::JobScheduler>(*m_database, m_config.clock);
  m_jobs->setAfterRun([sender = m_smsSender.get()] { sender->wake(); });  // a job's reminders go at once
  jobs::registerBuiltInJobs(*m_jobs);
  m_jobs->add(petition::petitionReminderJob(*m_calendar, m_petitionCounts));
  m_jobs->add(relation::operatingReminderJob(*m_calendar));
  m_jobs->add(relation::contactReminderJob(*m_calendar));
  m_exports = std::make_unique<report::ExportJobs>(m_config.dataDir / "exports" / "jobs");
  m_services = std::make_unique<Services>(
      Services{*m_database, *m_sessions, *m_calendar, m_config.clock, version, *m_hasher, *m_smsSender, *m_jobs, m_config.dataDir,
               m_petitionCounts, *m_exports, m_throttles});
  configureHttp();
}

Server::~Server() = default;

void Server::configureHttp() {
  m_http.set_tcp_nodelay(true);
  m_http.set_keep_alive_max_count(m_config.keepAliveMaxCount);
  m_http.set_keep_alive_timeout(m_config.keepAliveTimeoutSeconds);
  m_http.set_payload_max_length(m_config.payloadMaxBytes);
  m_http.new_task_queue = [threads = m_config.threadCount] { return new httplib::ThreadPool(threads); };
  // httplib's default sets SO_REUSEPORT, which lets a second `qinqing serve` bind the same port
  // and silently receive half the connections. SO_REUSEADDR alone still allows a quick restart
  // while old connections sit in TIME_WAIT, and makes a port in use an error.
  m_http.set_socket_options([](socket_t sock) {
    int on = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &on, sizeof(on));
  });

  m_http.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
    // The one place the client's address is decided, before any handler, audit row or throttle
    // reads remote_addr. httplib hands the hook a const view of its own, non-const Request.
    if (!m_proxies.empty()) {
      std::string forwardedFor;
      for (std::size_t i = 0, n = req.get_header_value_count("X-Forwarded-For"); i < n; ++i) {
        if (!forwardedFor.empty()) forwardedFor += ',';
        forwardedFor += req.get_header_value("X-Forwarded-For", "", i);
      }
      const_cast<httplib::Request&>(req).remote_addr = m_proxies.clientOf(req.remote_addr, forwardedFor);
    }
    const bool handled = (m_guard && m_guard->refuse(req, res)) || m_security->handlePreflight(req, res) ||
                         (m_routes && m_routes->dispatchStaticGet(req, res));
    return handled ? httplib::Server::HandlerResponse::Handled : httplib::Server::HandlerResponse::Unhandled;
  });
  m_http.set_post_routing_handler(
      [this](const httplib::Request& req, httplib::Response& res) { m_security->apply(req, res); });

  // Called for every response with status >= 400. Handlers' own JSON errors pass through
  // untouched; errors httplib produced itself (no route, body too large, unparsable request) get
  // the same JSON shape.
  m_http.set_error_handler([this](const httplib::Request& req, httplib::Response& res) {
    if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
    const int status = res.status;
    if (status == http::Status::NotFound_404 && http::isApiPath(req.path)) {
      m_routes->sendUnmatched(req, res);
    } else if (status == http::Status::NotFound_404) {
      http::sendError(res, domain::ErrorCode::NotFound, "请求的地址不存在");
    } else if (status == http::Status::PayloadTooLarge_413) {
      // A petition attachment beyond the request limit is told the attachment's own limit.
      const bool attachment = req.method == "POST" && req.path.ends_with("/attachments");
      http::sendError(res, domain::ErrorCode::PayloadTooLarge,
                      attachment ? domain::attachmentTooLargeMessage()
                                 : "请求内容过大，上限为 " + std::to_string(m_config.payloadMaxBytes / (1024 * 1024)) + " MB");
    } else if (status >= http::Status::InternalServerError_500) {
      http::sendError(res, domain::ErrorCode::Internal, "服务器内部错误，请稍后再试");
    } else {
      http::sendError(res, domain::ErrorCode::InvalidInput, "请求格式有误");
      res.status = status;  // keep httplib's more precise 4xx (e.g. 414, 416)
    }
    return httplib::Server::HandlerResponse::Handled;
  });

  // A handler that throws (a database error, a bug) answers 500 with a JSON body; the details go
  // to the log only, never to the client.
  // A saturated password hasher (GateBusy) is no bug: 503 service_busy with Retry-After, nothing
  // written (the throw unwinds any open transaction).
  m_http.set_exception_handler([](const httplib::Request& req, httplib::Response& res, std::exception_ptr ep) {
    try {
      if (ep) std::rethrow_exception(ep);
    } catch (const GateBusy&) {
      http::sendError(res, domain::ErrorCode::ServiceBusy, "当前访问人数较多，请稍后再试");
      res.set_header("Retry-After", "2");
      return;
    } catch (...) {
    }
    logError(req.method + " " + req.path + " failed: " + describeException(ep));
    http::sendError(res, domain::ErrorCode::Internal, "服务器内部错误，请稍后再试");
  });

  // A role refused by a route is written to the audit log (issue 4: permission refusals are audited).
  auto recordRefusal = [this](const httplib::Request& req, const auth::AuthContext& who, const http::RouteInfo&) {
    auto entry = audit::entryOf(who, req.remote_addr, toUnixSeconds(m_config.clock()), audit::AuditAction::AccessRefused,
                                "route", req.method + " " + req.path);
    entry.result = audit::AuditResult::Refused;
    m_database->write([&](SQLite::Database& c) {
      SQLite::Transaction tx(c, SQLite::TransactionBehavior::IMMEDIATE);
      AuditRepository(c).append(entry);
      tx.commit();
    });
  };
  m_routes = std::make_unique<http::RouteTable>(m_http, http::makeAuthenticator(*m_sessions), recordRefusal);
  registerApiRoutes(*m_routes, *m_services);
  m_guard = std::make_unique<http::RequestGuard>(
      *m_routes, http::RequestLimits{.jsonBytes = http::kJsonBodyMaxBytes, .uploadBytes = m_config.payloadMaxBytes},
      [security = m_security.get()](std::string_view origin) { return security->originAllowed(origin); });
  registerStaticRoutes(m_http, *m_web, *m_routes);
}

int Server::bind(const std::string& host, int port) {
  const int bound = port == 0 ? m_http.bind_to_any_port(host) : (m_http.bind_to_port(host, port) ? port : -1);
  if (bound <= 0) {
    const std::string where = host + ":" + std::to_string(port);
    throw StartupError("无法监听 " + where + "（端口可能已被占用，或地址不属于本机）",
                       "cannot listen on " + where + " (port in use, or not a local address)", kExitAddressInUse);
  }
  return bound;
}

bool Server::listen() {
  m_smsSender->start();
  m_jobs->start();
  bool listening = false;
  {
    std::lock_guard lock(m_stopMutex);
    listening = !m_stopRequested;
    m_listenStarted = listening;
  }
  const bool ok = listening ? m_http.listen_after_bind() : true;
  m_jobs->stop();
  m_smsSender->stop();
  return ok;
}

// httplib ignores stop() until its accept loop runs, and a SIGTERM can arrive right after the
// address is printed: a stop before listen() makes listen() return at once, and a stop while
// listen() is starting waits for the loop to run (or to fail) before stopping it.
void Server::stop() {
  bool started = false;
  {
    std::lock_guard lock(m_stopMutex);
    m_stopRequested = true;
    started = m_listenStarted;
  }
  if (!started) return;
  m_http.wait_until_ready();
  m_http.stop();
}
void Server::waitUntilReady() const { m_http.wait_until_ready(); }
int Server::schemaVersion() const { return m_services->schemaVersion; }
std::size_t Server::webFileCount() const { return m_web->fileCount(); }

}  // namespace qinqing::backend
