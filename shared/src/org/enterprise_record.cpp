#include "qinqing/org/enterprise_record.hpp"

#include "qinqing/validation/field_validator.hpp"
#include "qinqing/validation/uscc.hpp"

namespace qinqing::domain {

Status validateEnterpriseEdit(EnterpriseEdit& edit) {
  edit.uscc = normalizeUscc(edit.uscc);
  FieldValidator v;
  v.required("uscc", "统一社会信用代码", edit.uscc).uscc("uscc", edit.uscc);
  v.maxChars("address", "注册地址", edit.address, 200);
  v.required("legal_rep", "法人代表", edit.legalRep).maxChars("legal_rep", "法人代表", edit.legalRep, 50);
  v.mobile("legal_rep_mobile", "法人代表手机号", edit.legalRepMobile);
  v.required("liaison", "企业联络员", edit.liaison).maxChars("liaison", "企业联络员", edit.liaison, 50);
  v.required("liaison_mobile", "联络员手机号", edit.liaisonMobile)
      .mobile("liaison_mobile", "联络员手机号", edit.liaisonMobile);
  v.maxChars("intro", "企业简介", edit.intro, 2000);
  return v.status();
}

bool roleMayEditEnterprise(Role role) { return role == Role::Cadre || role == Role::Enterprise; }

}  // namespace qinqing::domain
