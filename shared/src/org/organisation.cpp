#include "qinqing/org/organisation.hpp"

#include "qinqing/validation/field_validator.hpp"

namespace qinqing::domain {
namespace {

constexpr std::string_view kIdeographicSpace = "\xE3\x80\x80";  // U+3000, typed by Chinese input methods

bool startsWithSpace(std::string_view s, std::size_t& width) {
  if (s.empty()) return false;
  if (s.front() == ' ' || s.front() == '\t' || s.front() == '\n' || s.front() == '\r') {
    width = 1;
    return true;
  }
  if (s.substr(0, kIdeographicSpace.size()) == kIdeographicSpace) {
    width = kIdeographicSpace.size();
    return true;
  }
  return false;
}

bool endsWithSpace(std::string_view s, std::size_t& width) {
  if (s.empty()) return false;
  if (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r') {
    width = 1;
    return true;
  }
  if (s.size() >= kIdeographicSpace.size() && s.substr(s.size() - kIdeographicSpace.size()) == kIdeographicSpace) {
    width = kIdeographicSpace.size();
    return true;
  }
  return false;
}

}  // namespace

std::string trimmedText(std::string_view text) {
  std::size_t width = 0;
  while (startsWithSpace(text, width)) text.remove_prefix(width);
  while (endsWithSpace(text, width)) text.remove_suffix(width);
  return std::string(text);
}

Status validateRegionForm(RegionForm& form, bool creating) {
  form.name = trimmedText(form.name);
  FieldValidator v;
  v.required("name", "区域名称", form.name).maxChars("name", "区域名称", form.name, kRegionNameMax);
  if (creating) v.check(form.kind && isSubdivision(*form.kind), "kind", "请选择区域类型");
  return v.status();
}

Status validateUnitForm(UnitForm& form, bool withRegion) {
  form.name = trimmedText(form.name);
  FieldValidator v;
  if (withRegion) v.check(form.regionId > 0, "region_id", "请选择所属区域");
  v.required("name", "单位名称", form.name).maxChars("name", "单位名称", form.name, kUnitNameMax);
  return v.status();
}

Status validateCadreForm(CadreForm& form, bool creating) {
  form.name = trimmedText(form.name);
  form.title = trimmedText(form.title);
  form.mobile = trimmedText(form.mobile);
  form.email = trimmedText(form.email);
  FieldValidator v;
  v.check(form.unitId > 0, "unit_id", "请选择所属单位");
  v.required("name", "姓名", form.name).maxChars("name", "姓名", form.name, kCadreNameMax);
  v.maxChars("title", "职务", form.title, kTitleMax);
  if (creating) v.required("mobile", "手机号", form.mobile);
  v.mobile("mobile", "手机号", form.mobile);
  v.email("email", "邮箱", form.email).maxChars("email", "邮箱", form.email, kEmailMax);
  return v.status();
}

bool roleMayReassignCadre(Role role) {
  return role == Role::UnitAdmin || role == Role::CountyAdmin || role == Role::SystemAdmin;
}

}  // namespace qinqing::domain
