// PetitionService: every change to a petition (issue 5 "Rules the server holds to"). Each call is
// one IMMEDIATE transaction that checks scope, the revision the caller saw and the shared state
// machine, then writes the new state, the clocks, the action's own record (version, result,
// rating, extension, appeal, visit), the timeline event, the audit entry and the SMS outbox rows
// together. The success reply is sent only after that commit (WAL, synchronous=FULL).
#pragma once

#include <functional>
#include <optional>
#include <string>

#include "auth/auth_context.hpp"
#include "calendar/calendar_service.hpp"
#include "db/database.hpp"
#include "repositories/petition_queries.hpp"
#include "qinqing/core/result.hpp"
#include "qinqing/petition/petition_view.hpp"
#include "util/clock.hpp"

namespace qinqing::backend::petition {

// The platform setting that gives the dispatch step a limit (0 or absent: none, as in the notice).
inline constexpr const char* kDispatchLimitSetting = "petition.dispatch_limit_days";

class PetitionService {
public:
  // counts is told of every change (list totals are cached); onSmsQueued runs after a commit that
  // enqueued messages (the server wakes its SMS sender).
  PetitionService(db::Database& database, calendar::CalendarService& calendar, Clock clock, PetitionCountCache& counts,
                  std::function<void()> onSmsQueued = {});

  // 发布诉求: a draft, or a submission when request.submit. A repeated client request id answers
  // with the petition it created the first time (one petition, never two).
  domain::Result<long long> create(const auth::AuthContext& who, const domain::NewPetition& request,
                                   const std::string& clientAddress);

  // Any action of the state machine on petition id (NotFound outside the caller's scope, Conflict
  // for a stale revision, InvalidTransition / InvalidInput / Forbidden as decided). Returns the
  // petition's id.
  domain::Result<long long> act(const auth::AuthContext& who, long long id, domain::PetitionAction action,
                                const domain::PetitionActionRequest& request, const std::string& clientAddress);

  // The platform closing a petition nobody rated in time (the reminder job): no scope, no revision.
  // False when it is no longer waiting for a rating or its rating clock has not run out.
  bool expireRating(long long id);

  // Reads and writes the dispatch limit (系统管理员). 0..15 working days.
  int dispatchLimit();
  // The contact's full mobile for a caller who may call (roleMayRevealPetitionContact), audited
  // reveal_mobile on the petition; NotFound outside the caller's scope, Forbidden for other roles.
  domain::Result<std::string> revealContactMobile(const auth::AuthContext& who, long long id,
                                                  const std::string& clientAddress);
  domain::Status setDispatchLimit(const auth::AuthContext& who, int days, const std::string& clientAddress);

private:
  db::Database& m_db;
  calendar::CalendarService& m_calendar;
  Clock m_clock;
  PetitionCountCache& m_counts;
  std::function<void()> m_onSmsQueued;
};

}  // namespace qinqing::backend::petition
