#include "fake_sms_gateway.hpp"

#include <nlohmann/json.hpp>

namespace qinqing::backend::testsupport {

FakeSmsGateway::FakeSmsGateway() {
  auto handler = [this](const httplib::Request& req, httplib::Response& res) { handle(req, res); };
  m_server.Post(".*", handler);
  m_server.Put(".*", handler);
  m_server.Get(".*", handler);
  m_port = m_server.bind_to_any_port("127.0.0.1");
  m_thread = std::thread([this] { m_server.listen_after_bind(); });
  m_server.wait_until_ready();
}

FakeSmsGateway::~FakeSmsGateway() {
  reset();  // a slow answer in flight finishes sooner
  m_server.stop();
  if (m_thread.joinable()) m_thread.join();
}

std::string FakeSmsGateway::url(const std::string& path) const {
  return "http://127.0.0.1:" + std::to_string(m_port) + path;
}

void FakeSmsGateway::failNext(int times, int status) {
  std::lock_guard lock(m_mutex);
  m_failuresLeft = times;
  m_failStatus = status;
}

void FakeSmsGateway::failAlways(int status) {
  std::lock_guard lock(m_mutex);
  m_failAlways = true;
  m_failStatus = status;
}

void FakeSmsGateway::delay(std::chrono::milliseconds wait) {
  std::lock_guard lock(m_mutex);
  m_delay = wait;
}

void FakeSmsGateway::reset() {
  std::lock_guard lock(m_mutex);
  m_failuresLeft = 0;
  m_failAlways = false;
  m_delay = std::chrono::milliseconds(0);
}

std::vector<FakeSmsGateway::Request> FakeSmsGateway::requests() const {
  std::lock_guard lock(m_mutex);
  return m_requests;
}

std::size_t FakeSmsGateway::waitForRequests(std::size_t count, std::chrono::milliseconds timeout) const {
  std::unique_lock lock(m_mutex);
  m_arrived.wait_for(lock, timeout, [&] { return m_requests.size() >= count; });
  return m_requests.size();
}

void FakeSmsGateway::handle(const httplib::Request& req, httplib::Response& res) {
  std::chrono::milliseconds wait{0};
  int status = 200;
  int accepted = 0;
  {
    std::lock_guard lock(m_mutex);
    m_requests.push_back({req.method, req.target, req.body, req.get_header_value("Content-Type"), req.headers});
    wait = m_delay;
    if (m_failAlways) {
      status = m_failStatus;
    } else if (m_failuresLeft > 0) {
      --m_failuresLeft;
      status = m_failStatus;
    } else {
      accepted = ++m_accepted;
    }
  }
  m_arrived.notify_all();
  if (wait.count() > 0) std::this_thread::sleep_for(wait);
  res.status = status;
  if (status == 200) {
    res.set_content(nlohmann::json{{"message_id", "fake-" + std::to_string(accepted)}, {"status", "已受理"}}.dump(),
                    "application/json; charset=utf-8");
  } else {
    res.set_content(nlohmann::json{{"error", "fake failure " + std::to_string(status)}}.dump(), "application/json");
  }
}

}  // namespace qinqing::backend::testsupport
