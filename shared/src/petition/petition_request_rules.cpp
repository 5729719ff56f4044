#include "qinqing/petition/petition_request_rules.hpp"

#include <string>

#include "qinqing/petition/petition_draft.hpp"
#include "qinqing/validation/field_validator.hpp"

namespace qinqing::domain {

Status validatePetitionActionRequest(PetitionAction action, const PetitionActionRequest& r,
                                     std::optional<PetitionContent> storedContent, const HolidayCalendar& calendar,
                                     Date today, std::optional<Date> currentDue) {
  FieldValidator v;
  switch (action) {
    case PetitionAction::SaveDraft:
      if (!r.content) return DomainError::invalid({{"content", "缺少诉求内容"}});
      return validatePetitionDraft(*r.content);
    case PetitionAction::Submit: return validatePetitionForSubmit(r.content ? *r.content : storedContent.value_or(PetitionContent{}));
    case PetitionAction::Approve: {
      if (!r.content) return Ok{};
      auto valid = validatePetitionForSubmit(*r.content);
      // The number as the cadre was shown it (masked, petition_contact.hpp) is the stored one,
      // checked when the enterprise submitted it: unchanged, not wrong.
      if (valid || !storedContent || r.content->contactMobile != storedContent->contactMobile) return valid;
      std::vector<FieldError> others;
      for (const auto& f : valid.error().fields) {
        if (f.field != "contact_mobile") others.push_back(f);
      }
      if (others.empty()) return Ok{};
      return DomainError::invalid(std::move(others));
    }
    case PetitionAction::ReturnToEnterprise:
    case PetitionAction::ReturnToDispatcher: checkReason(v, "reason", "退回原因", r.reason); break;
    case PetitionAction::Appeal: checkReason(v, "reason", "申诉理由", r.reason); break;
    case PetitionAction::Dispatch:
      v.check(r.handlerKind.has_value(), "handler_kind", "请选择承办单位或县市区");
      if (v.ok()) v.check(r.handlerId > 0, "handler_id", "请选择" + std::string(handlerKindLabel(*r.handlerKind)));
      v.maxChars("note", "分办意见", r.note, kPetitionReasonMaxChars);
      break;
    case PetitionAction::RequestExtension:
      checkReason(v, "reason", "延期理由", r.reason);
      if (!r.newDueDate) {
        v.add({"new_due_date", "请选择申请延期至的日期"});
      } else {
        if (currentDue) {
          v.check(*r.newDueDate > *currentDue, "new_due_date", "延期日期应晚于当前办理期限 " + currentDue->toIso());
        }
        v.check(calendar.isWorkingDay(*r.newDueDate), "new_due_date", "延期日期应为工作日");
      }
      break;
    case PetitionAction::DecideExtension:
      if (!r.approve) {
        v.add({"approve", "请选择批准或不批准"});
      } else if (*r.approve) {
        if (!r.newDueDate) {
          v.add({"new_due_date", "请确定延期后的办理期限"});
        } else {
          v.check(*r.newDueDate > today, "new_due_date", "延期后的期限应晚于今天");
          v.check(calendar.isWorkingDay(*r.newDueDate), "new_due_date", "延期后的期限应为工作日");
          if (currentDue) {
            v.check(*r.newDueDate > *currentDue, "new_due_date",
                    "延期后的期限应晚于当前办理期限 " + currentDue->toIso());
          }
        }
      } else {
        checkReason(v, "note", "不批准的理由", r.note);
      }
      break;
    case PetitionAction::SubmitResult: return validatePetitionResult(r.resultText);
    case PetitionAction::Rate:
      if (!r.rating) {
        v.add({"rating", "请选择评价等级"});
      } else if (ratingIsBad(*r.rating)) {
        checkReason(v, "comment", "不满意的原因", r.comment);
      } else {
        v.maxChars("comment", "评价意见", r.comment, kPetitionReasonMaxChars);
      }
      break;
    case PetitionAction::DecideAppeal:
      if (!r.approve) v.add({"approve", "请选择申诉成立或不成立"});
      checkReason(v, "note", "处理意见", r.note);
      break;
    case PetitionAction::RecordReturnVisit:
      if (!r.visit) {
        v.add({"visit", "请填写回访情况"});
        break;
      }
      v.check(r.visit->visitedOn <= today, "visited_on", "回访日期不能晚于今天");
      v.required("method", "回访方式", r.visit->method).maxChars("method", "回访方式", r.visit->method, 20);
      checkReason(v, "visit_note", "回访情况", r.visit->note);
      break;
    case PetitionAction::Withdraw:
    case PetitionAction::Urge:
    case PetitionAction::Supervise: v.maxChars("note", "说明", r.note, kPetitionReasonMaxChars); break;
    case PetitionAction::Sign:  // carries nothing
    case PetitionAction::ExpireRating: break;
  }
  return v.status();
}

}  // namespace qinqing::domain
