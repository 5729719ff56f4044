// Checks of contact details: mainland mobile numbers (the platform's SMS reminders go to them)
// and e-mail addresses. Pure format checks: whether a number or mailbox exists is not knowable here.
#pragma once

#include <string_view>

namespace qinqing::domain {

// Exactly 11 ASCII digits starting 13–19 (the mainland mobile ranges, 2024). No "+86", spaces or
// dashes: forms strip those before checking, the database stores the bare 11 digits.
bool isMainlandMobile(std::string_view number);

// A practical subset of RFC 5321 addresses, as mail systems in China accept them:
// local part of 1–64 characters from A–Z a–z 0–9 and ! # $ % & ' * + - / = ? ^ _ ` { | } ~ .
// (no leading, trailing or doubled dot); "@"; a domain of dot-separated labels of letters, digits
// and inner hyphens (each 1–63 characters), at least two labels, the last one letters only
// (2+ characters); 254 characters at most. Quoted local parts, IP literals and non-ASCII
// (internationalised) addresses are refused.
bool isValidEmail(std::string_view address);

}  // namespace qinqing::domain
