// PetitionRepository: the rows of one petition as the service reads and changes them (migration 9,
// db/petition_schema.cpp). No rules here: PetitionService decides with the shared state machine and
// calls these inside its transaction. Throws SQLite::Exception on database errors.
#pragma once

#include <SQLiteCpp/Database.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "db/sql_condition.hpp"
#include "qinqing/petition/petition_draft.hpp"
#include "qinqing/petition/petition_state.hpp"
#include "qinqing/time/date.hpp"

namespace qinqing::backend::petition {

// One petitions row with the names people need in texts.
struct PetitionRow {
  long long id = 0;
  std::string number;
  long long enterpriseId = 0;
  std::string enterpriseName;
  std::optional<long long> cadreId;
  long long regionId = 0;
  std::optional<long long> industryGroupId;
  domain::PetitionState state = domain::PetitionState::Draft;
  domain::PetitionOutcome outcome = domain::PetitionOutcome::None;
  int ratingRound = 0;
  bool lastRatingBad = false;
  bool appealedLastRating = false;
  std::optional<long long> handlerUnitId;
  std::optional<long long> handlerRegionId;
  domain::PetitionContent content;
  long long createdAt = 0;
  std::optional<long long> submittedAt;
  long long updatedAt = 0;
  std::optional<long long> closedAt;
  long long revision = 0;
};

// The open clock of a petition, if any.
struct OpenClock {
  long long id = 0;
  domain::ClockKind kind = domain::ClockKind::Review;
  long long startedAt = 0;
  int workingDays = 0;
  std::optional<std::string> dueDate;  // the one in force (extended or not)
  std::optional<long long> dueAt;
};

struct NewEvent {
  long long petitionId = 0;
  long long at = 0;
  std::string action;  // a petitionActionKey or a petitionEventKindKey
  std::optional<long long> actorId;
  std::string actorLabel;
  std::string actorRole;
  domain::PetitionState from = domain::PetitionState::Draft;
  domain::PetitionState to = domain::PetitionState::Draft;
  std::string note;
  std::string detailJson = "{}";
};

// Where an enterprise's petitions go: its region, industry group and liaison cadre (none yet: the
// petition can be drafted but not submitted).
struct EnterpriseAssignment {
  long long regionId = 0;
  std::optional<long long> industryGroupId;
  std::optional<long long> cadreId;
};

// A running clock whose due date is its own (not an approved extension's), with its petition's state.
struct RunningClockRow {
  long long id = 0;
  long long petitionId = 0;
  std::string kind;  // clockKindKey, as stored
  long long startedAt = 0;
  int workingDays = 0;
  std::string dueDate;
  domain::PetitionState state = domain::PetitionState::Draft;
};

// A running clock due on or before a day (the reminder pass).
struct DueClockRow {
  long long clockId = 0;
  long long petitionId = 0;
  domain::ClockKind kind = domain::ClockKind::Review;
  domain::Date dueDate;
};

class PetitionRepository {
public:
  explicit PetitionRepository(SQLite::Database& db) : m_db(db) {}

  // The row if it exists and `scope` (over alias p) includes it.
  std::optional<PetitionRow> find(long long id, const db::SqlCondition& scope);
  // The petition an enterprise created with this client request id, if any, and the digest of the
  // body it came with (empty for petitions older than the digest).
  struct ClientRequestMatch {
    long long id = 0;
    std::string digest;
  };
  std::optional<ClientRequestMatch> findByClientRequest(long long enterpriseId, const std::string& clientRequestId);

  // A new draft; returns its id. The number is assigned from the id and the CST creation date.
  long long insertDraft(long long enterpriseId, long long regionId, std::optional<long long> industryGroupId,
                        std::optional<long long> cadreId, const domain::PetitionContent& content, long long now,
                        const std::string& clientRequestId, const std::string& clientRequestDigest);

  // Writes the row's mutable columns back and bumps the revision; now = updated_at.
  void update(const PetitionRow& row, long long now);

  std::optional<OpenClock> openClock(long long petitionId);
  // A new open clock (due may be absent: no limit); mirrors it on the petition row.
  long long startClock(long long petitionId, domain::ClockKind kind, long long startedAt, int workingDays,
                       std::optional<std::string> dueDate, std::optional<long long> dueAt, const std::string& responsible);
  // Stops the open clock; on_time from the due instant in force (none: no limit). Clears the mirror.
  void stopClock(long long clockId, long long petitionId, long long at);
  void extendClock(long long clockId, long long petitionId, const std::string& dueDate, long long dueAt);

  void insertVersion(long long petitionId, domain::VersionKind kind, const domain::PetitionContent& content,
                     std::optional<long long> authorId, const std::string& authorLabel, long long at);
  long long insertEvent(const NewEvent& event);
  // True if the petition has an event of this action at or after `since` (催办 once a working day).
  bool hasEventSince(long long petitionId, const std::string& action, long long since);

  void insertResult(long long petitionId, int round, const std::string& text, long long accountId, long long at);
  long long insertRating(long long petitionId, int round, domain::Rating rating, const std::string& comment,
                         long long accountId, long long at);
  std::optional<long long> latestRatingId(long long petitionId);
  void setAsideRating(long long ratingId);

  std::optional<long long> pendingExtensionId(long long petitionId);
  void insertExtension(long long petitionId, long long clockId, const std::string& reason,
                       const std::string& requestedDueDate, long long accountId, long long at);
  void decideExtension(long long extensionId, bool approved, std::optional<std::string> dueDate,
                       const std::string& note, long long accountId, long long at);

  std::optional<long long> pendingAppealId(long long petitionId);
  void insertAppeal(long long petitionId, long long ratingId, const std::string& reason, long long accountId, long long at);
  void decideAppeal(long long appealId, bool upheld, const std::string& note, long long accountId, long long at);

  void insertVisit(long long petitionId, const std::string& visitedOn, const std::string& method,
                   const std::string& note, long long accountId, long long at);

  // The enterprise's region, group and cadre; none for an unknown enterprise.
  std::optional<EnterpriseAssignment> enterpriseAssignment(long long enterpriseId);
  // The enterprise's name for the petition ("" when missing).
  std::string enterpriseNameOf(long long petitionId);
  // Whether a petition can be routed there: a unit, or a region of kind county or zone.
  bool handlerExists(domain::HandlerKind kind, long long id);
  // The names people read of a cadre, a unit, a region; "" when absent or unknown.
  std::string cadreName(std::optional<long long> id);
  std::string unitName(std::optional<long long> id);
  std::string regionName(std::optional<long long> id);

  // Running clocks with a limit and no approved extension (a calendar change may move them).
  std::vector<RunningClockRow> runningClocksWithOwnDueDate();
  // Moves a running clock's due date (and its mirror on the petition, bumping the revision).
  void moveClockDue(long long clockId, long long petitionId, const std::string& dueDate, long long dueAt);
  // Running clocks due on or before `today` (YYYY-MM-DD), extended dates counted, oldest first.
  std::vector<DueClockRow> openClocksDueBy(const std::string& today);
  // Records that a reminder of `kind` for the clock went out on `today`; false when one already had.
  bool markReminder(long long clockId, std::string_view kind, const std::string& today, long long now);

private:
  SQLite::Database& m_db;
};

}  // namespace qinqing::backend::petition
