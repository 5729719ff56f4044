// A client as main.cpp builds it, minus the browser: AppState, Dispatch, the features' registry,
// and fakes of platform/ reset for every test.
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "app/dispatch.hpp"
#include "app/screen_registry.hpp"
#include "fake_http_client.hpp"
#include "fake_platform.hpp"
#include "qinqing/identity/role.hpp"

namespace qinqing::web::test {

class WebClientTest : public ::testing::Test {
protected:
  WebClientTest();
  ~WebClientTest() override;

  // Dispatches the action and performs it, as the frame loop does between frames.
  void act(Action action);
  // A session for the role (token "t-<role>"), on the home screen, without any request sent.
  void signIn(domain::Role role);
  // The paths of the requests sent, "METHOD path" each.
  std::vector<std::string> sentLines() const;
  // Answers every unanswered request with the status (and body).
  void answerAll(int status, const std::string& body = "{}");

  ScreenRegistry m_registry;
  AppState m_state;
  Dispatch m_dispatch{m_state};
};

}  // namespace qinqing::web::test
