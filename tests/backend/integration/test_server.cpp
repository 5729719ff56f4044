#include "test_server.hpp"

#include <fstream>

#include "qinqing/identity/account.hpp"
#include "qinqing/wire/identity_json.hpp"
#include "util/log.hpp"

namespace qinqing::backend::testsupport {

TestServer::TestServer(Options options)
    : m_dataDir(m_temp.path() / "data"), m_webDir(m_temp.path() / "web") {
  std::filesystem::create_directories(m_webDir);
  if (options.writeWeb) {
    options.writeWeb(m_webDir);
  } else {
    std::ofstream(m_webDir / "index.html") << "<!doctype html><html><head><meta charset=\"utf-8\">"
                                              "<script>var Module = {};</script></head><body>亲清</body></html>";
  }
  if (!options.dataDir.empty()) m_dataDir = options.dataDir;
  ServerConfig config;
  config.dataDir = m_dataDir;
  config.webDir = m_webDir;
  config.allowedOrigins = options.allowedOrigins;
  config.trustedProxies = options.trustedProxies;
  config.seedDemoIfEmpty = options.demo;
  config.seedDemoPetitions = options.demoPetitions;
  config.calendarFile = shippedCalendarFile();
  if (options.clock) config.clock = options.clock->clock();
  // The quiet hours only where the test sets the time: with the real clock a test run at 23:00
  // would wait for 07:00 for every notice.
  config.smsQuietHours = options.clock.has_value();
  config.smsGateway = options.smsGateway;
  setLogEnabled(false);
  m_server = std::make_unique<Server>(config);
  if (options.beforeListen) options.beforeListen(*m_server);
  m_port = m_server->bind("127.0.0.1", 0);
  m_thread = std::thread([this] { m_server->listen(); });
  m_server->waitUntilReady();
}

TestServer::~TestServer() {
  m_server->stop();
  if (m_thread.joinable()) m_thread.join();
  m_server.reset();  // closes the database before the directory goes
}

httplib::Client TestServer::client() const {
  httplib::Client cli("127.0.0.1", m_port);
  cli.set_connection_timeout(5);
  cli.set_read_timeout(10);
  cli.set_decompress(false);  // tests look at the encoded bytes the server sent
  return cli;
}

long long TestServer::unitId(const std::string& name) const {
  auto cli = client();
  auto options = wire::loginOptionsFromJson(bodyJson(cli.Get("/api/login-options")));
  if (!options) return 0;
  for (const auto& u : options.value().units) {
    if (u.name == name) return u.id;
  }
  return 0;
}

httplib::Result TestServer::postLogin(domain::Role role, const std::string& loginName, std::optional<long long> unitId,
                                      const std::string& password) const {
  auto cli = client();
  domain::LoginRequest request{role, loginName, unitId, password};
  return cli.Post("/api/session", wire::loginRequestToJson(request).dump(), "application/json");
}

std::string TestServer::login(domain::Role role, const std::string& loginName, std::optional<long long> unitId,
                              const std::string& password) const {
  auto res = postLogin(role, loginName, unitId, password);
  if (!res || res->status != httplib::StatusCode::OK_200) return {};
  return bodyJson(res).value("token", "");
}

}  // namespace qinqing::backend::testsupport
