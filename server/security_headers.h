// The headers every lisan-serve response carries. The page is served from
// this server only and builds its DOM with textContent, so the policy can
// forbid everything else: no inline script or style, no eval, no plugins,
// no framing, no request to any other host (nothing leaves the machine).
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace lisan::serve {

std::vector<std::pair<std::string, std::string>> security_headers();

}  // namespace lisan::serve
