// The one list of input formats: {name, probe, factory} in the order of
// docs/input-formats.md §6, so that --format auto asks each probe in turn and the
// first that says yes names the format. A row without a factory is a verdict
// rather than a reader: "skip:<reason>" for a file that must not be indexed
// on its own, or a format lisan recognises but cannot read yet ("email").
// Adding a reader is one include and one row in registry.cc.
#pragma once

#include <memory>
#include <vector>

#include "indexer/readers/format_probe.h"
#include "indexer/readers/reader.h"

namespace lisan::indexer {

struct FormatEntry {
  const char* name;
  bool (*probe)(const ProbeInput&);  // nullptr: only chosen by --format
  std::unique_ptr<Reader> (*factory)(const ReaderOptions&);  // nullptr: a verdict, not a reader
  bool listed = true;  // offered as a --format choice
};

// The rows, in detection order.
const std::vector<FormatEntry>& format_registry();

}  // namespace lisan::indexer
