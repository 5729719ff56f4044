// 诉求办理明细's network side: the page of rows for the period as typed, and the export job —
// started, followed by long polling until it is done, then its file downloaded.
#include <nlohmann/json.hpp>

#include "app/app_state.hpp"
#include "app/reply.hpp"
#include "app/request.hpp"
#include "features/reports/reports_actions.hpp"
#include "platform/file_transfer.hpp"
#include "qinqing/wire/json_fields.hpp"
#include "qinqing/wire/report_json.hpp"

namespace qinqing::web {
namespace {
namespace d = qinqing::domain;

// The period and filters as typed, checked by the shared rules before it is sent (the server checks again).
d::Result<d::PetitionStatsQuery> typedPeriod(const AppState& state) {
  const PetitionDetailsState& s = state.petitionDetails;
  std::map<std::string, std::string> params = {{"from", s.from}, {"to", s.to}};
  addFilterParams(s.filters, params);
  return wire::petitionStatsQueryFromParams(params, d::localDate(state.now));
}

// The period and filters (the 统计表's parameters without its grouping and sort) and the page request.
std::string detailsParams(const d::PetitionStatsQuery& q, const d::PageRequest& r) {
  std::string params = "from=" + q.from.toIso() + "&to=" + q.to.toIso();
  const auto add = [&](const char* name, const std::optional<std::int64_t>& id) {
    if (id) params += std::string("&") + name + "=" + std::to_string(*id);
  };
  add("unit_id", q.unitId);
  add("region_id", q.regionId);
  add("industry_group_id", q.industryGroupId);
  add("cadre_id", q.cadreId);
  if (!r.sort.empty()) params += "&sort=" + r.sort + "&order=" + (r.descending ? "desc" : "asc");
  if (!r.query.empty()) params += "&q=" + wire::percentEncode(r.query);
  return params;
}

void follow(AppState& state, int exportSequence, long long jobId, long long version) {
  sendSignedIn(state, "GET", api::path<api::exportJobs::one>(jobId) + "?after_version=" + std::to_string(version), "",
               ReplyGuard{{}, [&state, exportSequence] { return exportSequence == state.petitionDetails.exportSequence; }},
               [&state, exportSequence](const HttpReply& reply) {
                 PetitionDetailsState& s = state.petitionDetails;
                 if (reply.status != 200) {
                   s.exportError = "导出进度获取失败：" + replyError(reply).message;
                   return;
                 }
                 auto job = wire::exportJobFromJson(parsedReply(reply));
                 if (!job) {
                   s.exportError = job.error().message;
                   return;
                 }
                 s.exportJob = job.value();
                 if (!d::exportFinished(job.value())) follow(state, exportSequence, job.value().id, job.value().version);
               });
}

}  // namespace

void openPetitionDetails(AppState& state) {
  PetitionDetailsState& s = state.petitionDetails;
  if (!s.started) {
    const d::Date today = d::localDate(state.now);
    s.from = d::Date::fromCivil(today.year(), 1, 1).value().toIso();
    s.to = today.toIso();
    // Newest first, named so the table marks 提交时间 as the sorted column (an empty sort would make
    // it sort by its first sortable column).
    s.request.sort = std::string(d::detailSortKey(d::DetailSort::Submitted));
    s.request.descending = true;
    s.started = true;
  }
  perform(state, LoadPetitionDetails{});
  loadReportChoices(state);
}

void perform(AppState& state, const LoadPetitionDetails& /*intent*/) {
  PetitionDetailsState& s = state.petitionDetails;
  auto period = typedPeriod(state);
  s.filterErrors.clear();
  if (!period) {
    s.filterErrors = period.error().fields;
    s.error = period.error().fields.empty() ? period.error().message : "";
    return;
  }
  s.error.clear();
  s.loading = true;
  const d::PetitionStatsQuery q = period.value();
  const int seq = ++s.sequence;
  const std::string path = api::path<api::reports::petitionDetails>() + "?" + detailsParams(q, s.request) +
                           "&page=" + std::to_string(s.request.page) + "&page_size=" + std::to_string(s.request.pageSize);
  sendSignedIn(state, "GET", path, "",
               ReplyGuard{{&state.petitionDetails.loading}, [&state, seq] { return seq == state.petitionDetails.sequence; }},
               [&state, q](const HttpReply& reply) {
                 PetitionDetailsState& st = state.petitionDetails;
                 if (reply.status != 200) {
                   const auto error = replyError(reply);
                   st.filterErrors = error.fields;
                   st.error = "诉求办理明细加载失败：" + error.message;
                   return;
                 }
                 auto page = wire::petitionDetailPageFromJson(parsedReply(reply));
                 if (!page) {
                   st.error = page.error().message;
                   return;
                 }
                 st.items = std::move(page.value().items);
                 st.total = page.value().total;
                 st.shown = q;
               });
}

void perform(AppState& state, const ExportPetitionDetails& intent) {
  PetitionDetailsState& s = state.petitionDetails;
  if (s.exportStarting || (s.exportJob && !d::exportFinished(*s.exportJob))) return;
  s.exportStarting = true;
  s.exportError.clear();
  s.downloadMessage.clear();
  s.exportJob.reset();
  const int exportSequence = ++s.exportSequence;
  const std::string path = api::path<api::reports::petitionDetailsExports>() + "?" + detailsParams(s.shown, s.request) +
                           "&format=" + intent.format;
  sendSignedIn(state, "POST", path, "{}",
               ReplyGuard{{&state.petitionDetails.exportStarting},
                          [&state, exportSequence] { return exportSequence == state.petitionDetails.exportSequence; }},
               [&state, exportSequence](const HttpReply& reply) {
                 PetitionDetailsState& st = state.petitionDetails;
                 if (reply.status != 202) {
                   st.exportError = "导出失败：" + replyError(reply).message;
                   return;
                 }
                 auto job = wire::exportJobFromJson(parsedReply(reply));
                 if (!job) {
                   st.exportError = job.error().message;
                   return;
                 }
                 st.exportJob = job.value();
                 follow(state, exportSequence, job.value().id, job.value().version);
               });
}

void perform(AppState& state, const DownloadPetitionDetailsExport& /*intent*/) {
  PetitionDetailsState& s = state.petitionDetails;
  if (!s.exportJob || s.exportJob->phase != d::ExportPhase::Done || s.downloading || !state.session) return;
  s.downloading = true;
  s.downloadMessage.clear();
  ++state.requestsInFlight;
  const std::string name = s.exportJob->fileName;
  downloadFile(api::path<api::exportJobs::file>(s.exportJob->id), state.session->token, name,
               [&state, name](const HttpReply& reply) {
                 --state.requestsInFlight;
                 PetitionDetailsState& st = state.petitionDetails;
                 st.downloading = false;
                 st.downloadMessage = reply.status == 200 ? "已下载 " + name : "下载失败：" + replyError(reply).message;
               });
}

}  // namespace qinqing::web
