// Deterministic generators for demo data: the same seed yields the same people, companies,
// mobiles and 统一社会信用代码 on every machine (std::mt19937's distributions are not portable
// across standard libraries, so this uses splitmix64 and plain modulo).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace qinqing::backend::demo {

class DemoRng {
public:
  explicit DemoRng(std::uint64_t seed) : m_state(seed) {}
  std::uint64_t next();
  // Uniform-enough integer in [0, bound); bound > 0.
  std::size_t below(std::size_t bound) { return static_cast<std::size_t>(next() % bound); }
  template <typename T>
  const T& pick(const std::vector<T>& items) {
    return items[below(items.size())];
  }
  // An index chosen with probability weight[i] / sum(weights).
  std::size_t weighted(const std::vector<int>& weights);

private:
  std::uint64_t m_state;
};

// 张伟, 欧阳晨, 王俊杰: a surname and one or two given-name characters.
std::string personName(DemoRng& rng);

// An 11-digit mainland mobile number (13x, 15x, 17x, 18x, 19x).
std::string mobileNumber(DemoRng& rng);

// A valid 统一社会信用代码 for an enterprise (registration authority 9 = market regulation,
// category 1 = enterprise) in the given 6-digit division: the organisation code carries its
// GB 11714 check digit and the last character is the GB 32100-2015 check character.
std::string enterpriseUscc(DemoRng& rng, std::string_view divisionCode);

}  // namespace qinqing::backend::demo
