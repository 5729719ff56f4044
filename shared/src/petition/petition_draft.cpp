#include "qinqing/petition/petition_draft.hpp"

#include "qinqing/petition/petition_state.hpp"
#include "qinqing/validation/text.hpp"

namespace qinqing::domain {
namespace {

void checkFormats(FieldValidator& v, const PetitionContent& c) {
  v.maxChars("title", "诉求标题", c.title, kPetitionTitleMaxChars)
      .maxChars("description", "诉求内容", c.description, kPetitionDescriptionMaxChars)
      .maxChars("contact_name", "联系人", c.contactName, 20)
      .mobile("contact_mobile", "联系电话", c.contactMobile)
      .check(c.category.empty() || isPetitionCategory(c.category), "category", "请选择列表中的诉求类别");
}

}  // namespace

Status validatePetitionForSubmit(const PetitionContent& c) {
  FieldValidator v;
  v.required("title", "诉求标题", c.title)
      .required("category", "诉求类别", c.category)
      .required("description", "诉求内容", c.description)
      .required("contact_name", "联系人", c.contactName)
      .required("contact_mobile", "联系电话", c.contactMobile);
  checkFormats(v, c);
  if (!isBlank(c.description) && !v.hasError("description"))
    v.charsBetween("description", "诉求内容", c.description, kPetitionDescriptionMinChars, kPetitionDescriptionMaxChars);
  return v.status();
}

Status validatePetitionDraft(const PetitionContent& c) {
  FieldValidator v;
  checkFormats(v, c);
  return v.status();
}

void checkReason(FieldValidator& v, std::string_view field, std::string_view label, std::string_view text) {
  v.required(field, label, text).maxChars(field, label, text, kPetitionReasonMaxChars);
}

Status validatePetitionResult(std::string_view resultText) {
  FieldValidator v;
  v.required("result_text", "办理结果", resultText);
  if (!isBlank(resultText)) v.charsBetween("result_text", "办理结果", resultText, 10, kPetitionResultMaxChars);
  return v.status();
}

}  // namespace qinqing::domain
