#include "import/assignment_importer.hpp"

#include <SQLiteCpp/Transaction.h>

#include <nlohmann/json.hpp>

#include "repositories/plan_repository.hpp"
#include "import/table_file.hpp"
#include "qinqing/wire/import_json.hpp"
#include "repositories/audit_repository.hpp"
#include "util/sha256.hpp"

namespace qinqing::backend::import {
namespace {

// The rows of the file, or a plan holding the one problem that it is not a readable table.
std::optional<domain::PlanTable> readTable(std::string_view bytes, ImportOutcome& outcome, const ImportProgress& progress) {
  outcome.sha256 = sha256Hex(bytes);
  if (progress) progress(domain::ImportPhase::Reading, 0, 0);
  auto rows = readTableFile(bytes);
  if (!rows) {
    outcome.plan.problems.push_back({0, "", rows.error().message});
    outcome.plan.summary.problems = 1;
    return std::nullopt;
  }
  return domain::planTableFromRows(rows.value());
}

domain::PlanProgress checking(const ImportProgress& progress, std::size_t total) {
  if (!progress) return {};
  progress(domain::ImportPhase::Checking, 0, static_cast<long long>(total));
  return [progress, total](std::size_t done) {
    progress(domain::ImportPhase::Checking, static_cast<long long>(done), static_cast<long long>(total));
  };
}

}  // namespace

AssignmentImporter::AssignmentImporter(db::Database& database, Clock clock, std::function<void()> onSmsEnqueued)
    : m_db(database), m_clock(std::move(clock)), m_onSmsEnqueued(std::move(onSmsEnqueued)) {}

ImportOutcome AssignmentImporter::check(std::string_view bytes, const ImportProgress& progress) {
  ImportOutcome outcome;
  auto table = readTable(bytes, outcome, progress);
  if (!table) return outcome;
  auto lookups = m_db.read([](SQLite::Database& c) { return PlanRepository(c).loadLookups(); });
  outcome.plan = domain::planAssignments(*table, lookups, checking(progress, table->rows.size()));
  return outcome;
}

ImportOutcome AssignmentImporter::apply(std::string_view bytes, const std::string& fileName,
                                        const audit::AuditActor& actor, const ImportProgress& progress) {
  ImportOutcome outcome;
  auto table = readTable(bytes, outcome, progress);
  if (!table) return outcome;
  const long long now = toUnixSeconds(m_clock());
  m_db.write([&](SQLite::Database& c) {
    SQLite::Transaction tx(c, SQLite::TransactionBehavior::IMMEDIATE);
    PlanRepository repository(c);
    outcome.plan = domain::planAssignments(*table, repository.loadLookups(), checking(progress, table->rows.size()));
    if (!outcome.plan.clean()) return;  // refused whole: the transaction rolls back
    const long long total = static_cast<long long>(outcome.plan.enterprises.size());
    if (progress) progress(domain::ImportPhase::Writing, 0, total);
    repository.write(outcome.plan, now, [&](std::size_t done) {
      if (progress) progress(domain::ImportPhase::Writing, static_cast<long long>(done), total);
    });

    nlohmann::json after = wire::planSummaryToJson(outcome.plan.summary);
    after["file_name"] = fileName;
    after["sha256"] = outcome.sha256;
    AuditRepository(c).append(
        audit::entryOf(actor, now, audit::AuditAction::PlanImported, "assignment_plan", outcome.sha256, nullptr, after));
    tx.commit();
    outcome.applied = true;
  });
  if (outcome.applied && outcome.plan.summary.smsNotices > 0 && m_onSmsEnqueued) m_onSmsEnqueued();
  return outcome;
}

}  // namespace qinqing::backend::import
