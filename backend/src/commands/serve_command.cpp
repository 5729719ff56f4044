// qinqing serve [--listen HOST:PORT] [--data DIR] [--web DIR] [--allow-origin ORIGIN]... [--calendar FILE]
//               [--trusted-proxy ADDRESS]...
//               [--demo] [--sms-gateway log|http --sms-config FILE] [--sms-quiet-hours on|off]
//
// SIGINT and SIGTERM stop the server gracefully: they are blocked in every thread (the server's
// pool threads inherit the mask) and one thread waits for them with sigwait and calls stop(), so
// no work happens inside an asynchronous signal handler.
#include <pthread.h>
#include <signal.h>

#include <iostream>
#include <memory>
#include <optional>
#include <thread>

#include "calendar/calendar_file.hpp"
#include "http/client_address.hpp"
#include "commands/commands.hpp"
#include "server.hpp"
#include "sms/http_sms_gateway.hpp"
#include "util/log.hpp"
#include "util/paths.hpp"

namespace qinqing::backend {
namespace {

struct ServeOptions {
  std::string listen = "127.0.0.1:8080";
  std::string data = "data";
  std::string web;  // empty: the client the build made, <exe dir>/../web
  std::vector<std::string> allowedOrigins;
  std::vector<std::string> trustedProxies;  // whose X-Forwarded-For names the client (http/client_address.hpp)
  std::string calendar;  // empty: the shipped file found next to the executable
  bool demo = false;
  std::string demoPetitions = "on";  // off: the demo without its year of petitions (browser tests)
  std::string smsGateway = "log";  // log: DATA/sms.log; http: sms/http_sms_gateway.hpp
  std::string smsConfig;           // the http gateway's JSON configuration
  std::string smsQuietHours = "on";  // off: notices go at any hour (test servers)
};

struct ListenAddress {
  std::string host;
  int port = 0;
};

// "127.0.0.1:8080", "0.0.0.0:80", "[::1]:8080", or a bare port ("8080" → 127.0.0.1).
std::optional<ListenAddress> parseListen(const std::string& text) {
  std::string host = "127.0.0.1";
  std::string port = text;
  if (auto colon = text.rfind(':'); colon != std::string::npos) {
    host = text.substr(0, colon);
    port = text.substr(colon + 1);
    if (host.size() >= 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
  }
  if (host.empty() || port.empty() || port.size() > 5 || port.find_first_not_of("0123456789") != std::string::npos) {
    return std::nullopt;
  }
  const int number = std::stoi(port);
  if (number > 65535) return std::nullopt;
  return ListenAddress{host, number};
}

// An origin is scheme://host[:port], exactly as browsers send it in the Origin header.
bool looksLikeOrigin(const std::string& origin) {
  const bool scheme = origin.rfind("http://", 0) == 0 || origin.rfind("https://", 0) == 0;
  const auto rest = origin.substr(origin.find("//") + 2);
  return scheme && !rest.empty() && rest.find('/') == std::string::npos;
}

// The SMS gateway the options name; null for the log gateway (the server's default). The http
// gateway's configuration is checked here, so a bad file stops the start with its message; its
// credentials are never printed.
std::shared_ptr<sms::SmsGateway> smsGatewayOf(const ServeOptions& options) {
  if (options.smsGateway != "http") {
    if (!options.smsConfig.empty()) {
      throw StartupError("--sms-config 只用于 --sms-gateway http", "--sms-config needs --sms-gateway http", kExitUsage);
    }
    return nullptr;
  }
  if (options.smsConfig.empty()) {
    throw StartupError("--sms-gateway http 需要 --sms-config 指定网关配置文件",
                       "--sms-gateway http needs --sms-config FILE", kExitUsage);
  }
  auto config = sms::loadHttpSmsGatewayConfig(options.smsConfig, sms::processEnvironment());
  if (!config) {
    const auto& error = config.error();
    throw StartupError(error.fields.empty() ? error.message : error.fields.front().message,
                       "invalid SMS gateway configuration " + options.smsConfig, kExitUsage);
  }
  const auto& url = config.value().url;
  const auto hostEnd = url.find('/', url.find("//") + 2);
  logInfo("短信网关 / sms gateway: http → " + url.substr(0, hostEnd));  // the path may carry a key
  return std::make_shared<sms::HttpSmsGateway>(config.value());
}

std::filesystem::path defaultWebDir() { return (executableDirectory() / ".." / "web").lexically_normal(); }

std::string browserUrl(const ListenAddress& address, int port) {
  std::string host = address.host;
  if (host == "0.0.0.0") host = "127.0.0.1";
  if (host == "::") host = "::1";
  if (host.find(':') != std::string::npos) host = "[" + host + "]";
  return "http://" + host + ":" + std::to_string(port) + "/";
}

int runServe(const ServeOptions& options) {
  auto address = parseListen(options.listen);
  if (!address) {
    std::cerr << "监听地址格式应为 主机:端口，例如 127.0.0.1:8080\n"
                 "--listen expects HOST:PORT, e.g. 127.0.0.1:8080\n";
    return kExitUsage;
  }
  for (const auto& origin : options.allowedOrigins) {
    if (!looksLikeOrigin(origin)) {
      std::cerr << "--allow-origin 应为 https://主机[:端口]，不带路径：" << origin << "\n"
                << "--allow-origin expects scheme://host[:port] without a path: " << origin << "\n";
      return kExitUsage;
    }
  }

  for (const auto& proxy : options.trustedProxies) {
    if (!http::looksLikeIpAddress(proxy)) {
      std::cerr << "--trusted-proxy 应为代理服务器的 IP 地址，例如 127.0.0.1：" << proxy << "\n"
                << "--trusted-proxy expects the proxy's IP address, e.g. 127.0.0.1: " << proxy << "\n";
      return kExitUsage;
    }
  }

  sigset_t stopSignals;
  sigemptyset(&stopSignals);
  sigaddset(&stopSignals, SIGINT);
  sigaddset(&stopSignals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);

  try {
    ServerConfig config;
    config.dataDir = options.data;
    config.webDir = options.web.empty() ? defaultWebDir() : std::filesystem::path(options.web);
    config.allowedOrigins = options.allowedOrigins;
    config.trustedProxies = options.trustedProxies;
    config.seedDemoIfEmpty = options.demo;
    config.seedDemoPetitions = options.demoPetitions == "on";
    config.smsGateway = smsGatewayOf(options);
    config.smsQuietHours = options.smsQuietHours == "on";
    config.calendarFile = options.calendar.empty() ? calendar::findShippedCalendar()
                                                   : std::optional<std::filesystem::path>(options.calendar);
    Server server(config);
    const int port = server.bind(address->host, address->port);

    std::thread waiter([&] {
      int signal = 0;
      sigwait(&stopSignals, &signal);
      logInfo("正在停止 / stopping (signal " + std::to_string(signal) + ")");
      server.stop();
    });
    const std::string url = browserUrl(*address, port);
    std::cout << "十堰亲清企业服务信息平台已启动，请在浏览器中打开 " << url << "\n"
              << "Qinqing is running: open " << url << "\n"
              << "数据目录 / data: " << std::filesystem::absolute(config.dataDir).string() << "  网页客户端 / web: "
              << config.webDir.string() << " (" << server.webFileCount() << " 个文件 / files)\n"
              << "按 Ctrl+C 停止 / press Ctrl+C to stop" << std::endl;
    if (server.uninitialised()) {
      std::cout << "\n注意：数据库中还没有组织机构和账号，任何人都无法登录。请先停止服务，运行\n"
                << "  qinqing init --data " << config.dataDir.string() << "\n"
                << "创建组织机构和三员账号（或用 --demo 启动演示数据），再启动服务。\n"
                << "Note: the database is empty and nobody can log in. Stop, run `qinqing init --data "
                << config.dataDir.string() << "` (or start with --demo), then start again." << std::endl;
    }
    const bool ok = server.listen();
    pthread_kill(waiter.native_handle(), SIGTERM);  // wakes the waiter if listen ended on its own
    waiter.join();
    return ok ? 0 : kExitStartupFailure;
  } catch (const StartupError& e) {
    std::cerr << e.what() << "\n";
    return e.exitCode();
  }
}

}  // namespace

void addServeCommand(CLI::App& app, int& exitCode) {
  auto options = std::make_shared<ServeOptions>();
  auto* cmd = app.add_subcommand("serve", "启动平台（网页客户端与 API）/ Start the platform (web client and API)");
  cmd->add_option("--listen", options->listen, "监听地址 主机:端口 / Address to listen on, HOST:PORT")
      ->capture_default_str();
  cmd->add_option("--data", options->data, "数据目录（存放 qinqing.db）/ Data directory holding qinqing.db")
      ->capture_default_str();
  cmd->add_option("--web", options->web,
                  "网页客户端目录，默认为构建生成的 build/web / Web client directory (default: <exe dir>/../web)");
  cmd->add_option("--allow-origin", options->allowedOrigins,
                  "允许跨域调用 API 的来源，可重复 / Origin allowed to call the API cross-origin (repeatable)")
      ->type_name("ORIGIN");
  cmd->add_option("--trusted-proxy", options->trustedProxies,
                  "反向代理的地址，仅信任其 X-Forwarded-For，可重复 / Address of a reverse proxy whose X-Forwarded-For "
                  "names the client (repeatable)")
      ->type_name("ADDRESS");
  cmd->add_option("--calendar", options->calendar,
                  "首次启动时载入的节假日数据文件，默认为随程序发布的 cn_calendar.json / Calendar file loaded into a new "
                  "database (default: the shipped cn_calendar.json)");
  cmd->add_flag("--demo", options->demo, "数据库为空时写入演示数据 / Seed demo data when the database is empty");
  cmd->add_option("--demo-petitions", options->demoPetitions,
                  "演示数据是否包含一年的诉求记录 / Whether the demo data holds a year of petitions")
      ->check(CLI::IsMember({"on", "off"}))
      ->capture_default_str();
  cmd->add_option("--sms-gateway", options->smsGateway,
                  "短信网关：log 写入 数据目录/sms.log，http 按 --sms-config 调用短信接口 / SMS gateway: log (DATA/sms.log) "
                  "or http (configured by --sms-config)")
      ->check(CLI::IsMember({"log", "http"}))
      ->capture_default_str();
  cmd->add_option("--sms-config", options->smsConfig,
                  "HTTP 短信网关配置文件（JSON，见 backend/README.md）/ HTTP SMS gateway configuration (JSON, see "
                  "backend/README.md)")
      ->type_name("FILE");
  cmd->add_option("--sms-quiet-hours", options->smsQuietHours,
                  "on：22:00–07:00 之间的通知短信等到 07:00 再发（验证码不受影响）；off 仅用于测试 / on: notices wait "
                  "out 22:00–07:00 CST (codes never wait); off is for test servers only")
      ->check(CLI::IsMember({"on", "off"}))
      ->capture_default_str();
  cmd->callback([options, &exitCode] { exitCode = runServe(*options); });
}

}  // namespace qinqing::backend
