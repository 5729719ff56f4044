// Services: what route handlers may use. Built once by Server and passed by reference to every
// register*Routes function; handlers capture the reference (the Server outlives its routes).
#pragma once

#include "auth/password_hasher.hpp"
#include "auth/session_service.hpp"
#include "calendar/calendar_service.hpp"
#include "db/database.hpp"
#include "sms/sms_sender.hpp"
#include "util/clock.hpp"

namespace qinqing::backend {

struct Services {
  db::Database& database;
  auth::SessionService& sessions;
  calendar::CalendarService& calendar;
  Clock clock;
  int schemaVersion = 0;  // fixed after migrations at start: /api/health reports it without a query
  const auth::PasswordHasher& hasher;
  sms::SmsSender& sms;    // wake() it after committing a transaction that enqueued an SMS
};

}  // namespace qinqing::backend
