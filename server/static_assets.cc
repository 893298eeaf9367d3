#include "server/static_assets.h"

namespace lisan::serve {

const Asset* find_asset(std::string_view path) {
  if (path == "/") path = "/index.html";
  // An exact match against the embedded table: nothing is looked up on disk.
  for (const Asset& a : assets())
    if (a.path == path) return &a;
  return nullptr;
}

}  // namespace lisan::serve
