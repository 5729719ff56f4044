#include "petition/petition_service.hpp"

#include "qinqing/petition/petition_contact.hpp"

#include <SQLiteCpp/Transaction.h>

#include "report/report_facts.hpp"

#include <nlohmann/json.hpp>

#include "audit/audit_entry.hpp"
#include "auth/scope.hpp"
#include "petition/petition_facts.hpp"
#include "petition/petition_notifier.hpp"
#include "repositories/petition_repository.hpp"
#include "qinqing/calendar/due_date.hpp"
#include "qinqing/petition/petition_machine.hpp"
#include "qinqing/petition/petition_request_rules.hpp"
#include "qinqing/time/instant.hpp"
#include "repositories/audit_repository.hpp"
#include "repositories/platform_settings_repository.hpp"
#include "qinqing/wire/petition_json.hpp"
#include "util/sha256.hpp"

namespace qinqing::backend::petition {
namespace {
using domain::DomainError;
using domain::ErrorCode;
using domain::PetitionAction;
using domain::PetitionState;
namespace d = qinqing::domain;

DomainError missingPetition() { return DomainError::of(ErrorCode::NotFound, "诉求不存在"); }
DomainError stale() {
  return DomainError::of(ErrorCode::Conflict, "该诉求已被他人处理或已更新，请刷新后查看最新状态");
}

d::Instant instantOf(long long s) { return d::Instant::fromUnixSeconds(s); }

// The due date and instant of a clock that starts now and allows `days` working days.
struct Due {
  std::optional<std::string> date;
  std::optional<long long> at;
};
Due dueAfter(const d::HolidayCalendar& calendar, long long now, int days) {
  if (days <= 0) return {};
  const auto sum = d::addWorkingDays(calendar, d::localDate(instantOf(now)), days);
  return {sum.date.toIso(), d::endOfLocalDay(sum.date).unixSeconds()};
}

int readDispatchLimit(SQLite::Database& c) {
  const auto stored = PlatformSettingsRepository(c).value(kDispatchLimitSetting);
  if (!stored) return 0;
  try {
    return std::stoi(*stored);
  } catch (...) {
    return 0;
  }
}

// Who has to act while a clock runs, in words people use (enterprise, cadre, unit or county).
std::string responsibleFor(PetitionRepository& repo, const PetitionRow& row, d::ClockKind kind) {
  switch (d::clockActor(kind)) {
    case d::NoticeTarget::Cadre: return repo.cadreName(row.cadreId);
    case d::NoticeTarget::Dispatchers: return "双千分办组";
    case d::NoticeTarget::Enterprise: return row.enterpriseName;
    case d::NoticeTarget::Handler:
      return row.handlerUnitId ? repo.unitName(row.handlerUnitId) : repo.regionName(row.handlerRegionId);
  }
  return "";
}

// Checks of what the action carries: the shared rules (the client runs the same), then what only
// the server knows (that the chosen unit or county exists).
d::Status checkRequest(PetitionRepository& repo, const PetitionRow& row, const std::optional<OpenClock>& clock,
                       PetitionAction action, const d::PetitionActionRequest& r, const d::HolidayCalendar& calendar,
                       long long now) {
  std::optional<d::Date> currentDue;
  if (clock && clock->dueDate) {
    if (auto due = d::Date::parseIso(*clock->dueDate); due.ok()) currentDue = due.value();
  }
  if (auto valid = d::validatePetitionActionRequest(action, r, row.content, calendar, d::localDate(instantOf(now)),
                                                    currentDue);
      !valid) {
    return valid;
  }
  if (action != PetitionAction::Dispatch) return d::Ok{};
  if (repo.handlerExists(*r.handlerKind, r.handlerId)) return d::Ok{};
  return DomainError::invalid({{"handler_id", "请选择" + std::string(d::handlerKindLabel(*r.handlerKind))}});
}

// The words of the timeline entry for an action.
std::string eventNote(PetitionAction action, const d::PetitionActionRequest& r, PetitionRepository& repo) {
  switch (action) {
    case PetitionAction::ReturnToEnterprise:
    case PetitionAction::ReturnToDispatcher:
    case PetitionAction::Appeal: return r.reason;
    case PetitionAction::RequestExtension:
      return "申请延期至 " + (r.newDueDate ? r.newDueDate->toIso() : std::string()) + "：" + r.reason;
    case PetitionAction::DecideExtension:
      return r.approve && *r.approve ? "批准延期至 " + (r.newDueDate ? r.newDueDate->toIso() : std::string()) +
                                           (r.note.empty() ? "" : "：" + r.note)
                                     : "不批准延期：" + r.note;
    case PetitionAction::Dispatch: {
      const std::string name =
          r.handlerKind == d::HandlerKind::Unit ? repo.unitName(r.handlerId) : repo.regionName(r.handlerId);
      return "分办至 " + name + (r.note.empty() ? "" : "：" + r.note);
    }
    case PetitionAction::SubmitResult: return r.resultText;
    case PetitionAction::Rate:
      return std::string(d::ratingLabel(r.rating.value_or(d::Rating::Satisfied))) +
             (r.comment.empty() ? "" : "：" + r.comment);
    case PetitionAction::DecideAppeal: return (r.approve && *r.approve ? "申诉成立：" : "申诉不成立：") + r.note;
    case PetitionAction::RecordReturnVisit:
      return r.visit ? r.visit->visitedOn.toIso() + " " + r.visit->method + "回访：" + r.visit->note : "";
    case PetitionAction::Approve: return r.content ? "审核通过（包联干部修改了诉求内容）" : "";
    case PetitionAction::ExpireRating: return "5个工作日内未评价，按未评价销号";
    case PetitionAction::SaveDraft:
    case PetitionAction::Submit:
    case PetitionAction::Withdraw:
    case PetitionAction::Sign:
    case PetitionAction::Urge:
    case PetitionAction::Supervise: return r.note;
  }
  return r.note;
}

// The one path of an action on a petition found in the caller's scope at the caller's revision
// (act, and create for a direct submission): decide with the state machine, check the request,
// write the action's records, move state and clocks, add the timeline event, audit it (unless
// `audited` is false: a direct submission is audited as the creation) and enqueue its SMS.
// Returns how many messages were enqueued. Runs inside the caller's transaction.
domain::Result<int> applyAction(SQLite::Database& c, PetitionRepository& repo, PetitionRow& row,
                                const auth::AuthContext& who, PetitionAction action,
                                const d::PetitionActionRequest& request, const d::HolidayCalendar& calendar,
                                long long now, const std::string& clientAddress, bool audited) {
  auto [facts, clock] = factsOf(repo, row, calendar, now);
  d::PetitionActionInput input;
  input.rating = request.rating;
  input.approve = request.approve;
  auto decided = d::decidePetitionAction(facts, action, who.role, input);
  if (!decided) return decided.error();
  if (auto valid = checkRequest(repo, row, clock, action, request, calendar, now); !valid) return valid.error();
  const d::PetitionTransition& t = decided.value();
  const PetitionState from = row.state;
  nlohmann::json detail = nlohmann::json::object();

  // The action's own records and the content changes.
  switch (action) {
    case PetitionAction::SaveDraft: row.content = *request.content; break;
    case PetitionAction::Submit:
      if (request.content) row.content = *request.content;
      {
        const auto assignment = repo.enterpriseAssignment(row.enterpriseId);
        if (!assignment || !assignment->cadreId)
          return DomainError::of(ErrorCode::InvalidTransition, "贵企业尚未分配包联干部，暂不能提交诉求，请联系市双千办");
        row.cadreId = assignment->cadreId;
        row.regionId = assignment->regionId;
        row.industryGroupId = assignment->industryGroupId;
      }
      if (!row.submittedAt) row.submittedAt = now;
      repo.insertVersion(row.id, d::VersionKind::Submitted, row.content, who.accountId, row.enterpriseName, now);
      break;
    case PetitionAction::Approve:
      if (request.content && !(*request.content == row.content)) {
        row.content = *request.content;
        repo.insertVersion(row.id, d::VersionKind::CadreEdit, row.content, who.accountId, who.loginName, now);
        detail["edited"] = true;
      }
      break;
    case PetitionAction::Dispatch:
      row.handlerUnitId =
          request.handlerKind == d::HandlerKind::Unit ? std::optional(request.handlerId) : std::nullopt;
      row.handlerRegionId =
          request.handlerKind == d::HandlerKind::County ? std::optional(request.handlerId) : std::nullopt;
      detail["handler_kind"] = d::handlerKindKey(*request.handlerKind);
      detail["handler_id"] = request.handlerId;
      break;
    case PetitionAction::ReturnToDispatcher:
      detail["returned_by_unit"] = row.handlerUnitId ? nlohmann::json(*row.handlerUnitId) : nlohmann::json();
      detail["returned_by_region"] = row.handlerRegionId ? nlohmann::json(*row.handlerRegionId) : nlohmann::json();
      row.handlerUnitId.reset();
      row.handlerRegionId.reset();
      break;
    case PetitionAction::RequestExtension:
      repo.insertExtension(row.id, clock ? clock->id : 0, request.reason, request.newDueDate->toIso(),
                           who.accountId, now);
      break;
    case PetitionAction::DecideExtension: {
      const bool approved = *request.approve;
      const auto ext = repo.pendingExtensionId(row.id);
      repo.decideExtension(*ext, approved, approved ? std::optional(request.newDueDate->toIso()) : std::nullopt,
                           request.note, who.accountId, now);
      if (approved && clock)
        repo.extendClock(clock->id, row.id, request.newDueDate->toIso(),
                         d::endOfLocalDay(*request.newDueDate).unixSeconds());
      break;
    }
    case PetitionAction::SubmitResult:
      repo.insertResult(row.id, from == PetitionState::Rectifying ? 2 : 1, request.resultText, who.accountId, now);
      break;
    case PetitionAction::Rate:
      repo.insertRating(row.id, t.ratingRound, *request.rating, request.comment, who.accountId, now);
      row.lastRatingBad = d::ratingIsBad(*request.rating);
      row.appealedLastRating = false;
      detail["rating"] = d::ratingKey(*request.rating);
      break;
    case PetitionAction::Appeal: {
      const auto rating = repo.latestRatingId(row.id);
      repo.insertAppeal(row.id, rating.value_or(0), request.reason, who.accountId, now);
      row.appealedLastRating = true;
      break;
    }
    case PetitionAction::DecideAppeal: {
      const auto appeal = repo.pendingAppealId(row.id);
      if (appeal) repo.decideAppeal(*appeal, *request.approve, request.note, who.accountId, now);
      if (*request.approve) {
        if (auto rating = repo.latestRatingId(row.id)) repo.setAsideRating(*rating);
      }
      break;
    }
    case PetitionAction::RecordReturnVisit:
      repo.insertVisit(row.id, request.visit->visitedOn.toIso(), request.visit->method, request.visit->note,
                       who.accountId, now);
      break;
    // No records of their own: the event below is the whole trace.
    case PetitionAction::Withdraw:
    case PetitionAction::ReturnToEnterprise:
    case PetitionAction::Sign:
    case PetitionAction::ExpireRating:
    case PetitionAction::Urge:
    case PetitionAction::Supervise: break;
  }

  // State, outcome and clocks.
  row.state = t.next;
  row.outcome = t.outcome;
  row.ratingRound = t.ratingRound;
  if (t.next == PetitionState::Closed && from != PetitionState::Closed) row.closedAt = now;
  if (t.next != PetitionState::Closed) row.closedAt.reset();
  if (t.next == PetitionState::Withdrawn) row.closedAt = now;
  repo.update(row, now);
  if (t.closes && clock) repo.stopClock(clock->id, row.id, now);
  if (t.opens) {
    const int days = d::clockWorkingDays(*t.opens, readDispatchLimit(c));
    const Due due = dueAfter(calendar, now, days);
    repo.startClock(row.id, *t.opens, now, days, due.date, due.at, responsibleFor(repo, row, *t.opens));
  }
  repo.insertEvent({row.id, now, std::string(d::petitionActionKey(action)), who.accountId, who.loginName,
                    std::string(d::roleKey(who.role)), from, row.state, eventNote(action, request, repo),
                    detail.dump()});
  nlohmann::json after = detail;
  after["action"] = d::petitionActionKey(action);
  after["state"] = d::petitionStateKey(row.state);
  if (audited) {
    AuditRepository(c).append(audit::entryOf(
        who, clientAddress, now, audit::AuditAction::PetitionActed, "petition", std::to_string(row.id),
        nlohmann::json{{"state", d::petitionStateKey(from)}, {"revision", request.revision}}, after));
  }
  return notifyTargets(c, row, action, t.notify, request, now);
}

}  // namespace

PetitionService::PetitionService(db::Database& database, calendar::CalendarService& calendar, Clock clock,
                                 PetitionCountCache& counts, std::function<void()> onSmsQueued)
    : m_db(database),
      m_calendar(calendar),
      m_clock(std::move(clock)),
      m_counts(counts),
      m_onSmsQueued(std::move(onSmsQueued)) {}

domain::Result<long long> PetitionService::create(const auth::AuthContext& who, const d::NewPetition& request,
                                                  const std::string& clientAddress) {
  if (who.role != d::Role::Enterprise || !who.enterpriseId)
    return DomainError::of(ErrorCode::Forbidden, "只有企业账号可以发布诉求");
  if (auto valid = request.submit ? d::validatePetitionForSubmit(request.content) : d::validatePetitionDraft(request.content);
      !valid)
    return valid.error();
  const long long now = toUnixSeconds(m_clock());
  const std::string digest = sha256Hex(wire::newPetitionToJson(request).dump());
  bool queued = false;
  auto created = m_db.write([&](SQLite::Database& c) -> domain::Result<long long> {
    SQLite::Transaction tx(c, SQLite::TransactionBehavior::IMMEDIATE);
    PetitionRepository repo(c);
    // The same request again (a retry after a lost reply) answers with the petition it made; the
    // same id with another body is a client bug or a replay, and is refused rather than guessed.
    if (auto existing = repo.findByClientRequest(*who.enterpriseId, request.clientRequestId)) {
      if (!existing->digest.empty() && existing->digest != digest)
        return DomainError::of(ErrorCode::RequestIdReused, "该提交编号已用于另一份内容，请刷新页面后重新提交");
      return existing->id;
    }
    const auto assignment = repo.enterpriseAssignment(*who.enterpriseId);
    if (!assignment) return DomainError::of(ErrorCode::NotFound, "企业不存在");
    if (request.submit && !assignment->cadreId)
      return DomainError::of(ErrorCode::InvalidTransition, "贵企业尚未分配包联干部，暂不能提交诉求，请先保存草稿并联系市双千办");
    const long long id = repo.insertDraft(*who.enterpriseId, assignment->regionId, assignment->industryGroupId,
                                          assignment->cadreId, request.content, now, request.clientRequestId, digest);
    auto row = repo.find(id, db::SqlCondition{});
    repo.insertEvent({id, now, std::string(d::petitionEventKindKey(d::PetitionEventKind::Created)), who.accountId,
                      who.loginName, std::string(d::roleKey(who.role)), PetitionState::Draft, PetitionState::Draft, "",
                      "{}"});
    AuditRepository(c).append(audit::entryOf(who, clientAddress, now, audit::AuditAction::PetitionCreated, "petition",
                                             std::to_string(id), nullptr,
                                             nlohmann::json{{"number", row->number}, {"title", row->content.title}}));
    if (request.submit) {
      // The submission goes through the one action path, like any later one.
      d::PetitionActionRequest submit;
      submit.revision = row->revision;
      auto applied = m_calendar.read([&](const d::HolidayCalendar& calendar) {
        return applyAction(c, repo, *row, who, PetitionAction::Submit, submit, calendar, now, clientAddress, false);
      });
      if (!applied) return applied.error();
      queued = applied.value() > 0;
    }
    report::refreshReportFacts(c, id);
    tx.commit();
    return id;
  });
  m_counts.invalidate();
  if (queued && m_onSmsQueued) m_onSmsQueued();
  return created;
}

domain::Result<std::string> PetitionService::revealContactMobile(const auth::AuthContext& who, long long id,
                                                                 const std::string& clientAddress) {
  if (!d::roleMayRevealPetitionContact(who.role)) {
    return DomainError::of(ErrorCode::Forbidden, "当前账号无权查看完整联系电话");
  }
  const long long now = toUnixSeconds(m_clock());
  const auth::Scope scope(who);
  return m_db.write([&](SQLite::Database& c) -> domain::Result<std::string> {
    SQLite::Transaction tx(c, SQLite::TransactionBehavior::IMMEDIATE);
    auto found = PetitionRepository(c).find(id, scope.petitions());
    if (!found) return missingPetition();
    auto entry = audit::entryOf(who, clientAddress, now, audit::AuditAction::MobileRevealed, "petition",
                                std::to_string(id), nullptr, nlohmann::json{{"field", "contact_mobile"}});
    AuditRepository(c).append(entry);
    tx.commit();
    return found->content.contactMobile;
  });
}

domain::Result<long long> PetitionService::act(const auth::AuthContext& who, long long id, PetitionAction action,
                                               const d::PetitionActionRequest& request,
                                               const std::string& clientAddress) {
  if (auto allowed = d::petitionActionAllowedForRole(action, who.role); !allowed) return allowed.error();
  const long long now = toUnixSeconds(m_clock());
  const auth::Scope scope(who);
  int queued = 0;
  auto result = m_db.write([&](SQLite::Database& c) -> domain::Result<long long> {
    SQLite::Transaction tx(c, SQLite::TransactionBehavior::IMMEDIATE);
    PetitionRepository repo(c);
    auto found = repo.find(id, scope.petitions());
    if (!found) return missingPetition();
    PetitionRow row = *found;
    if (request.revision != row.revision) return stale();
    // An edit carries back the masked number the caller was shown: the stored one stands.
    d::PetitionActionRequest effective = request;
    if (effective.content) {
      effective.content->contactMobile = d::editedContactMobile(effective.content->contactMobile, row.content.contactMobile);
    }
    return m_calendar.read([&](const d::HolidayCalendar& calendar) -> domain::Result<long long> {
      auto applied = applyAction(c, repo, row, who, action, effective, calendar, now, clientAddress, true);
      if (!applied) return applied.error();
      queued = applied.value();
      report::refreshReportFacts(c, row.id);
      tx.commit();
      return row.id;
    });
  });
  m_counts.invalidate();
  if (queued > 0 && m_onSmsQueued) m_onSmsQueued();
  return result;
}

bool PetitionService::expireRating(long long id) {
  const long long now = toUnixSeconds(m_clock());
  int queued = 0;
  const bool closed = m_db.write([&](SQLite::Database& c) {
    SQLite::Transaction tx(c, SQLite::TransactionBehavior::IMMEDIATE);
    PetitionRepository repo(c);
    auto row = repo.find(id, db::SqlCondition{});
    if (!row) return false;
    auto clock = repo.openClock(id);
    if (!clock || !clock->dueAt || now <= *clock->dueAt) return false;
    d::PetitionFacts facts;
    facts.state = row->state;
    auto decided = d::decidePetitionAction(facts, PetitionAction::ExpireRating, std::nullopt);
    if (!decided) return false;
    const PetitionState from = row->state;
    row->state = decided.value().next;
    row->outcome = decided.value().outcome;
    row->closedAt = now;
    repo.update(*row, now);
    repo.stopClock(clock->id, id, now);
    repo.insertEvent({id, now, std::string(d::petitionActionKey(PetitionAction::ExpireRating)), std::nullopt, "系统", "", from, row->state,
                      eventNote(PetitionAction::ExpireRating, {}, repo), "{}"});
    AuditRepository(c).append(audit::entryOf(audit::systemActor(), now, audit::AuditAction::PetitionActed, "petition",
                                             std::to_string(id), nullptr,
                                             nlohmann::json{{"action", d::petitionActionKey(PetitionAction::ExpireRating)},
                                                            {"state", d::petitionStateKey(row->state)},
                                                            {"outcome", d::petitionOutcomeKey(row->outcome)}}));
    report::refreshReportFacts(c, id);
    tx.commit();
    return true;
  });
  m_counts.invalidate();
  if (queued > 0 && m_onSmsQueued) m_onSmsQueued();
  return closed;
}

int PetitionService::dispatchLimit() {
  return m_db.read([](SQLite::Database& c) { return readDispatchLimit(c); });
}

domain::Status PetitionService::setDispatchLimit(const auth::AuthContext& who, int days,
                                                 const std::string& clientAddress) {
  if (who.role != d::Role::SystemAdmin) return DomainError::of(ErrorCode::Forbidden, "只有系统管理员可以修改平台设置");
  if (days < 0 || days > 15) return DomainError::invalid({{"days", "分办时限应为0到15个工作日（0表示不设时限）"}});
  const long long now = toUnixSeconds(m_clock());
  return m_db.write([&](SQLite::Database& c) -> domain::Status {
    SQLite::Transaction tx(c, SQLite::TransactionBehavior::IMMEDIATE);
    const int before = readDispatchLimit(c);
    PlatformSettingsRepository(c).set(kDispatchLimitSetting, std::to_string(days), now, who.accountId);
    AuditRepository(c).append(audit::entryOf(who, clientAddress, now, audit::AuditAction::SettingChanged, "setting",
                                             kDispatchLimitSetting, nlohmann::json{{"value", before}},
                                             nlohmann::json{{"value", days}}));
    tx.commit();
    return d::Ok{};
  });
}

}  // namespace qinqing::backend::petition
