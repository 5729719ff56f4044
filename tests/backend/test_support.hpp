// Helpers shared by the backend tests: temporary directories, migrated in-memory databases and a
// clock the test moves by hand.
#pragma once

#include <atomic>
#include <chrono>
#include <filesystem>
#include <memory>
#include <random>
#include <string>

#include "db/database.hpp"
#include "db/migrations.hpp"
#include "util/clock.hpp"

namespace qinqing::backend::testsupport {

// A fresh directory under the system temp dir, removed with everything in it on destruction.
class TempDir {
public:
  TempDir() {
    std::random_device rd;
    m_path = std::filesystem::temp_directory_path() / ("qinqing-test-" + std::to_string(rd()) + std::to_string(rd()));
    std::filesystem::create_directories(m_path);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(m_path, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return m_path; }

private:
  std::filesystem::path m_path;
};

// 2026-03-02 09:00:00 +08:00: a fixed, ordinary working-day morning.
inline constexpr long long kTestEpoch = 1772413200;

// A clock that stands still until the test advances it. Copies share the same time.
class FakeClock {
public:
  explicit FakeClock(long long start = kTestEpoch) : m_now(std::make_shared<std::atomic<long long>>(start)) {}
  Clock clock() const {
    return [now = m_now] { return fromUnixSeconds(now->load()); };
  }
  void advance(std::chrono::seconds by) { *m_now += by.count(); }
  long long now() const { return m_now->load(); }

private:
  std::shared_ptr<std::atomic<long long>> m_now;
};

// The shipped calendar (assets/calendar/cn_calendar.json in the repository).
inline std::filesystem::path shippedCalendarFile() { return QINQING_CALENDAR_FILE; }

// An in-memory database with every migration applied.
inline std::unique_ptr<db::Database> migratedMemoryDatabase() {
  auto database = std::make_unique<db::Database>(":memory:");
  database->write([](SQLite::Database& c) { return db::applyMigrations(c, kTestEpoch); });
  return database;
}

}  // namespace qinqing::backend::testsupport
