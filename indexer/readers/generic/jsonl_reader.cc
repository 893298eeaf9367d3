#include "indexer/readers/generic/jsonl_reader.h"

#include "indexer/readers/json_lines.h"
#include "indexer/readers/record_guard.h"
#include "lisan/record_json.h"

namespace lisan::indexer {

void JsonlReader::read(const std::string& path, RecordSink& sink) {
  RecordJsonOptions json_options;
  json_options.assumed_zone = options_.assumed_zone;
  GuardedSink guarded(sink);
  JsonLines lines(path);
  nlohmann::json value;
  while (lines.next(value, sink)) {
    guarded.record(lines.where(), lines.text(), [&] {
      auto record = record_from_json(value, json_options);
      if (!record) {
        guarded.reject(lines.where(), record.error(), lines.text());
        return;
      }
      Record r = std::move(record).value();
      if (r.source.empty()) r.source = "jsonl";
      r.provenance = Provenance{path, lines.line(), lines.offset(), {}, "jsonl"};
      guarded.accept(std::move(r));
    });
  }
  lines.check_end();
}

}  // namespace lisan::indexer
