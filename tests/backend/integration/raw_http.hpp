// Raw HTTP over a socket, for what httplib's client will not send or hides: requests framed
// oddly on purpose (issue 14: duplicate Content-Length, a body on GET, chunked uploads), headers
// exactly as the server wrote them, and a body the server refuses before reading.
#pragma once

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <string>

namespace qinqing::backend::testsupport {

// Sends `bytes` and returns everything the server sent until it closed or fell silent for a second
// (httplib keeps a connection open after some refusals until its keep-alive timeout).
inline std::string rawExchange(int port, const std::string& bytes) {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  timeval timeout{1, 0};
  ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof(timeout));
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<uint16_t>(port));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  std::string response;
  if (::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)) == 0) {
    ::send(fd, bytes.data(), bytes.size(), MSG_NOSIGNAL);
    char buffer[4096];
    for (ssize_t n; (n = ::recv(fd, buffer, sizeof(buffer), 0)) > 0;) response.append(buffer, static_cast<std::size_t>(n));
  }
  ::close(fd);
  return response;
}

// The status code of the first response in `raw` (0 when there is none).
inline int rawStatus(const std::string& raw) {
  if (raw.rfind("HTTP/1.1 ", 0) != 0 || raw.size() < 12) return 0;
  return std::stoi(raw.substr(9, 3));
}

// How many responses `raw` holds: a request smuggled in a body shows up as a second one.
inline int rawResponseCount(const std::string& raw) {
  int count = 0;
  for (std::size_t at = raw.find("HTTP/1.1 "); at != std::string::npos; at = raw.find("HTTP/1.1 ", at + 1)) ++count;
  return count;
}

// The body of the first response (after the blank line), as sent.
inline std::string rawBody(const std::string& raw) {
  const auto end = raw.find("\r\n\r\n");
  return end == std::string::npos ? std::string() : raw.substr(end + 4);
}

}  // namespace qinqing::backend::testsupport
