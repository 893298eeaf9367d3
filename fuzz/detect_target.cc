// Fuzz target for --format auto: detect_format_from() on a file name and
// head taken from the input. The first byte picks the name (detection looks
// at extensions) and whether a result.json is beside; the rest is the head.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "indexer/readers/detect.h"

namespace {

constexpr std::string_view kNames[] = {
    "result.json", "messages.html", "tweets.js", "note-tweet.js", "export.csv", "export.tsv",
    "data.jsonl",  "data.ndjson",   "page.json", "article.html",  "notes.txt",  "noext",
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const unsigned pick = data[0];
  const std::string_view name = kNames[pick % (sizeof kNames / sizeof kNames[0])];
  const bool beside = (pick & 0x80) != 0;
  const std::string_view head(reinterpret_cast<const char*>(data) + 1, size - 1);
  const std::string format = lisan::indexer::detect_format_from(name, head, beside);
  (void)format;
  return 0;
}
