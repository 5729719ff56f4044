// The petition's contact mobile (issue 14, privacy): the enterprise sees its own number; cadres,
// dispatchers, units and the inspector see 138****1234 in the detail and on the 分办单; those who
// call may reveal it, one audited reveal at a time; a cadre's approving edit that carries the
// masked number back keeps the stored one.
#include <gtest/gtest.h>

#include "petition_test_support.hpp"

using namespace qinqing::backend::testsupport;
using qinqing::domain::PetitionAction;
using Status = httplib::StatusCode;

namespace {

std::string contactMobileOf(PetitionApi& api, const std::string& token, long long id) {
  return bodyJson(api.get(token, "/api/petitions/" + std::to_string(id)))["content"]["contact_mobile"];
}

}  // namespace

TEST(PetitionContact, OnlyTheEnterpriseSeesItsNumberInFullOthersSeeItMasked) {
  TestServer server;
  PetitionApi api(server);
  const auto petition = api.submitNew();
  const long long id = petition.summary.id;
  EXPECT_EQ(contactMobileOf(api, api.enterprise(), id), "13871230000");
  EXPECT_EQ(contactMobileOf(api, api.cadre(), id), "138****0000");
  // The versions are masked as well.
  auto detail = bodyJson(api.get(api.cadre(), "/api/petitions/" + std::to_string(id)));
  for (const auto& v : detail["versions"]) EXPECT_EQ(v["content"]["contact_mobile"], "138****0000");
  EXPECT_EQ(detail.dump().find("13871230000"), std::string::npos);

  api.actOk(api.cadre(), id, PetitionAction::Approve);
  EXPECT_EQ(contactMobileOf(api, api.cityDispatcher(), id), "138****0000");
  EXPECT_EQ(contactMobileOf(api, api.inspector(), id), "138****0000");
}

TEST(PetitionContact, ThoseWhoCallRevealItAuditedTheInspectorMayNot) {
  TestServer server;
  PetitionApi api(server);
  const long long id = api.submitNew().summary.id;
  const std::string path = "/api/petitions/" + std::to_string(id) + "/contact-mobile";
  auto revealed = api.post(api.cadre(), path, nlohmann::json::object());
  ASSERT_EQ(revealed->status, Status::OK_200) << revealed->body;
  EXPECT_EQ(bodyJson(revealed)["value"], "13871230000");
  EXPECT_EQ(api.scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'reveal_mobile' AND object_type = 'petition' "
                       "AND object_id = '" + std::to_string(id) + "'"),
            1);
  EXPECT_EQ(api.post(api.inspector(), path, nlohmann::json::object())->status, Status::Forbidden_403);
  EXPECT_EQ(api.post(api.enterprise(), path, nlohmann::json::object())->status, Status::Forbidden_403);
  // Outside the caller's scope the petition does not exist.
  const std::string other = api.token(qinqing::domain::Role::UnitAdmin, "十堰市住建局管理员");
  if (!other.empty()) EXPECT_EQ(api.post(other, path, nlohmann::json::object())->status, Status::NotFound_404);
}

TEST(PetitionContact, AnApprovingEditThatCarriesTheMaskedNumberBackKeepsTheStoredOne) {
  TestServer server;
  PetitionApi api(server);
  const long long id = api.submitNew().summary.id;
  auto shown = api.detail(api.cadre(), id);
  auto edited = shown.content;
  ASSERT_EQ(edited.contactMobile, "138****0000");
  edited.title = "新厂房配套道路接通协调（干部修改）";
  api.actOk(api.cadre(), id, PetitionAction::Approve, body::content(edited));
  EXPECT_EQ(contactMobileOf(api, api.enterprise(), id), "13871230000");
  EXPECT_EQ(api.scalar("SELECT COUNT(*) FROM petitions WHERE id = " + std::to_string(id) +
                       " AND contact_mobile = '13871230000' AND title LIKE '%干部修改%'"),
            1);
}
