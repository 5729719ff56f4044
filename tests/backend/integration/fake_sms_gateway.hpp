// FakeSmsGateway: a small SMS operator for tests — an httplib server on 127.0.0.1 with an ephemeral
// port that records every request and answers as told: accept (200 with a message id), fail the
// next N requests with a status, fail every request (a permanent refusal), or answer slowly.
//
// Accepting replies are {"message_id": "fake-<n>", "status": "已受理"}, n counting from 1 over the
// accepted requests.
#pragma once

#include <httplib.h>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace qinqing::backend::testsupport {

class FakeSmsGateway {
public:
  struct Request {
    std::string method;
    std::string path;  // the request target as sent, query string included
    std::string body;
    std::string contentType;
    httplib::Headers headers;
  };

  FakeSmsGateway();
  ~FakeSmsGateway();
  FakeSmsGateway(const FakeSmsGateway&) = delete;
  FakeSmsGateway& operator=(const FakeSmsGateway&) = delete;

  int port() const { return m_port; }
  // http://127.0.0.1:<port><path>
  std::string url(const std::string& path = "/send") const;

  // The next `times` requests get `status` (with a short JSON error body); later ones are accepted.
  void failNext(int times, int status = 503);
  // Every request gets `status` until reset().
  void failAlways(int status);
  // Every answer waits this long first (a gateway slower than the sender's timeout).
  void delay(std::chrono::milliseconds wait);
  // Back to accepting at once; the record of requests is kept.
  void reset();

  std::vector<Request> requests() const;
  // Waits up to `timeout` for at least `count` requests; returns how many arrived.
  std::size_t waitForRequests(std::size_t count, std::chrono::milliseconds timeout = std::chrono::seconds(5)) const;

private:
  void handle(const httplib::Request& req, httplib::Response& res);

  httplib::Server m_server;
  std::thread m_thread;
  int m_port = 0;

  mutable std::mutex m_mutex;
  mutable std::condition_variable m_arrived;
  std::vector<Request> m_requests;
  int m_failuresLeft = 0;
  int m_failStatus = 503;
  bool m_failAlways = false;
  std::chrono::milliseconds m_delay{0};
  int m_accepted = 0;
};

}  // namespace qinqing::backend::testsupport
