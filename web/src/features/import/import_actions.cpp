#include "features/import/import_actions.hpp"

#include <cctype>

#include <nlohmann/json.hpp>

#include "platform/file_upload.hpp"
#include "qinqing/wire/import_json.hpp"
#include "qinqing/wire/org_json.hpp"
#include "qinqing/wire/json_fields.hpp"
#include "app/request.hpp"

namespace qinqing::web {
namespace {

void follow(AppState& state, int fileSequence, long long jobId, long long version);

// A job as the server last described it: keep it, and follow it until it ends.
void jobArrived(AppState& state, int fileSequence, const HttpReply& reply) {
  ImportPlanState& s = state.importPlan;
  auto job = wire::importJobFromJson(nlohmann::json::parse(reply.body, nullptr, false));
  if (!job) {
    s.error = job.error().message;
    return;
  }
  s.job = std::move(job).value();
  if (!domain::importFinished(*s.job)) return follow(state, fileSequence, s.job->id, s.job->version);
  if (domain::importCheckIsClean(*s.job)) s.cleanCheck = s.job;
  if (s.job->applied) s.cleanCheck.reset();  // used up: importing again needs a new check
  // A check's problems, or an apply's (the database changed since the check).
  s.problems = {};
  if (s.job->summary.problems > 0) loadImportProblems(state);
}

void follow(AppState& state, int fileSequence, long long jobId, long long version) {
  sendSignedIn(state, "GET", api::path<api::assignmentImport::job>(jobId) + "?after_version=" + std::to_string(version), "",
       ReplyGuard{{}, [&state, fileSequence] { return !(!state.session || fileSequence != state.importPlan.fileSequence); }}, [&state, fileSequence](const HttpReply& reply) {
         ImportPlanState& s = state.importPlan;
         if (reply.status != 200) {
           s.error = "导入进度获取失败：" + replyError(reply).message;
           return;
         }
         jobArrived(state, fileSequence, reply);
       });
}

void upload(AppState& state, domain::ImportMode mode) {
  ImportPlanState& s = state.importPlan;
  if (!state.session) return;
  if (s.bytes.empty()) {
    s.error = "请先选择包联方案文件";
    return;
  }
  s.error.clear();
  s.uploading = true;
  s.mode = mode;
  s.job.reset();
  const int fileSequence = s.fileSequence;
  ++state.requestsInFlight;  // the upload shows the same busy indicator as every request
  const std::string path = api::path<api::assignmentImport::jobs>() + "?mode=" + std::string(domain::importModeKey(mode)) +
                           "&file_name=" + wire::percentEncode(s.fileName);
  uploadBytes(path, s.bytes, state.session->token, [&state, fileSequence](const HttpReply& reply) {
    --state.requestsInFlight;
    const ReplyGuard guard{{&state.importPlan.uploading},
                           [&state, fileSequence] { return fileSequence == state.importPlan.fileSequence; }};
    if (!passGuard(state, guard, reply)) return;
    ImportPlanState& st = state.importPlan;
    if (reply.status != 202) {
      st.error = replyError(reply).message;
      if (reply.status == 409) st.cleanCheck.reset();  // the server no longer holds the clean check
      return;
    }
    jobArrived(state, fileSequence, reply);
  });
}

}  // namespace

void importFileChosen(AppState& state, std::string name, std::string bytes) {
  ImportPlanState& s = state.importPlan;
  const int next = s.fileSequence + 1;
  s = ImportPlanState{};
  s.fileSequence = next;
  s.fileName = std::move(name);
  s.bytes = std::move(bytes);
}

void checkImportFile(AppState& state) {
  state.importPlan.cleanCheck.reset();
  state.importPlan.problems = {};
  upload(state, domain::ImportMode::Check);
}

void applyImportFile(AppState& state) {
  ImportPlanState& s = state.importPlan;
  s.confirming = false;
  if (!s.cleanCheck) {
    s.error = "请先检查文件，没有问题后才能导入";
    return;
  }
  upload(state, domain::ImportMode::Apply);
}

void loadImportProblems(AppState& state) {
  ImportPlanState& s = state.importPlan;
  if (!s.job) return;
  auto& list = s.problems;
  list.loading = true;
  list.error.clear();
  const int seq = ++list.sequence;
  const int fileSequence = s.fileSequence;
  sendSignedIn(state, "GET",
       api::path<api::assignmentImport::problems>(s.job->id) + "?" + wire::pageRequestToQuery(list.request), "",
       ReplyGuard{{&state.importPlan.problems.loading}, [&state, seq, fileSequence] { return !(seq != state.importPlan.problems.sequence || fileSequence != state.importPlan.fileSequence); }}, [&state](const HttpReply& reply) {
         auto& l = state.importPlan.problems;
         if (reply.status != 200) {
           l.error = "问题列表加载失败：" + replyError(reply).message;
           return;
         }
         auto page = wire::pageFromJson<domain::PlanProblem>(nlohmann::json::parse(reply.body, nullptr, false),
                                                             wire::planProblemFromJson);
         if (!page) {
           l.error = page.error().message;
           return;
         }
         l.page = std::move(page).value();
       });
}

// [SECTION] The intents' handlers: one perform() per intent (std::visit in app/dispatch.cpp).
void perform(AppState& state, const CheckImportFile& /*intent*/) { checkImportFile(state); }
void perform(AppState& state, const ApplyImportFile& /*intent*/) { applyImportFile(state); }
void perform(AppState& state, const LoadImportProblems& /*intent*/) { loadImportProblems(state); }

}  // namespace qinqing::web
