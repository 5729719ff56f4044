// Plan files for the import tests against the demo data: a cadre of 茅箭区经信局 and new
// enterprises with valid USCCs, and the same with one bad code.
#pragma once

#include <string>

#include "qinqing/validation/uscc.hpp"

namespace qinqing::backend::testsupport {

// A valid 统一社会信用代码 of 茅箭区 (420302) ending in the given six digits; demo codes never end
// in "ZZ" sequences like these (demo_generator uses other organisation codes).
inline std::string importUscc(const std::string& sixDigits) {
  const std::string first17 = "91420302MA9" + sixDigits;
  return first17 + *domain::usccCheckChar(first17);
}

inline std::string planCsv(const std::string& cadre, int enterprises, bool badFirstCode = false) {
  std::string csv = "\xEF\xBB\xBF区域,单位,包联干部,职务,干部手机,企业名称,统一社会信用代码,行业组\r\n";
  for (int i = 0; i < enterprises; ++i) {
    char digits[8];
    std::snprintf(digits, sizeof digits, "%06d", 900000 + i);
    std::string code = importUscc(digits);
    if (badFirstCode && i == 0) code.back() = code.back() == '0' ? '1' : '0';
    csv += "茅箭区,茅箭区经信局," + cadre + ",科员,13812340000,十堰市导入测试" + std::to_string(i) + "有限公司," + code + ",经信\r\n";
  }
  return csv;
}

}  // namespace qinqing::backend::testsupport
