// Every petition box of the menus (one row per domain::PetitionBox) and 发布诉求.
#include <string>

#include "app/screen_registry.hpp"
#include "features/petitions/petition_actions.hpp"
#include "features/petitions/petitions_screens.hpp"
#include "qinqing/petition/petition_boxes.hpp"

namespace qinqing::web {

void registerPetitions(ScreenRegistry& registry) {
  auto open = [](AppState& state, std::string_view key) { openPetitionMenu(state, std::string(key)); };
  for (domain::PetitionBox box : domain::kAllPetitionBoxes) {
    registry.add({std::string(domain::petitionBoxKey(box)), open, drawPetitionListScreen});
  }
  registry.add({"petition_new", open, drawPetitionFormScreen});
  registry.setPetitionDetailScreen(drawPetitionDetailScreen);
  // The boxes' counts of petitions waiting on the user (LoadPetitionCounts fills them).
  registry.addMenuCount([](const AppState& state, std::string_view key) -> long long {
    auto it = state.petitions.counts.find(std::string(key));
    return it == state.petitions.counts.end() ? 0 : it->second;
  });
}

}  // namespace qinqing::web
