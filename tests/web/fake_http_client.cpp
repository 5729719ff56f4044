#include "fake_http_client.hpp"

#include <cassert>

namespace qinqing::web {
namespace {

struct Pending {
  test::SentRequest request;
  HttpCallback callback;
};

std::vector<Pending>& pending() {
  static std::vector<Pending> requests;
  return requests;
}

std::vector<test::SentRequest>& sent() {
  static std::vector<test::SentRequest> requests;
  return requests;
}

}  // namespace

void httpSend(const std::string& method, const std::string& path, const std::string& body, const std::string& token,
              HttpCallback callback) {
  test::SentRequest r{method, path, body, token, false};
  sent().push_back(r);
  pending().push_back({r, std::move(callback)});
}

namespace test {

const std::vector<SentRequest>& sentRequests() { return sent(); }

void resetHttp() {
  sent().clear();
  pending().clear();
}

void answer(size_t i, int status, const std::string& body) {
  assert(i < pending().size() && !sent()[i].answered);
  sent()[i].answered = true;
  HttpCallback callback = std::move(pending()[i].callback);
  callback(HttpReply{status, body});
}

bool answerLatest(const std::string& method, const std::string& path, int status, const std::string& body) {
  for (size_t i = sent().size(); i-- > 0;) {
    if (!sent()[i].answered && sent()[i].method == method && sent()[i].path == path) {
      answer(i, status, body);
      return true;
    }
  }
  return false;
}

std::vector<size_t> unanswered() {
  std::vector<size_t> out;
  for (size_t i = 0; i < sent().size(); ++i) {
    if (!sent()[i].answered) out.push_back(i);
  }
  return out;
}

}  // namespace test
}  // namespace qinqing::web
