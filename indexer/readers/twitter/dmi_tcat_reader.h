// DmiTcatReader: DMI-TCAT "Export tweets" (docs/input-formats.md §4.3), comma- or
// tab-separated with a BOM. `time` is Unix seconds (UTC); text cells are
// already HTML-decoded (so not unescaped again); `mentions`, `hashtags`,
// `urls_expanded` are lists joined with "; ". A text starting "RT @user:" is
// a retweet (TCAT keeps no retweet id): kind "retweet", forwarded_from user.
// Streams row by row.
#pragma once

#include "indexer/readers/reader.h"

namespace lisan::indexer {

class DmiTcatReader : public OptionsReader {
 public:
  explicit DmiTcatReader(ReaderOptions options) : OptionsReader(std::move(options)) {}
  void read(const std::string& path, RecordSink& sink) override;
};

}  // namespace lisan::indexer
