// The password hasher's bounded wait (util/bounded_gate.hpp): a full gate refuses after its wait
// instead of queueing without end.
#include "util/bounded_gate.hpp"

#include <gtest/gtest.h>

#include <optional>

using qinqing::backend::BoundedGate;
using qinqing::backend::GateBusy;

TEST(BoundedGate, AFullGateThrowsBusyOnceTheWaitRunsOut) {
  BoundedGate gate(2, std::chrono::milliseconds(5));
  std::optional<BoundedGate::Pass> first(std::in_place, gate);
  BoundedGate::Pass second(gate);
  EXPECT_THROW(BoundedGate::Pass third(gate), GateBusy);
  first.reset();  // a slot comes free
  EXPECT_NO_THROW(BoundedGate::Pass third(gate));
}
