// SmsSender: the thread inside `qinqing serve` that delivers the outbox (issue 5 "SMS").
//
// It looks at the outbox when woken (wake(), called after a commit that enqueued a message) and at
// least every Options::idleWait, and for each pending message due now:
//  - a notice during the quiet hours (22:00–07:00 CST) is postponed to 07:00, unsent;
//  - a code older than its 10 minutes is given up unsent (failed, "验证码已过期，未发送");
//  - otherwise the gateway gets it, outside every database lock. Delivered → sent. Retry → tried
//    again after the back-off of sms/sms_schedule.hpp (and not before 07:00 for a notice);
//    Rejected, or out of attempts → failed.
// Each outcome is written in its own transaction. The sender's bookkeeping is not written to the
// audit log: it is no account's action, and sms_outbox is itself the delivery record.
//
// stop() (also from the destructor) ends the thread after the message in flight; messages still
// pending stay in the outbox and go after the next start. One sender per database: two would each
// deliver the same messages.
#pragma once

#include <chrono>
#include <mutex>
#include <thread>

#include "db/database.hpp"
#include "sms/sms_gateway.hpp"
#include "util/clock.hpp"
#include "util/worker_thread.hpp"

namespace qinqing::backend::sms {

class SmsSender {
public:
  struct Options {
    std::chrono::milliseconds idleWait = std::chrono::seconds(1);  // longest sleep between looks
    int batchSize = 50;                                             // messages read per query
  };

  struct PassReport {
    int delivered = 0;
    int retried = 0;    // failed this time, will be tried again
    int failed = 0;     // given up
    int postponed = 0;  // quiet hours
    bool operator==(const PassReport&) const = default;
  };

  // The database and gateway must outlive the sender.
  SmsSender(db::Database& database, SmsGateway& gateway, Clock clock);
  SmsSender(db::Database& database, SmsGateway& gateway, Clock clock, Options options);
  ~SmsSender();
  SmsSender(const SmsSender&) = delete;
  SmsSender& operator=(const SmsSender&) = delete;

  // Starts the thread; a second call does nothing.
  void start();
  // Stops and joins the thread, after the message in flight. Idempotent; start() may follow.
  void stop();
  // Asks the thread to look at the outbox now. Cheap, thread-safe, fine without a running thread.
  void wake();

  // One pass: every message due at the clock's now, handled as above. The thread runs this; tests
  // call it directly (without start()) to step through deliveries. Throws SQLite::Exception.
  PassReport deliverDue();

private:
  db::Database& m_db;
  SmsGateway& m_gateway;
  Clock m_clock;
  Options m_options;

  WorkerThread m_worker;  // last: its thread uses the members above
};

}  // namespace qinqing::backend::sms
