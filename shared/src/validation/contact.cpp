#include "qinqing/validation/contact.hpp"

namespace qinqing::domain {
namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool isLocalChar(char c) {
  constexpr std::string_view kSpecials = "!#$%&'*+-/=?^_`{|}~";
  return isAsciiLetter(c) || isDigit(c) || kSpecials.find(c) != std::string_view::npos;
}

bool validLocalPart(std::string_view local) {
  if (local.empty() || local.size() > 64 || local.front() == '.' || local.back() == '.') return false;
  for (std::size_t i = 0; i < local.size(); ++i) {
    const char c = local[i];
    if (c == '.') {
      if (local[i + 1] == '.') return false;  // back() is not '.', so i + 1 is in range
    } else if (!isLocalChar(c)) {
      return false;
    }
  }
  return true;
}

bool validLabel(std::string_view label) {
  if (label.empty() || label.size() > 63 || label.front() == '-' || label.back() == '-') return false;
  for (char c : label) {
    if (!isAsciiLetter(c) && !isDigit(c) && c != '-') return false;
  }
  return true;
}

bool validDomain(std::string_view domain) {
  if (domain.empty() || domain.size() > 253) return false;
  std::size_t labels = 0;
  std::string_view last;
  while (true) {
    const auto dot = domain.find('.');
    const std::string_view label = domain.substr(0, dot);
    if (!validLabel(label)) return false;
    ++labels;
    last = label;
    if (dot == std::string_view::npos) break;
    domain.remove_prefix(dot + 1);
  }
  if (labels < 2 || last.size() < 2) return false;
  for (char c : last) {
    if (!isAsciiLetter(c)) return false;
  }
  return true;
}

}  // namespace

bool isMainlandMobile(std::string_view number) {
  if (number.size() != 11 || number[0] != '1' || number[1] < '3' || number[1] > '9') return false;
  for (char c : number) {
    if (!isDigit(c)) return false;
  }
  return true;
}

bool isValidEmail(std::string_view address) {
  if (address.size() > 254) return false;
  const auto at = address.find('@');
  if (at == std::string_view::npos || address.find('@', at + 1) != std::string_view::npos) return false;
  return validLocalPart(address.substr(0, at)) && validDomain(address.substr(at + 1));
}

}  // namespace qinqing::domain
