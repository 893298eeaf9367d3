// InputFiles: the command line's inputs expanded into the files to read. A
// directory is walked recursively in name order (so runs are repeatable),
// skipping hidden entries; each file remembers the directory argument it was
// found under, which text and HTML readers use for ids.
#pragma once

#include <string>
#include <vector>

#include "lisan/core/diagnostics.h"

namespace lisan::indexer {

struct InputFile {
  std::string path;      // as it will be shown and stored in provenance
  std::string base_dir;  // the directory argument it came from ("" = given directly)
};

// Missing inputs are reported as errors through `diagnostics` and counted in
// `failed`; they are not returned.
std::vector<InputFile> expand_inputs(const std::vector<std::string>& inputs, Diagnostics& diagnostics,
                                     std::uint64_t& failed);

}  // namespace lisan::indexer
