#include "demo/demo_generator.hpp"

#include <numeric>
#include <stdexcept>

#include "demo/demo_catalog.hpp"
#include "qinqing/validation/uscc.hpp"

namespace qinqing::backend::demo {

std::uint64_t DemoRng::next() {
  std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

std::size_t DemoRng::weighted(const std::vector<int>& weights) {
  const int total = std::accumulate(weights.begin(), weights.end(), 0);
  int roll = static_cast<int>(below(static_cast<std::size_t>(total)));
  for (std::size_t i = 0; i < weights.size(); ++i) {
    if (roll < weights[i]) return i;
    roll -= weights[i];
  }
  return weights.size() - 1;
}

std::string personName(DemoRng& rng) {
  std::string name(rng.pick(surnames()));
  name += rng.pick(givenNameCharacters());
  if (rng.below(3) != 0) name += rng.pick(givenNameCharacters());  // two-character given names are commoner
  return name;
}

std::string mobileNumber(DemoRng& rng) {
  static const std::vector<std::string_view> prefixes = {"130", "131", "132", "133", "135", "136", "137", "138",
                                                         "139", "150", "151", "152", "155", "156", "157", "158",
                                                         "159", "177", "180", "181", "186", "187", "188", "189", "199"};
  std::string number(rng.pick(prefixes));
  for (int i = 0; i < 8; ++i) number += static_cast<char>('0' + rng.below(10));
  return number;
}

std::string enterpriseUscc(DemoRng& rng, std::string_view divisionCode) {
  // GB 11714 organisation code: 8 characters and a check digit (weights 3 7 9 10 5 8 4 2, mod 11).
  // Only characters the USCC charset also allows are drawn.
  static constexpr std::string_view kOrgChars = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  static constexpr int kWeights[8] = {3, 7, 9, 10, 5, 8, 4, 2};
  std::string org;
  int sum = 0;
  for (int i = 0; i < 8; ++i) {
    const char c = kOrgChars[rng.below(kOrgChars.size())];
    org += c;
    const int value = c <= '9' ? c - '0' : c - 'A' + 10;
    sum += value * kWeights[i];
  }
  const int check = 11 - sum % 11;
  org += check == 10 ? 'X' : check == 11 ? '0' : static_cast<char>('0' + check);

  std::string code = "91" + std::string(divisionCode) + org;
  auto checkChar = domain::usccCheckChar(code);
  if (!checkChar) throw std::logic_error("demo USCC body is not 17 valid characters: " + code);
  return code + *checkChar;
}

}  // namespace qinqing::backend::demo
