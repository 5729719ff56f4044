// WorkerThread (util/worker_thread.hpp): the pass runs at start, again on wake() without waiting
// out the sleep, survives a throwing pass, and stop() joins; start() twice runs one thread.
#include "util/worker_thread.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>

using namespace qinqing::backend;
using namespace std::chrono_literals;

namespace {
bool waitFor(const std::atomic<int>& value, int atLeast) {
  for (int i = 0; i < 500 && value.load() < atLeast; ++i) std::this_thread::sleep_for(10ms);
  return value.load() >= atLeast;
}
}  // namespace

TEST(WorkerThread, RunsAPassAtStartAndOnEachWake) {
  std::atomic<int> passes{0};
  WorkerThread worker("test: ", [&] { ++passes; }, [] { return std::chrono::milliseconds(60s); });
  EXPECT_FALSE(worker.running());
  EXPECT_TRUE(worker.start());
  EXPECT_FALSE(worker.start());  // already running
  ASSERT_TRUE(waitFor(passes, 1));
  worker.wake();
  ASSERT_TRUE(waitFor(passes, 2));  // long before the minute's sleep ends
  worker.stop();
  EXPECT_FALSE(worker.running());
  EXPECT_TRUE(worker.stopRequested());
  worker.stop();  // idempotent
}

TEST(WorkerThread, AThrowingPassIsLoggedAndTheLoopGoesOn) {
  std::atomic<int> passes{0};
  WorkerThread worker(
      "test: ", [&] {
        ++passes;
        throw std::runtime_error("database is locked");
      },
      [] { return std::chrono::milliseconds(5); });
  worker.start();
  EXPECT_TRUE(waitFor(passes, 3));
  worker.stop();
  // start() after stop() runs again.
  const int before = passes.load();
  EXPECT_TRUE(worker.start());
  EXPECT_TRUE(waitFor(passes, before + 1));
}
