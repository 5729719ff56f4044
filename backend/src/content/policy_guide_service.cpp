#include "content/policy_guide_service.hpp"

#include <SQLiteCpp/Transaction.h>

#include <algorithm>

#include "audit/audit_entry.hpp"
#include "auth/scope.hpp"
#include "qinqing/time/instant.hpp"
#include "repositories/audit_repository.hpp"
#include "repositories/enterprise_repository.hpp"

namespace qinqing::backend::content {
namespace {
namespace d = qinqing::domain;
using d::DomainError;
using d::ErrorCode;

DomainError policyNotFound() { return DomainError::of(ErrorCode::NotFound, "政策指南不存在"); }

std::optional<long long> accountOf(const auth::AuthContext& who) {
  return who.accountId > 0 ? std::optional<long long>(who.accountId) : std::nullopt;
}

nlohmann::json policyContentJson(const wire::PolicyGuideView& p) {
  nlohmann::json j = wire::policyGuideDraftToJson(p.content);
  j.erase("body");  // the full text can be long; the versions table keeps it
  j["version"] = p.version;
  j["state"] = d::publicationStateKey(p.state);
  return j;
}

void appendPolicyGuideAudit(SQLite::Database& c, const auth::AuthContext& who, const std::string& address, long long now,
                 audit::AuditAction action, long long id, const nlohmann::json& before, const nlohmann::json& after) {
  AuditRepository(c).append(audit::entryOf(who, address, now, action, "policy_guide", std::to_string(id), before, after));
}

// The enterprise's industry group and region, for policyFit; none for other readers.
struct EnterpriseFit {
  std::optional<long long> industryGroupId;
  long long regionId = 0;
};
std::optional<EnterpriseFit> fitOf(SQLite::Database& c, const auth::AuthContext& who) {
  if (who.role != d::Role::Enterprise || !who.enterpriseId) return std::nullopt;
  auto record = EnterpriseRepository(c).find(*who.enterpriseId, auth::Scope(who).enterprises());
  if (!record) return std::nullopt;
  return EnterpriseFit{record->industryGroup ? std::optional<long long>(record->industryGroup->id) : std::nullopt,
                       record->region.id};
}

void decorate(wire::PolicyGuideView& p, const std::optional<EnterpriseFit>& fit, d::Date today) {
  p.validity = d::policyValidity(p.content.validUntil, today);
  if (fit) {
    p.fit = d::policyFit(p.content.industryGroupIds, p.content.regionIds, fit->industryGroupId, fit->regionId);
    p.relevant = p.fit && *p.fit >= 1;
  }
}

}  // namespace

const std::vector<std::string>& policyAdminSortKeys() {
  static const std::vector<std::string> keys = {"updated_at", "issued_on", "title"};
  return keys;
}

d::Date PolicyGuideService::today() const { return d::localDate(d::Instant::fromUnixSeconds(nowUnix())); }

d::Page<wire::PolicyGuideView> PolicyGuideService::adminList(const d::PageRequest& page,
                                                             std::optional<d::PublicationState> state) {
  auto list = m_db.read([&](SQLite::Database& c) { return PolicyGuideRepository(c).listForAdmin(page, state); });
  for (auto& p : list.items) decorate(p, std::nullopt, today());
  return list;
}

d::Result<PolicyGuideDetail> PolicyGuideService::adminGet(long long id) {
  return m_db.read([&](SQLite::Database& c) -> d::Result<PolicyGuideDetail> {
    PolicyGuideRepository repo(c);
    auto p = repo.find(id);
    if (!p) return policyNotFound();
    decorate(*p, std::nullopt, today());
    return PolicyGuideDetail{std::move(*p), repo.versions(id)};
  });
}

d::Result<wire::PolicyGuideView> PolicyGuideService::create(const auth::AuthContext& who,
                                                            const d::PolicyGuideDraft& draft,
                                                            const std::string& address) {
  if (auto valid = d::validatePolicyGuide(draft, today()); !valid) return valid.error();
  const long long now = nowUnix();
  return m_db.write([&](SQLite::Database& c) -> d::Result<wire::PolicyGuideView> {
    SQLite::Transaction tx(c, SQLite::TransactionBehavior::IMMEDIATE);
    PolicyGuideRepository repo(c);
    const long long id = repo.insert(draft, accountOf(who), now);
    auto created = repo.find(id);
    appendPolicyGuideAudit(c, who, address, now, audit::AuditAction::PolicyGuideCreated, id, nullptr, policyContentJson(*created));
    tx.commit();
    decorate(*created, std::nullopt, today());
    return *created;
  });
}

d::Result<wire::PolicyGuideView> PolicyGuideService::update(const auth::AuthContext& who, long long id,
                                                            const d::PolicyGuideDraft& draft,
                                                            const std::string& address) {
  if (auto valid = d::validatePolicyGuide(draft, today()); !valid) return valid.error();
  const long long now = nowUnix();
  return m_db.write([&](SQLite::Database& c) -> d::Result<wire::PolicyGuideView> {
    SQLite::Transaction tx(c, SQLite::TransactionBehavior::IMMEDIATE);
    PolicyGuideRepository repo(c);
    auto before = repo.find(id);
    if (!before) return policyNotFound();
    const bool versioned = before->state != d::PublicationState::Draft;
    const int version = versioned ? before->version + 1 : before->version;
    repo.update(id, draft, version, now);
    if (versioned) repo.saveVersion(id, version, draft, accountOf(who), now);
    auto after = repo.find(id);
    appendPolicyGuideAudit(c, who, address, now, audit::AuditAction::PolicyGuideEdited, id, policyContentJson(*before), policyContentJson(*after));
    tx.commit();
    decorate(*after, std::nullopt, today());
    return *after;
  });
}

d::Result<wire::PolicyGuideView> PolicyGuideService::publish(const auth::AuthContext& who, long long id,
                                                             const std::string& address) {
  const long long now = nowUnix();
  return m_db.write([&](SQLite::Database& c) -> d::Result<wire::PolicyGuideView> {
    SQLite::Transaction tx(c, SQLite::TransactionBehavior::IMMEDIATE);
    PolicyGuideRepository repo(c);
    auto before = repo.find(id);
    if (!before) return policyNotFound();
    auto next = d::publicationAfter(before->state, d::PublicationAction::Publish);
    if (!next) return next.error();
    if (before->publishedAt.empty()) repo.saveVersion(id, before->version, before->content, accountOf(who), now);
    repo.setState(id, next.value(), now);
    auto after = repo.find(id);
    appendPolicyGuideAudit(c, who, address, now, audit::AuditAction::PolicyGuidePublished, id,
                nlohmann::json{{"state", d::publicationStateKey(before->state)}},
                nlohmann::json{{"version", after->version}});
    tx.commit();
    decorate(*after, std::nullopt, today());
    return *after;
  });
}

d::Result<wire::PolicyGuideView> PolicyGuideService::withdraw(const auth::AuthContext& who, long long id,
                                                              const std::string& address) {
  const long long now = nowUnix();
  return m_db.write([&](SQLite::Database& c) -> d::Result<wire::PolicyGuideView> {
    SQLite::Transaction tx(c, SQLite::TransactionBehavior::IMMEDIATE);
    PolicyGuideRepository repo(c);
    auto before = repo.find(id);
    if (!before) return policyNotFound();
    auto next = d::publicationAfter(before->state, d::PublicationAction::Withdraw);
    if (!next) return next.error();
    repo.setState(id, next.value(), now);
    auto after = repo.find(id);
    appendPolicyGuideAudit(c, who, address, now, audit::AuditAction::PolicyGuideWithdrawn, id,
                nlohmann::json{{"state", d::publicationStateKey(before->state)}},
                nlohmann::json{{"state", d::publicationStateKey(after->state)}});
    tx.commit();
    decorate(*after, std::nullopt, today());
    return *after;
  });
}

d::Page<wire::PolicyGuideView> PolicyGuideService::readerList(const auth::AuthContext& who, const d::PageRequest& asked,
                                                              bool unreadOnly, bool validOnly) {
  const d::Date day = today();
  return m_db.read([&](SQLite::Database& c) {
    PolicyGuideRepository repo(c);
    const auto fit = fitOf(c, who);
    const auto read = repo.readIds(who.accountId);
    struct Ranked {
      PolicyGuideHeader header;
      int rank = 0;  // 2: relevant, 1: general, 0: for other industries or regions
    };
    std::vector<Ranked> rows;
    for (auto& h : repo.publishedHeaders(asked.query)) {
      if (unreadOnly && read.contains(h.id)) continue;
      int rank = 1;
      if (fit) {
        auto f = d::policyFit(h.industryGroupIds, h.regionIds, fit->industryGroupId, fit->regionId);
        rank = !f ? 0 : *f >= 1 ? 2 : 1;
      }
      rows.push_back({std::move(h), rank});
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Ranked& a, const Ranked& b) {
      if (a.rank != b.rank) return a.rank > b.rank;
      if (a.header.issuedOn != b.header.issuedOn) return a.header.issuedOn > b.header.issuedOn;
      return a.header.id > b.header.id;
    });
    std::vector<wire::PolicyGuideView> all;
    d::Page<wire::PolicyGuideView> page;
    page.pageSize = asked.pageSize;
    // Expiry needs the stored date: read the candidates when filtering on it, else only the page.
    std::vector<long long> ids;
    for (const auto& r : rows) ids.push_back(r.header.id);
    if (validOnly) {
      std::vector<long long> valid;
      for (long long id : ids) {
        auto p = repo.find(id);
        if (p && d::policyValidity(p->content.validUntil, day) == d::PolicyValidity::Valid) valid.push_back(id);
      }
      ids = std::move(valid);
    }
    page.total = static_cast<long long>(ids.size());
    page.page = std::min(asked.page, d::pageCount(page.total, asked.pageSize));
    d::PageRequest landed = asked;
    landed.page = page.page;
    for (long long i = d::pageOffset(landed); i < page.total && static_cast<int>(page.items.size()) < page.pageSize; ++i) {
      auto p = repo.find(ids[static_cast<std::size_t>(i)]);
      if (!p) continue;
      decorate(*p, fit, day);
      p->read = read.contains(p->id);
      page.items.push_back(std::move(*p));
    }
    return page;
  });
}

d::Result<wire::PolicyGuideView> PolicyGuideService::readerGet(const auth::AuthContext& who, long long id) {
  return m_db.read([&](SQLite::Database& c) -> d::Result<wire::PolicyGuideView> {
    PolicyGuideRepository repo(c);
    auto p = repo.find(id);
    if (!p || p->state != d::PublicationState::Published) return policyNotFound();
    decorate(*p, fitOf(c, who), today());
    p->read = repo.readIds(who.accountId).contains(id);
    return *p;
  });
}

d::Result<wire::PolicyGuideView> PolicyGuideService::markRead(const auth::AuthContext& who, long long id) {
  const long long now = nowUnix();
  return m_db.write([&](SQLite::Database& c) -> d::Result<wire::PolicyGuideView> {
    SQLite::Transaction tx(c, SQLite::TransactionBehavior::IMMEDIATE);
    PolicyGuideRepository repo(c);
    auto p = repo.find(id);
    if (!p || p->state != d::PublicationState::Published) return policyNotFound();
    repo.markRead(id, who.accountId, now);
    tx.commit();
    decorate(*p, fitOf(c, who), today());
    p->read = true;
    return *p;
  });
}

}  // namespace qinqing::backend::content
