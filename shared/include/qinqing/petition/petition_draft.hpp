// What an enterprise writes when it files a petition (发布诉求, §14), and the checks that decide
// whether it may be submitted. A draft may be saved incomplete; submitting requires every field.
// The cadre's edited version (§4: 包联干部可修改企业诉求内容) passes the same checks.
#pragma once

#include <string>

#include "qinqing/core/result.hpp"
#include "qinqing/validation/field_validator.hpp"

namespace qinqing::domain {

inline constexpr std::size_t kPetitionTitleMaxChars = 60;
inline constexpr std::size_t kPetitionDescriptionMinChars = 10;
inline constexpr std::size_t kPetitionDescriptionMaxChars = 2000;
inline constexpr std::size_t kPetitionReasonMaxChars = 500;
inline constexpr std::size_t kPetitionResultMaxChars = 4000;
inline constexpr int kPetitionMaxAttachments = 10;
inline constexpr long long kPetitionAttachmentMaxBytes = 10LL * 1024 * 1024;

struct PetitionContent {
  std::string title;
  std::string category;       // one of kPetitionCategories
  std::string description;
  std::string contactName;
  std::string contactMobile;
  bool operator==(const PetitionContent&) const = default;
};

// Checks for submission (and for the cadre's edit): every problem at once.
Status validatePetitionForSubmit(const PetitionContent& content);
// Checks for saving a draft: only lengths and formats of what is filled in.
Status validatePetitionDraft(const PetitionContent& content);

// A reason people must give (退回, 延期, 申诉, 不满意的评价说明): required, at most 500 characters.
// field is the form field's name; label its Chinese label (e.g. 退回原因).
void checkReason(FieldValidator& v, std::string_view field, std::string_view label, std::string_view text);

// The result a unit submits (办理结果): required, 10..4000 characters.
Status validatePetitionResult(std::string_view resultText);

}  // namespace qinqing::domain
