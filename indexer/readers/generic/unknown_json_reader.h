// UnknownJsonReader: what --format auto uses for JSON that matches none of
// the JSON formats (a library's own serialization of a tweet, an API
// response of another kind, any object or array). Indexing it as plain text
// would put braces and keys in the index without a word; reading it as
// records would need a mapping lisan cannot guess. So it reads nothing and
// fails the input with an error that names the formats tried and how to
// force one (--format text indexes it as text when that is really wanted).
#pragma once

#include "indexer/readers/reader.h"

namespace lisan::indexer {

// The format name detect_format() gives such an input; not a --format choice.
inline constexpr const char* kUnknownJson = "unknown-json";

class UnknownJsonReader : public Reader {
 public:
  explicit UnknownJsonReader(const ReaderOptions& /*options*/) {}
  // Always throws lisan::Error naming `path`.
  void read(const std::string& path, RecordSink& sink) override;
};

}  // namespace lisan::indexer
