// Reading petitions: the lists of the menus (boxes) and one petition's whole detail. Both honour
// the caller's scope (auth/scope.cpp); a petition outside it reads exactly like a missing one.
// No writes here; PetitionService changes petitions and tells the count cache.
#pragma once

#include <SQLiteCpp/Database.h>

#include <atomic>
#include <chrono>
#include <memory>
#include <mutex>
#include <shared_mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "auth/auth_context.hpp"
#include "qinqing/calendar/holiday_calendar.hpp"
#include "qinqing/core/result.hpp"
#include "qinqing/org/paging.hpp"
#include "qinqing/petition/petition_boxes.hpp"
#include "qinqing/petition/petition_view.hpp"

namespace qinqing::backend::petition {

// Totals of the lists, kept until the next petition change. Counting a box of 150,000 petitions
// costs milliseconds on every page turn; a clerk's list is read far more often than petitions
// change, so the total is counted once per change (issue 5 benchmark: a naive COUNT per page
// reached 11 % of the raw request rate). Entries also age out after a minute: a calendar change
// moves deadlines inside the calendar's own transaction, where no after-commit hook can run.
class PetitionCountCache {
public:
  // Every committed petition change calls this; later reads count afresh.
  void invalidate() { m_generation.fetch_add(1, std::memory_order_acq_rel); }
  long long generation() const { return m_generation.load(std::memory_order_acquire); }

  std::optional<long long> find(const std::string& key, long long generation);
  void store(const std::string& key, long long generation, long long total);

  // Whole list pages as sent (JSON text), under the same rule: a page is valid until the next
  // petition change, and its key names the CST day, so deadline texts ("今日到期") stay exact.
  std::shared_ptr<const std::string> findPage(const std::string& key, long long generation);
  void storePage(const std::string& key, long long generation, std::string body);

private:
  struct Entry {
    long long generation = 0;
    long long total = 0;
    std::chrono::steady_clock::time_point storedAt;
  };
  std::atomic<long long> m_generation{0};
  std::shared_mutex m_mutex;  // many readers hit at once; stores are rare
  std::unordered_map<std::string, Entry> m_entries;
  struct PageEntry {
    long long generation = 0;
    std::shared_ptr<const std::string> body;  // shared: a hit copies it outside the lock
    std::chrono::steady_clock::time_point storedAt;
  };
  std::unordered_map<std::string, PageEntry> m_pages;
};

// The key of a list page for the page cache: the caller's role and scope, the query and the CST
// day of now (users who see the same petitions share entries).
std::string petitionListCacheKey(const auth::AuthContext& who, const domain::PetitionListQuery& query, long long now);

// The box's page for the caller. Forbidden when the role has no such list.
domain::Result<domain::Page<domain::PetitionSummary>> listPetitions(SQLite::Database& db, const auth::AuthContext& who,
                                                                    const domain::PetitionListQuery& query,
                                                                    const domain::HolidayCalendar& calendar,
                                                                    long long now, PetitionCountCache& counts);

// The summaries of these petitions (a page of a report cell), in the order given, leaving out any
// outside the caller's scope.
std::vector<domain::PetitionSummary> petitionSummariesOf(SQLite::Database& db, const auth::AuthContext& who,
                                                         const std::vector<long long>& ids,
                                                         const domain::HolidayCalendar& calendar, long long now);

// How many petitions wait in each of the caller's boxes that ask for action (menu badges).
std::vector<std::pair<domain::PetitionBox, long long>> petitionBoxCounts(SQLite::Database& db,
                                                                        const auth::AuthContext& who,
                                                                        long long now, PetitionCountCache& counts);

// Everything about one petition the caller may see, with the actions the caller may take now.
// NotFound outside the caller's scope.
domain::Result<domain::PetitionDetail> loadPetitionDetail(SQLite::Database& db, const auth::AuthContext& who,
                                                          long long id, const domain::HolidayCalendar& calendar,
                                                          long long now);

}  // namespace qinqing::backend::petition
