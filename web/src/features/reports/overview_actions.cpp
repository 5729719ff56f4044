// 驾驶舱's network side: the overview, the petitions behind a stage bar, and the links that open
// 诉求办理明细 (a week of the trend) and 诉求办理统计表 (a ranking) with their period filled in.
#include "app/app_state.hpp"
#include "app/reply.hpp"
#include "app/request.hpp"
#include "app/shell_intents.hpp"
#include "features/reports/reports_actions.hpp"
#include "qinqing/wire/overview_json.hpp"
#include "qinqing/wire/petition_json.hpp"

namespace qinqing::web {
namespace {
namespace d = qinqing::domain;

std::string barPath(const OverviewState& s) {
  return api::path<api::reports::overviewPetitions>() + "?stage=" + std::string(d::petitionStateKey(s.bar->stage)) +
         "&standing=" + std::string(d::clockStandingKey(s.bar->standing)) +
         "&page=" + std::to_string(s.barRequest.page) + "&page_size=" + std::to_string(s.barRequest.pageSize);
}

}  // namespace

void openOverview(AppState& state) {
  state.overview.bar.reset();
  perform(state, LoadOverview{});
}

void perform(AppState& state, const LoadOverview& /*intent*/) {
  OverviewState& s = state.overview;
  s.loading = true;
  s.error.clear();
  const int seq = ++s.sequence;
  sendSignedIn(state, "GET", api::path<api::reports::overview>(), "",
               ReplyGuard{{&state.overview.loading}, [&state, seq] { return seq == state.overview.sequence; }},
               [&state](const HttpReply& reply) {
                 OverviewState& st = state.overview;
                 if (reply.status != 200) {
                   st.error = "驾驶舱加载失败：" + replyError(reply).message;
                   return;
                 }
                 auto overview = wire::dashboardOverviewFromJson(parsedReply(reply));
                 if (!overview) {
                   st.error = overview.error().message;
                   return;
                 }
                 st.overview = std::move(overview).value();
               });
}

void perform(AppState& state, const OpenOverviewBar& intent) {
  OverviewState& s = state.overview;
  s.bar = intent.bar;
  s.barRequest = d::PageRequest{};
  s.barItems.clear();
  s.barTotal = 0;
  perform(state, LoadOverviewBar{});
}

void perform(AppState& state, const CloseOverviewBar& /*intent*/) {
  state.overview.bar.reset();
  state.overview.barItems.clear();
}

void perform(AppState& state, const LoadOverviewBar& /*intent*/) {
  OverviewState& s = state.overview;
  if (!s.bar) return;
  s.barLoading = true;
  s.barError.clear();
  const int seq = ++s.barSequence;
  sendSignedIn(state, "GET", barPath(s), "",
               ReplyGuard{{&state.overview.barLoading}, [&state, seq] { return seq == state.overview.barSequence; }},
               [&state](const HttpReply& reply) {
                 OverviewState& st = state.overview;
                 if (reply.status != 200) {
                   st.barError = "诉求加载失败：" + replyError(reply).message;
                   return;
                 }
                 auto page = wire::petitionPageFromJson(parsedReply(reply));
                 if (!page) {
                   st.barError = page.error().message;
                   return;
                 }
                 st.barItems = std::move(page.value().items);
                 st.barTotal = page.value().total;
               });
}

void perform(AppState& state, const OpenOverviewWeek& intent) {
  PetitionDetailsState& details = state.petitionDetails;
  details.from = intent.weekStart.toIso();
  details.to = intent.weekStart.plusDays(6).toIso();
  details.request = d::PageRequest{};
  details.request.sort = std::string(d::detailSortKey(d::DetailSort::Submitted));
  details.request.descending = true;
  details.searchText.clear();
  details.started = true;
  perform(state, OpenMenu{"reports.petition_details"});
}

void perform(AppState& state, const OpenOverviewRanking& /*intent*/) {
  const OverviewState& s = state.overview;
  if (!s.overview) return;
  PetitionStatsState& stats = state.petitionStats;
  stats.groupBy = s.rankRegions ? d::GroupBy::Region : d::GroupBy::Unit;
  stats.from = s.overview->rankFrom.toIso();
  stats.to = s.overview->rankTo.toIso();
  stats.request = d::PageRequest{};
  stats.request.sort = std::string(d::figureKey(s.rankFigure));
  stats.request.descending = true;
  stats.request.pageSize = d::kMaxPageSize;
  stats.started = true;
  perform(state, OpenMenu{"reports.petition_stats"});
}

}  // namespace qinqing::web
