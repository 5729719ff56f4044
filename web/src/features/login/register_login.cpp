// The login feature has no menu entry: it is the page shown while nobody is signed in.
#include "app/screen_registry.hpp"
#include "features/login/login_screens.hpp"

namespace qinqing::web {

void registerLogin(ScreenRegistry& registry) { registry.setLoginScreen(drawLoginScreen); }

}  // namespace qinqing::web
