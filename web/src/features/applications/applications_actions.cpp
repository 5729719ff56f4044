#include "features/applications/applications_actions.hpp"

#include <nlohmann/json.hpp>

#include "app/dispatch.hpp"
#include "qinqing/identity/activation.hpp"
#include "qinqing/wire/activation_json.hpp"
#include "qinqing/wire/application_json.hpp"
#include "qinqing/wire/error_json.hpp"
#include "qinqing/wire/org_json.hpp"
#include "app/reply.hpp"
#include "app/request.hpp"

namespace qinqing::web {
namespace {

// A reply carrying one application, applied to the review screen's open detail and list row.
void applyReviewed(AppState& state, const HttpReply& reply, const std::string& message) {
  ApplicationReviewState& r = state.applicationReview;
  auto application = wire::applicationFromJson(parsedReply(reply));
  if (!application) {
    r.feedback.formError = application.error().message;
    return;
  }
  r.detail = std::move(application).value();
  r.decision = ApplicationReviewState::Decision::None;
  r.confirming = false;
  r.chosen.reset();
  r.reason.clear();
  r.feedback.message = message;
  loadApplications(state);  // the row leaves the 待审核 filter
}

}  // namespace

void openApplicationReview(AppState& state) {
  ApplicationReviewState& r = state.applicationReview;
  r.openId = 0;
  r.detail.reset();
  r.feedback.clear();
  loadApplications(state);
}

void loadApplications(AppState& state) {
  ApplicationReviewState& r = state.applicationReview;
  const std::string filter = r.statusFilter.empty() ? "" : "&status=" + r.statusFilter;
  loadListPage(state, r.list, api::path<api::applications::list>(), filter, wire::applicationFromJson, "申请列表");
}

void openApplication(AppState& state, long long id) {
  ApplicationReviewState& r = state.applicationReview;
  r.openId = id;
  r.detail.reset();
  r.detailError.clear();
  r.decision = ApplicationReviewState::Decision::None;
  r.chosen.reset();
  r.confirming = false;
  r.reason.clear();
  r.feedback.clear();
  r.cadres = {};
  if (id == 0) return;
  r.detailLoading = true;
  sendSignedIn(state, "GET", api::path<api::applications::one>(id), "", ReplyGuard{{&state.applicationReview.detailLoading}, [&state, id] { return state.applicationReview.openId == id; }}, [&state](const HttpReply& reply) {
    ApplicationReviewState& rs = state.applicationReview;
    if (reply.status != 200) {
      rs.detailError = "申请加载失败：" + replyError(reply).message;
      return;
    }
    auto application = wire::applicationFromJson(parsedReply(reply));
    if (!application) {
      rs.detailError = application.error().message;
      return;
    }
    rs.detail = std::move(application).value();
  });
}

void searchApplicationCadres(AppState& state) {
  auto& list = state.applicationReview.cadres;
  list.request.pageSize = 8;
  loadListPage(state, list, api::path<api::cadres::list>(), "", wire::cadreSummaryFromJson, "干部列表");
}

void approveApplication(AppState& state) {
  ApplicationReviewState& r = state.applicationReview;
  r.feedback.clear();
  const domain::ApplicationApproval approval{r.chosen ? r.chosen->id : 0};
  if (auto valid = domain::validateApplicationApproval(approval); !valid) {
    r.feedback.fieldErrors = valid.error().fields;
    r.confirming = false;
    return;
  }
  r.feedback.saving = true;
  sendSignedIn(state, "POST", api::path<api::applications::approve>(r.openId),
       wire::applicationApprovalToJson(approval).dump(), ReplyGuard{{&state.applicationReview.feedback.saving, &state.applicationReview.confirming}}, [&state](const HttpReply& reply) {
         ApplicationReviewState& rs = state.applicationReview;
         if (reply.status != 200) return applyFormError(reply, rs.feedback);
         applyReviewed(state, reply, "已通过：企业账号已开通（待激活），已短信通知企业联络员和包联干部。");
       });
}

void rejectApplication(AppState& state) {
  ApplicationReviewState& r = state.applicationReview;
  r.feedback.clear();
  domain::ApplicationRejection rejection{r.reason};
  if (auto valid = domain::validateApplicationRejection(rejection); !valid) {
    r.feedback.fieldErrors = valid.error().fields;
    return;
  }
  r.feedback.saving = true;
  sendSignedIn(state, "POST", api::path<api::applications::reject>(r.openId),
       wire::applicationRejectionToJson(rejection).dump(), ReplyGuard{{&state.applicationReview.feedback.saving}}, [&state](const HttpReply& reply) {
         ApplicationReviewState& rs = state.applicationReview;
         if (reply.status != 200) return applyFormError(reply, rs.feedback);
         applyReviewed(state, reply, "已驳回：申请人可凭申请编号查看驳回理由。");
       });
}

// [SECTION] The intents' handlers: one perform() per intent (std::visit in app/dispatch.cpp).
void perform(AppState& state, const LoadApplications& /*intent*/) { loadApplications(state); }
void perform(AppState& state, const OpenApplication& intent) { openApplication(state, intent.id); }
void perform(AppState& state, const SearchApplicationCadres& /*intent*/) { searchApplicationCadres(state); }
void perform(AppState& state, const ApproveApplication& /*intent*/) { approveApplication(state); }
void perform(AppState& state, const RejectApplication& /*intent*/) { rejectApplication(state); }

}  // namespace qinqing::web
