#include "content/announcement_service.hpp"

#include <SQLiteCpp/Transaction.h>

#include <algorithm>

#include "audit/audit_entry.hpp"
#include "qinqing/ops/sms_billing.hpp"
#include "repositories/announcement_repository.hpp"
#include "repositories/audit_repository.hpp"
#include "repositories/sms_outbox_repository.hpp"

namespace qinqing::backend::content {
namespace {
namespace d = qinqing::domain;
using d::DomainError;
using d::ErrorCode;

DomainError announcementNotFound() { return DomainError::of(ErrorCode::NotFound, "公告不存在"); }

nlohmann::json contentJson(const wire::AnnouncementView& a) {
  nlohmann::json j = wire::announcementDraftToJson(a.content);
  j["version"] = a.version;
  j["state"] = d::publicationStateKey(a.state);
  return j;
}

void appendAudit(SQLite::Database& c, const auth::AuthContext& who, const std::string& address, long long now,
                 audit::AuditAction action, long long id, const nlohmann::json& before, const nlohmann::json& after) {
  AuditRepository(c).append(audit::entryOf(who, address, now, action, "announcement", std::to_string(id), before, after));
}

bool readable(const auth::AuthContext& who, const wire::AnnouncementView& a) {
  return a.state == d::PublicationState::Published && d::audienceIncludes(a.content.audience, who.role, readerRegion(who));
}

}  // namespace

const std::vector<std::string>& announcementReaderSortKeys() {
  static const std::vector<std::string> keys = {"published_at", "title"};
  return keys;
}
const std::vector<std::string>& announcementAdminSortKeys() {
  static const std::vector<std::string> keys = {"updated_at", "published_at", "title"};
  return keys;
}

std::optional<long long> readerRegion(const auth::AuthContext& who) {
  switch (who.role) {
    case d::Role::Enterprise:
    case d::Role::Cadre:
    case d::Role::UnitAdmin:
    case d::Role::CountyAdmin: return who.regionId;
    case d::Role::CityDispatcher:
    case d::Role::IndustryDispatcher:
    case d::Role::Inspector:
    case d::Role::SystemAdmin:
    case d::Role::SecurityAdmin:
    case d::Role::AuditAdmin: return std::nullopt;
  }
  return std::nullopt;
}

d::Page<wire::AnnouncementView> AnnouncementService::adminList(const d::PageRequest& page,
                                                               std::optional<d::PublicationState> state) {
  return m_db.read([&](SQLite::Database& c) { return AnnouncementRepository(c).listForAdmin({page, state}); });
}

d::Result<AnnouncementDetail> AnnouncementService::adminGet(long long id) {
  return m_db.read([&](SQLite::Database& c) -> d::Result<AnnouncementDetail> {
    AnnouncementRepository repo(c);
    auto a = repo.find(id);
    if (!a) return announcementNotFound();
    return AnnouncementDetail{std::move(*a), repo.versions(id)};
  });
}

d::Result<wire::AnnouncementView> AnnouncementService::create(const auth::AuthContext& who,
                                                              const d::AnnouncementDraft& draft,
                                                              const std::string& address) {
  if (auto valid = d::validateAnnouncement(draft); !valid) return valid.error();
  const long long now = nowUnix();
  return m_db.write([&](SQLite::Database& c) -> d::Result<wire::AnnouncementView> {
    SQLite::Transaction tx(c, SQLite::TransactionBehavior::IMMEDIATE);
    AnnouncementRepository repo(c);
    const long long id = repo.insert(draft, who.accountId, now);
    auto created = repo.find(id);
    appendAudit(c, who, address, now, audit::AuditAction::AnnouncementCreated, id, nullptr, contentJson(*created));
    tx.commit();
    return *created;
  });
}

d::Result<wire::AnnouncementView> AnnouncementService::update(const auth::AuthContext& who, long long id,
                                                              const d::AnnouncementDraft& draft,
                                                              const std::string& address) {
  if (auto valid = d::validateAnnouncement(draft); !valid) return valid.error();
  const long long now = nowUnix();
  return m_db.write([&](SQLite::Database& c) -> d::Result<wire::AnnouncementView> {
    SQLite::Transaction tx(c, SQLite::TransactionBehavior::IMMEDIATE);
    AnnouncementRepository repo(c);
    auto before = repo.find(id);
    if (!before) return announcementNotFound();
    // A draft is rewritten in place; once readers may have seen it, an edit is a new version.
    const bool versioned = before->state != d::PublicationState::Draft;
    const int version = versioned ? before->version + 1 : before->version;
    repo.update(id, draft, version, now);
    if (versioned) repo.saveVersion(id, {version, "", "", draft}, who.accountId, now);
    auto after = repo.find(id);
    appendAudit(c, who, address, now, audit::AuditAction::AnnouncementEdited, id, contentJson(*before),
                contentJson(*after));
    tx.commit();
    return *after;
  });
}

d::Result<PublishOutcome> AnnouncementService::publish(const auth::AuthContext& who, long long id,
                                                       const std::string& address) {
  const long long now = nowUnix();
  return m_db.write([&](SQLite::Database& c) -> d::Result<PublishOutcome> {
    SQLite::Transaction tx(c, SQLite::TransactionBehavior::IMMEDIATE);
    AnnouncementRepository repo(c);
    auto before = repo.find(id);
    if (!before) return announcementNotFound();
    auto next = d::publicationAfter(before->state, d::PublicationAction::Publish);
    if (!next) return next.error();
    const bool firstPublication = before->publishedAt.empty();
    repo.setState(id, next.value(), now);
    if (firstPublication) repo.saveVersion(id, {before->version, "", "", before->content}, who.accountId, now);
    // §18: every enterprise in the audience gets one text, queued here and sent by the outbox
    // sender afterwards. Only the first publication texts: a republished announcement is old news.
    int queued = 0;
    const auto& roles = before->content.audience.roles;
    if (firstPublication && std::find(roles.begin(), roles.end(), d::Role::Enterprise) != roles.end()) {
      SmsOutboxRepository outbox(c);
      const std::string text = d::signedSmsText(d::announcementSmsText(before->content.title));
      for (const auto& mobile : repo.enterpriseMobiles(before->content.audience.regionIds)) {
        outbox.enqueue({mobile, text, sms::SmsKind::Notice}, now);
        ++queued;
      }
      repo.recordSmsQueued(id, queued, now);
    }
    auto after = repo.find(id);
    appendAudit(c, who, address, now, audit::AuditAction::AnnouncementPublished, id,
                nlohmann::json{{"state", d::publicationStateKey(before->state)}},
                nlohmann::json{{"version", after->version}, {"sms_queued", queued}});
    tx.commit();
    return PublishOutcome{std::move(*after), queued};
  });
}

d::Result<wire::AnnouncementView> AnnouncementService::withdraw(const auth::AuthContext& who, long long id,
                                                                const std::string& address) {
  const long long now = nowUnix();
  return m_db.write([&](SQLite::Database& c) -> d::Result<wire::AnnouncementView> {
    SQLite::Transaction tx(c, SQLite::TransactionBehavior::IMMEDIATE);
    AnnouncementRepository repo(c);
    auto before = repo.find(id);
    if (!before) return announcementNotFound();
    auto next = d::publicationAfter(before->state, d::PublicationAction::Withdraw);
    if (!next) return next.error();
    repo.setState(id, next.value(), now);
    auto after = repo.find(id);
    appendAudit(c, who, address, now, audit::AuditAction::AnnouncementWithdrawn, id,
                nlohmann::json{{"state", d::publicationStateKey(before->state)}},
                nlohmann::json{{"state", d::publicationStateKey(after->state)}});
    tx.commit();
    return *after;
  });
}

d::Page<wire::AnnouncementView> AnnouncementService::readerList(const auth::AuthContext& who,
                                                                const d::PageRequest& asked, bool unreadOnly) {
  return m_db.read([&](SQLite::Database& c) {
    AnnouncementRepository repo(c);
    const auto region = readerRegion(who);
    const auto read = repo.readIds(who.accountId);
    // Announcements are few (a city publishes some a week): the audience rule is the shared one,
    // applied here to every published header, then the page's rows are read.
    std::vector<AnnouncementHeader> rows;
    for (auto& h : repo.publishedHeaders(asked.query)) {
      if (!d::audienceIncludes(h.audience, who.role, region)) continue;
      if (unreadOnly && read.contains(h.id)) continue;
      rows.push_back(std::move(h));
    }
    const bool byTitle = asked.sort == "title";
    const bool descending = asked.sort.empty() ? true : asked.descending;
    std::stable_sort(rows.begin(), rows.end(), [&](const AnnouncementHeader& a, const AnnouncementHeader& b) {
      if (a.pinned != b.pinned) return a.pinned;
      if (byTitle && a.title != b.title) return descending ? a.title > b.title : a.title < b.title;
      if (a.publishedAt != b.publishedAt) return descending ? a.publishedAt > b.publishedAt : a.publishedAt < b.publishedAt;
      return descending ? a.id > b.id : a.id < b.id;
    });
    d::Page<wire::AnnouncementView> page;
    page.total = static_cast<long long>(rows.size());
    page.pageSize = asked.pageSize;
    page.page = std::min(asked.page, d::pageCount(page.total, asked.pageSize));
    std::vector<long long> ids;
    d::PageRequest landed = asked;
    landed.page = page.page;
    for (long long i = d::pageOffset(landed);
         i < page.total && static_cast<int>(ids.size()) < page.pageSize; ++i) {
      ids.push_back(rows[static_cast<std::size_t>(i)].id);
    }
    page.items = repo.findMany(ids, who.accountId);
    return page;
  });
}

d::Result<wire::AnnouncementView> AnnouncementService::readerGet(const auth::AuthContext& who, long long id) {
  return m_db.read([&](SQLite::Database& c) -> d::Result<wire::AnnouncementView> {
    auto a = AnnouncementRepository(c).find(id, who.accountId);
    if (!a || !readable(who, *a)) return announcementNotFound();
    return *a;
  });
}

d::Result<wire::AnnouncementView> AnnouncementService::markRead(const auth::AuthContext& who, long long id) {
  const long long now = nowUnix();
  return m_db.write([&](SQLite::Database& c) -> d::Result<wire::AnnouncementView> {
    SQLite::Transaction tx(c, SQLite::TransactionBehavior::IMMEDIATE);
    AnnouncementRepository repo(c);
    auto a = repo.find(id);
    if (!a || !readable(who, *a)) return announcementNotFound();
    repo.markRead(id, who.accountId, now);
    tx.commit();
    a->read = true;
    return *a;
  });
}

long long AnnouncementService::unreadCount(const auth::AuthContext& who) {
  return m_db.read([&](SQLite::Database& c) {
    AnnouncementRepository repo(c);
    const auto read = repo.readIds(who.accountId);
    const auto region = readerRegion(who);
    long long n = 0;
    for (const auto& h : repo.publishedHeaders("")) {
      if (d::audienceIncludes(h.audience, who.role, region) && !read.contains(h.id)) ++n;
    }
    return n;
  });
}

}  // namespace qinqing::backend::content
