// The web app's files (web/), compiled into lisan-serve at build time
// (server/embed_assets.cmake), so the server reads no file at run time and
// a request can reach nothing but these: there is no path to traverse.
//
// Thread safety: constant data.
#pragma once

#include <string_view>
#include <vector>

namespace lisan::serve {

struct Asset {
  std::string_view path;          // "/index.html"
  std::string_view content_type;  // "text/html; charset=utf-8"
  std::string_view bytes;
};

// Every embedded file (generated web_assets.cc).
const std::vector<Asset>& assets();

// The asset for a request path ("/" is "/index.html"); nullptr for any
// other path, including every "..", "//" or encoded variant.
const Asset* find_asset(std::string_view path);

}  // namespace lisan::serve
