#include "indexer/input_files.h"

#include <algorithm>
#include <cstring>
#include <filesystem>

#include <fmt/format.h>

namespace lisan::indexer {
namespace fs = std::filesystem;
namespace {

// What lisan-index keeps beside an index at DIR (DIR.lock, DIR.shards,
// DIR.compacting, DIR.creating) when the index is inside a walked folder.
bool beside_an_index(const fs::path& path) {
  const std::string ext = path.extension().string();
  if (ext != ".lock" && ext != ".shards" && ext != ".compacting" && ext != ".creating") return false;
  std::error_code ec;
  const fs::path index = path.parent_path() / path.stem();
  return fs::exists(index / "iamglass", ec) || fs::exists(index / "iamchert", ec);
}

}  // namespace

std::vector<InputFile> expand_inputs(const std::vector<std::string>& inputs, Diagnostics& diagnostics,
                                     std::uint64_t& failed) {
  std::vector<InputFile> out;
  for (const std::string& input : inputs) {
    if (input == "-") {
      out.push_back({input, ""});
      continue;
    }
    std::error_code ec;
    const fs::file_status st = fs::status(input, ec);
    if (ec || !fs::exists(st)) {
      diagnostics.error(Location{input, 0, {}}, fmt::format("cannot open: {}", std::strerror(ENOENT)));
      ++failed;
      continue;
    }
    if (!fs::is_directory(st)) {
      out.push_back({input, ""});
      continue;
    }
    std::vector<std::string> files;
    fs::recursive_directory_iterator it(input, fs::directory_options::skip_permission_denied, ec), end;
    for (; !ec && it != end; it.increment(ec)) {
      const std::string name = it->path().filename().string();
      if (!name.empty() && name.front() == '.') {
        if (it->is_directory(ec)) it.disable_recursion_pending();
        continue;
      }
      // An index inside the corpus folder (e.g. --db corpus/index) is not input.
      if (it->is_directory(ec) && (fs::exists(it->path() / "iamglass", ec) || fs::exists(it->path() / "iamchert", ec))) {
        it.disable_recursion_pending();
        continue;
      }
      if (beside_an_index(it->path())) {
        if (it->is_directory(ec)) it.disable_recursion_pending();
        continue;
      }
      if (it->is_regular_file(ec)) files.push_back(it->path().string());
    }
    if (ec) {
      diagnostics.error(Location{input, 0, {}}, fmt::format("cannot read directory: {}", ec.message()));
      ++failed;
    }
    std::sort(files.begin(), files.end());
    for (auto& f : files) out.push_back({std::move(f), input});
  }
  return out;
}

}  // namespace lisan::indexer
