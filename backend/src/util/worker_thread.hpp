// WorkerThread: one background thread that runs a pass, then sleeps until woken, stopped or a
// wait elapses, and again — the loop JobScheduler and SmsSender share. A pass that throws is
// logged (with the owner's prefix) and the loop goes on: the thread must outlive a busy or failing
// database. wake() during a pass is not lost: the next sleep returns at once.
//
// Thread-safe: start, stop, wake and stopRequested may be called from any thread; pass and
// nextWait run on the worker thread only, without the worker's lock held.
#pragma once

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <string>
#include <thread>

namespace qinqing::backend {

class WorkerThread {
public:
  using Pass = std::function<void()>;
  // How long to sleep after a pass (asked after every pass).
  using NextWait = std::function<std::chrono::milliseconds()>;

  // logPrefix opens the error line of a failed pass ("短信发送线程出错 / sms sender failed: ").
  WorkerThread(std::string logPrefix, Pass pass, NextWait nextWait);
  ~WorkerThread();  // stop()
  WorkerThread(const WorkerThread&) = delete;
  WorkerThread& operator=(const WorkerThread&) = delete;

  // Starts the thread; false (and nothing happens) when it already runs.
  bool start();
  // Asks the thread to stop after the pass in flight and joins it. Idempotent; start() may follow.
  void stop();
  // Ends the current sleep now (or the next one, if a pass is running). Fine without a thread.
  void wake();
  bool running() const;
  // True once stop() was asked: long passes check it between steps.
  bool stopRequested() const;

private:
  void loop();

  std::string m_logPrefix;
  Pass m_pass;
  NextWait m_nextWait;

  mutable std::mutex m_mutex;
  std::condition_variable m_cv;
  bool m_stop = false;
  bool m_woken = false;
  std::thread m_thread;
};

}  // namespace qinqing::backend
