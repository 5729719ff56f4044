// A stand-in for platform/http_client: every httpSend() is recorded, and a test answers the ones it
// chooses (in any order, as a slow network would), so the web logic runs natively with no server.
#pragma once

#include <string>
#include <vector>

#include "platform/http_client.hpp"

namespace qinqing::web::test {

struct SentRequest {
  std::string method;
  std::string path;  // with its query
  std::string body;
  std::string token;
  bool answered = false;
};

// The requests sent since the last reset(), oldest first.
const std::vector<SentRequest>& sentRequests();
// Forgets every request (answered or not); their callbacks are dropped unanswered.
void resetHttp();
// Answers request i (an index into sentRequests()); a request is answered at most once.
void answer(size_t i, int status, const std::string& body = "{}");
// Answers the newest unanswered request with this method and path (exact, query included); false if none.
bool answerLatest(const std::string& method, const std::string& path, int status, const std::string& body = "{}");
// The indices of unanswered requests.
std::vector<size_t> unanswered();

}  // namespace qinqing::web::test
