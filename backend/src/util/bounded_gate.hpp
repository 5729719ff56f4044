// BoundedGate: at most N holders at once, and a bounded wait to become one. The password hasher
// holds 64 MiB per computation, so it lets only a core's worth run; under a flood of logins the
// rest would otherwise queue without end, each holding a server thread. Past the wait a caller
// gets GateBusy, which the server answers with 503 service_busy and Retry-After.
#pragma once

#include <chrono>
#include <semaphore>
#include <stdexcept>

namespace qinqing::backend {

struct GateBusy : std::runtime_error {
  GateBusy() : std::runtime_error("gate busy: every slot is held and the wait ran out") {}
};

class BoundedGate {
public:
  BoundedGate(int slots, std::chrono::milliseconds maxWait) : m_slots(slots), m_maxWait(maxWait) {}

  // Holds one slot for its lifetime; throws GateBusy if none came free within the wait.
  class Pass {
  public:
    explicit Pass(BoundedGate& gate) : m_gate(gate) {
      if (!m_gate.m_slots.try_acquire_for(m_gate.m_maxWait)) throw GateBusy();
    }
    ~Pass() { m_gate.m_slots.release(); }
    Pass(const Pass&) = delete;
    Pass& operator=(const Pass&) = delete;

  private:
    BoundedGate& m_gate;
  };

private:
  std::counting_semaphore<1024> m_slots;
  std::chrono::milliseconds m_maxWait;
};

}  // namespace qinqing::backend
