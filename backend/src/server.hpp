// Server: one running instance of the platform — the database (migrated at start), the web client
// in memory, the session service, and the httplib::Server with every route registered.
//
// cpp-httplib's defaults do not fit a server (see TOOLCHAIN.md: Nagle's algorithm on, 5 requests
// per keep-alive connection, listen backlog 5, 8 threads). This class sets TCP_NODELAY, keeps
// connections alive for up to 1000 requests / 5 s idle, runs a pool large enough that 64+
// keep-alive connections never queue behind each other (each connection holds a thread), listens
// with a backlog of 1024 (CPPHTTPLIB_LISTEN_BACKLOG, set in backend/CMakeLists.txt) and refuses
// bodies over 12 MB with a JSON 413.
//
// Both `qinqing serve` and the integration tests build servers through this class, so the tests
// exercise exactly what production runs.
#pragma once

#include <httplib.h>

#include <chrono>
#include <cstddef>
#include <ctime>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "auth/attempt_throttle.hpp"
#include "auth/password_hasher.hpp"
#include "http/client_address.hpp"
#include "calendar/deadline_recomputer.hpp"
#include "repositories/petition_queries.hpp"
#include "report/export_jobs.hpp"
#include "startup.hpp"
#include "util/clock.hpp"

namespace qinqing::backend {

namespace db {
class Database;
}
namespace auth {
class SessionService;
}
namespace calendar {
class CalendarService;
}
namespace sms {
class SmsGateway;
class SmsSender;
}  // namespace sms
namespace jobs {
class JobScheduler;
}
namespace http {
class RouteTable;
class RequestGuard;
class StaticFiles;
class SecurityHeaders;
}  // namespace http
struct Services;

struct ServerConfig {
  std::filesystem::path dataDir;  // holds qinqing.db; created if missing
  std::filesystem::path webDir;   // the built web client; may be missing (the server says so)
  std::vector<std::string> allowedOrigins;       // CORS: exact origins, e.g. "https://qq.example.cn"
  std::vector<std::string> trustedProxies;       // X-Forwarded-For is read from these peers only
  std::size_t payloadMaxBytes = 12 * 1024 * 1024;
  int threadCount = 128;                         // ≥ 64 keep-alive connections plus headroom
  std::size_t keepAliveMaxCount = 1000;
  std::time_t keepAliveTimeoutSeconds = 5;
  bool seedDemoIfEmpty = false;                  // `serve --demo`: seed a new, empty database
  bool seedDemoPetitions = true;                 // with it, the year of petition history (demo_petitions.hpp)
  // The shipped cn_calendar.json, loaded into a database that has no calendar yet (first start);
  // not read otherwise. Without it such a database is refused (StartupError).
  std::optional<std::filesystem::path> calendarFile;
  auth::PasswordHasher::Cost passwordCost = auth::PasswordHasher::interactiveCost();
  Clock clock = systemClock();
  // SMS delivery (sms/sms_sender.hpp): the gateway — null means the log gateway appending to
  // dataDir/sms.log — and the longest the sender sleeps when nothing wakes it.
  std::shared_ptr<sms::SmsGateway> smsGateway;
  std::chrono::milliseconds smsIdleWait = std::chrono::seconds(1);
  // Notices wait out 22:00–07:00 CST (sms/sms_schedule.hpp); off only for test servers.
  bool smsQuietHours = true;
};

class Server {
public:
  // Opens (creating) dataDir/qinqing.db, applies migrations, seeds demo data if asked, loads the
  // working-day calendar (from calendarFile into a database without one), loads the web client
  // and registers the routes. Throws StartupError (schema newer than this binary, unusable data
  // directory, unreadable database, no usable calendar).
  explicit Server(ServerConfig config);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds host:port; port 0 picks a free port. Returns the bound port. Throws StartupError.
  int bind(const std::string& host, int port);

  // Serves until stop() (from any thread), with the SMS sender and job scheduler threads running
  // alongside; both stop (after the message or run in flight) before this returns. Returns false
  // if the listening socket failed.
  bool listen();
  void stop();
  void waitUntilReady() const;

  int schemaVersion() const;
  std::size_t webFileCount() const;
  // The database has no organisation and no account yet: nobody can log in until `qinqing init`
  // (or --demo) fills it. `qinqing serve` says so at start.
  bool uninitialised() const { return m_uninitialised; }
  const http::RouteTable& routes() const { return *m_routes; }
  calendar::CalendarService& calendarService() { return *m_calendar; }
  sms::SmsSender& smsSender() { return *m_smsSender; }
  // The scheduled jobs (jobs/job_scheduler.hpp; the built-in ones are registered already). Add a
  // job before listen(); the scheduler thread runs alongside the server.
  jobs::JobScheduler& jobs() { return *m_jobs; }
  // Where aggregates with deadlines register their recomputer. Only before listen(): the registry
  // is read without a lock while serving.
  calendar::DeadlineRecomputers& deadlineRecomputers() { return m_recomputers; }
  // For tests that add a deliberately failing route; production code registers via routes/.
  httplib::Server& http() { return m_http; }

private:
  void configureHttp();

  ServerConfig m_config;
  std::unique_ptr<db::Database> m_database;
  std::unique_ptr<auth::PasswordHasher> m_hasher;
  std::shared_ptr<sms::SmsGateway> m_smsGateway;  // before the sender, which uses it
  std::unique_ptr<sms::SmsSender> m_smsSender;    // after the database, which it uses
  std::unique_ptr<jobs::JobScheduler> m_jobs;     // after the sender, which its runs wake
  std::unique_ptr<auth::SessionService> m_sessions;
  calendar::DeadlineRecomputers m_recomputers;
  petition::PetitionCountCache m_petitionCounts;
  std::unique_ptr<calendar::CalendarService> m_calendar;
  std::unique_ptr<http::StaticFiles> m_web;
  std::unique_ptr<http::SecurityHeaders> m_security;
  std::unique_ptr<report::ExportJobs> m_exports;  // its worker reads the database
  http::TrustedProxies m_proxies;
  auth::Throttles m_throttles;
  std::unique_ptr<Services> m_services;
  httplib::Server m_http;
  std::mutex m_stopMutex;  // orders stop() against listen() starting (see Server::stop)
  bool m_stopRequested = false;
  bool m_listenStarted = false;
  std::unique_ptr<http::RouteTable> m_routes;
  std::unique_ptr<http::RequestGuard> m_guard;  // after the routes it looks up
  bool m_uninitialised = false;
};

}  // namespace qinqing::backend
