// TestServer: the real server (qinqing::backend::Server, as `qinqing serve` builds it) on
// 127.0.0.1 with an ephemeral port, a temporary data directory and a temporary web client,
// listening on a background thread for the lifetime of the object.
#pragma once

#include <httplib.h>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "qinqing/identity/role.hpp"
#include "server.hpp"
#include "test_support.hpp"

namespace qinqing::backend::testsupport {

inline constexpr const char* kDemoPassword = "Qinqing@2026";

class TestServer {
public:
  struct Options {
    bool demo = true;
    // The demo's year of petitions: off, so that each test's petitions are the only ones.
    bool demoPetitions = false;
    std::vector<std::string> allowedOrigins;
    std::vector<std::string> trustedProxies;  // e.g. {"127.0.0.1"}: the test client acts as the proxy
    // Fills the web directory; the default writes a minimal index.html with one inline script.
    std::function<void(const std::filesystem::path&)> writeWeb;
    std::optional<FakeClock> clock;
    std::function<void(Server&)> beforeListen;  // e.g. add a route that throws
    std::shared_ptr<sms::SmsGateway> smsGateway;  // null: the log gateway (DATA/sms.log)
    std::filesystem::path dataDir;  // empty: a fresh temporary one (else e.g. one `qinqing init` made)
  };

  TestServer() : TestServer(Options{}) {}
  explicit TestServer(Options options);
  ~TestServer();

  int port() const { return m_port; }
  httplib::Client client() const;
  Server& server() { return *m_server; }
  const std::filesystem::path& dataDir() const { return m_dataDir; }
  const std::filesystem::path& webDir() const { return m_webDir; }

  // The id of a unit by name, via /api/login-options (as the login page finds it).
  long long unitId(const std::string& name) const;

  // POST /api/session; the raw response.
  httplib::Result postLogin(domain::Role role, const std::string& loginName, std::optional<long long> unitId,
                            const std::string& password) const;
  // Logs in and returns the token; empty when the login failed.
  std::string login(domain::Role role, const std::string& loginName, std::optional<long long> unitId = std::nullopt,
                    const std::string& password = kDemoPassword) const;

private:
  TempDir m_temp;
  std::filesystem::path m_dataDir;
  std::filesystem::path m_webDir;
  std::unique_ptr<Server> m_server;
  int m_port = 0;
  std::thread m_thread;
};

// Parses a response body as JSON (discarded value on bad JSON: tests then fail on their checks).
inline nlohmann::json bodyJson(const httplib::Result& res) {
  return res ? nlohmann::json::parse(res->body, nullptr, false) : nlohmann::json();
}

// No header at all for an empty token (httplib 0.41 will not send an empty credential).
inline httplib::Headers bearer(const std::string& token) {
  if (token.empty()) return {};
  return {{"Authorization", "Bearer " + token}};
}

}  // namespace qinqing::backend::testsupport
