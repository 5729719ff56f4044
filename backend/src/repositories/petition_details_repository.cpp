#include "repositories/petition_details_repository.hpp"

#include <SQLiteCpp/Statement.h>

namespace qinqing::backend::report {
namespace d = qinqing::domain;
namespace {

// The final holder's sign and result clocks are the last of each kind (a re-routed petition starts
// a new sign clock), as readScoredPetition reads them.
constexpr const char* kSelect =
    "SELECT p.id, p.number, p.title, e.name, COALESCE(r.name, ''), COALESCE(g.name, ''), COALESCE(c.name, ''), "
    "COALESCE(u.name, hr.name, ''), p.state, p.submitted_at, "
    "(SELECT max(x.at) FROM petition_events x WHERE x.petition_id = p.id AND x.action = 'dispatch'), "
    "COALESCE(sc.extended_due_at, sc.due_at), sc.finished_at, f.signed_on_time, f.signed_late, "
    "COALESCE(rc.extended_due_at, rc.due_at), rc.finished_at, f.finished_on_time, f.finished_late, "
    "(SELECT count(*) FROM petition_extensions x WHERE x.petition_id = p.id AND x.status = 'approved'), "
    "t.rating, t.rated_at, f.rectified, f.appeal_upheld "
    "FROM petition_report_facts f JOIN petitions p ON p.id = f.petition_id "
    "JOIN enterprises e ON e.id = p.enterprise_id "
    "LEFT JOIN regions r ON r.id = p.region_id "
    "LEFT JOIN industry_groups g ON g.id = p.industry_group_id "
    "LEFT JOIN cadres c ON c.id = p.cadre_id "
    "LEFT JOIN units u ON u.id = p.handler_unit_id "
    "LEFT JOIN regions hr ON hr.id = p.handler_region_id "
    "LEFT JOIN petition_clocks sc ON sc.id = (SELECT max(k.id) FROM petition_clocks k WHERE k.petition_id = p.id AND k.kind = 'sign') "
    "LEFT JOIN petition_clocks rc ON rc.id = (SELECT max(k.id) FROM petition_clocks k WHERE k.petition_id = p.id AND k.kind = 'result') "
    "LEFT JOIN petition_ratings t ON t.id = (SELECT t2.id FROM petition_ratings t2 WHERE t2.petition_id = p.id "
    "ORDER BY t2.round DESC, t2.id DESC LIMIT 1)";

std::string orderOf(const d::PageRequest& request) {
  const d::DetailSort sort = d::detailSortFromKey(request.sort).value_or(d::DetailSort::Submitted);
  // With no sort asked for, newest first; a chosen column sorts as asked.
  const bool descending = request.sort.empty() ? true : request.descending;
  const std::string dir = descending ? " DESC" : " ASC";
  switch (sort) {
    case d::DetailSort::Submitted: return " ORDER BY f.received_day" + dir + ", p.submitted_at" + dir + ", f.petition_id" + dir;
    case d::DetailSort::Number: return " ORDER BY p.number" + dir;
    case d::DetailSort::SignDue:
      return " ORDER BY COALESCE(sc.extended_due_at, sc.due_at) IS NULL, COALESCE(sc.extended_due_at, sc.due_at)" + dir +
             ", f.petition_id" + dir;
    case d::DetailSort::FinishDue:
      return " ORDER BY COALESCE(rc.extended_due_at, rc.due_at) IS NULL, COALESCE(rc.extended_due_at, rc.due_at)" + dir +
             ", f.petition_id" + dir;
  }
  return " ORDER BY f.petition_id DESC";
}

// The filter's WHERE with the free text (number, title or enterprise) added.
Where whereWithText(const ReportFilter& filter, const std::string& text, bool joined) {
  Where w = reportFilterWhere(filter);
  if (text.empty()) return w;
  // The count runs without the joins: it reaches the petition and enterprise through subqueries.
  w.sql += joined ? " AND (instr(p.number, ?) > 0 OR instr(p.title, ?) > 0 OR instr(e.name, ?) > 0)"
                  : " AND f.petition_id IN (SELECT p.id FROM petitions p JOIN enterprises e ON e.id = p.enterprise_id "
                    "WHERE instr(p.number, ?) > 0 OR instr(p.title, ?) > 0 OR instr(e.name, ?) > 0)";
  return w;
}

void bindWhere(SQLite::Statement& s, const Where& w, const std::string& text) {
  int index = 1;
  // The scope's and period's parameters come first, then the text's three.
  for (long long p : w.params) s.bind(index++, static_cast<int64_t>(p));
  if (!text.empty())
    for (int i = 0; i < 3; ++i) s.bind(index++, text);
}

std::optional<d::Instant> detailInstantOf(const SQLite::Column& c) {
  if (c.isNull()) return std::nullopt;
  return d::Instant::fromUnixSeconds(c.getInt64());
}

d::PetitionDetailRow rowOf(SQLite::Statement& s, d::Instant now) {
  d::PetitionDetailRow row;
  row.id = s.getColumn(0).getInt64();
  row.number = s.getColumn(1).getString();
  row.title = s.getColumn(2).getString();
  row.enterprise = s.getColumn(3).getString();
  row.region = s.getColumn(4).getString();
  row.industryGroup = s.getColumn(5).getString();
  row.cadre = s.getColumn(6).getString();
  row.handler = s.getColumn(7).getString();
  row.state = d::petitionStateFromKey(s.getColumn(8).getString()).value_or(d::PetitionState::PendingReview);
  row.submittedAt = detailInstantOf(s.getColumn(9));
  row.dispatchedAt = detailInstantOf(s.getColumn(10));
  row.signDue = detailInstantOf(s.getColumn(11));
  row.signedAt = detailInstantOf(s.getColumn(12));
  row.signResult = d::stepResultOf(s.getColumn(13).getInt() != 0, s.getColumn(14).getInt() != 0, row.signDue,
                                   row.signedAt, now);
  row.finishDue = detailInstantOf(s.getColumn(15));
  row.finishedAt = detailInstantOf(s.getColumn(16));
  row.finishResult = d::stepResultOf(s.getColumn(17).getInt() != 0, s.getColumn(18).getInt() != 0, row.finishDue,
                                     row.finishedAt, now);
  row.extensions = s.getColumn(19).getInt();
  if (!s.getColumn(20).isNull()) row.rating = d::ratingFromKey(s.getColumn(20).getString());
  row.ratedAt = detailInstantOf(s.getColumn(21));
  row.rectified = s.getColumn(22).getInt() != 0;
  row.appealUpheld = s.getColumn(23).getInt() != 0;
  return row;
}

}  // namespace

long long PetitionDetailsRepository::count(const ReportFilter& filter, const std::string& text) {
  const Where w = whereWithText(filter, text, false);
  SQLite::Statement s(m_db, "SELECT count(*) FROM petition_report_facts f" + w.sql);
  bindWhere(s, w, text);
  s.executeStep();
  return s.getColumn(0).getInt64();
}

d::Page<d::PetitionDetailRow> PetitionDetailsRepository::page(const ReportFilter& filter, const d::PageRequest& request,
                                                              long long now) {
  d::Page<d::PetitionDetailRow> out;
  out.page = request.page;
  out.pageSize = request.pageSize;
  out.total = count(filter, request.query);
  const Where w = whereWithText(filter, request.query, true);
  SQLite::Statement s(m_db, std::string(kSelect) + w.sql + orderOf(request) + " LIMIT ? OFFSET ?");
  bindWhere(s, w, request.query);
  int index = static_cast<int>(w.params.size()) + (request.query.empty() ? 1 : 4);
  s.bind(index++, request.pageSize);
  s.bind(index, static_cast<int64_t>(d::pageOffset(request)));
  const d::Instant at = d::Instant::fromUnixSeconds(now);
  while (s.executeStep()) out.items.push_back(rowOf(s, at));
  return out;
}

void PetitionDetailsRepository::forEach(const ReportFilter& filter, const d::PageRequest& request, long long now,
                                        const std::function<bool(const d::PetitionDetailRow&)>& fn) {
  const Where w = whereWithText(filter, request.query, true);
  SQLite::Statement s(m_db, std::string(kSelect) + w.sql + orderOf(request));
  bindWhere(s, w, request.query);
  const d::Instant at = d::Instant::fromUnixSeconds(now);
  while (s.executeStep())
    if (!fn(rowOf(s, at))) return;
}

}  // namespace qinqing::backend::report
