#include "util/worker_thread.hpp"

#include <exception>

#include "util/log.hpp"

namespace qinqing::backend {

WorkerThread::WorkerThread(std::string logPrefix, Pass pass, NextWait nextWait)
    : m_logPrefix(std::move(logPrefix)), m_pass(std::move(pass)), m_nextWait(std::move(nextWait)) {}

WorkerThread::~WorkerThread() { stop(); }

bool WorkerThread::start() {
  std::lock_guard lock(m_mutex);
  if (m_thread.joinable()) return false;
  m_stop = false;
  m_thread = std::thread([this] { loop(); });
  return true;
}

void WorkerThread::stop() {
  {
    std::lock_guard lock(m_mutex);
    if (!m_thread.joinable()) return;
    m_stop = true;
  }
  m_cv.notify_all();
  m_thread.join();
  std::lock_guard lock(m_mutex);
  m_thread = std::thread();
}

void WorkerThread::wake() {
  {
    std::lock_guard lock(m_mutex);
    m_woken = true;
  }
  m_cv.notify_all();
}

bool WorkerThread::running() const {
  std::lock_guard lock(m_mutex);
  return m_thread.joinable();
}

bool WorkerThread::stopRequested() const {
  std::lock_guard lock(m_mutex);
  return m_stop;
}

void WorkerThread::loop() {
  while (!stopRequested()) {
    try {
      m_pass();
    } catch (const std::exception& e) {
      logError(m_logPrefix + e.what());
    }
    const auto wait = m_nextWait();
    std::unique_lock lock(m_mutex);
    m_cv.wait_for(lock, wait, [this] { return m_stop || m_woken; });
    m_woken = false;
  }
}

}  // namespace qinqing::backend
