#include "qinqing/petition/petition_notices.hpp"

namespace qinqing::domain {
namespace {

constexpr std::string_view kSignature = "【十堰市双千办】";
constexpr std::string_view kPlatform = "十堰亲清企业服务信息平台";

std::string join(std::initializer_list<std::string_view> parts) {
  std::string out;
  for (auto p : parts) out += p;
  return out;
}

}  // namespace

std::string smsNewPetitionForReview(std::string_view companyName) {
  return join({kSignature, kPlatform, "有一条", companyName, "提交的新诉求请您审核"});
}

std::string smsNewPetitionToSign() { return join({kSignature, kPlatform, "有一条新企业诉求待签收"}); }

std::string smsPetitionToDispatch(std::string_view companyName) {
  return join({kSignature, kPlatform, "有一条", companyName, "的诉求待分办"});
}

std::string smsResultSubmittedToCadre(std::string_view companyName, std::string_view title) {
  return join({kSignature, kPlatform, "上", companyName, "的诉求“", title, "”已提交办理结果，请督促企业及时评价"});
}

std::string smsRateRequest(std::string_view title) {
  return join({kSignature, "您在", kPlatform, "提交的诉求“", title,
               "”已办结，请在5个工作日内登录平台对办理结果进行评价"});
}

std::string smsReturnedToEnterprise(std::string_view title) {
  return join({kSignature, "您在", kPlatform, "提交的诉求“", title, "”已被包联干部退回，请登录平台查看原因"});
}

std::string smsRectificationRequired(std::string_view title) {
  return join({kSignature, kPlatform, "诉求“", title, "”企业评价为不满意，请在15个工作日内完成整改并提交结果"});
}

std::string smsExtensionDecided(std::string_view title, bool approved) {
  return join({kSignature, kPlatform, "诉求“", title, "”的延期申请", approved ? "已批准" : "未获批准",
               "，请登录平台查看"});
}

std::string smsAppealDecided(std::string_view title, bool upheld) {
  return join({kSignature, kPlatform, "诉求“", title, "”的评价申诉", upheld ? "成立" : "不成立", "，请登录平台查看"});
}

std::string smsExtensionRequested(std::string_view companyName) {
  return join({kSignature, kPlatform, "有一条", companyName, "的诉求申请延期，请审批"});
}

std::string smsAppealFiled(std::string_view companyName) {
  return join({kSignature, kPlatform, "有一条", companyName, "的诉求评价申诉待处理"});
}

std::string smsReminder(std::string_view companyName, ClockKind clock, int workingDaysOverdue) {
  std::string when = workingDaysOverdue > 0 ? "已逾期" + std::to_string(workingDaysOverdue) + "个工作日" : "今日到期";
  return join({kSignature, kPlatform, "上", companyName, "的诉求", clockKindLabel(clock), when,
               "，请尽快登录平台处理"});
}

std::string smsUrged(std::string_view companyName) {
  return join({kSignature, companyName, "在", kPlatform, "催办其诉求，请尽快处理"});
}

std::string smsSupervised(std::string_view companyName) {
  return join({kSignature, kPlatform, "上", companyName, "的诉求被督办，请尽快处理"});
}

}  // namespace qinqing::domain

namespace qinqing::domain {

std::string smsRectificationToCadre(std::string_view companyName, std::string_view title) {
  return "【十堰市双千办】" + std::string(companyName) + "对诉求“" + std::string(title) +
         "”的办理结果评价为不满意，已转承办单位整改，请及时回访企业";
}

std::string smsSecondRatingBad(std::string_view title) {
  return "【十堰市双千办】十堰亲清企业服务信息平台诉求“" + std::string(title) +
         "”整改后企业评价仍为不满意，已销号；如认为评价不实，可在5个工作日内申诉";
}

}  // namespace qinqing::domain
