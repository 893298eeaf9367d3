#include "query/printers/jsonl_printer.h"

#include "lisan/store/index_summary.h"
#include "query/batch.h"
#include "query/printers/json_fields.h"

namespace lisan::query {

// One object per hit: facets and a timeline are not hits (--format json).
bool JsonlPrinter::shows(Shape shape) const { return shape == Shape::kHits || shape == Shape::kBatch; }

std::string JsonlPrinter::render_batch(const BatchResult& batch) const { return batch_jsonl(batch); }

std::string JsonlPrinter::render(const Report& report) const {
  // A partial result (--allow-partial) marks every line, naming the shards
  // left out, so no line can be taken for part of a whole answer.
  const auto line = [&report](nlohmann::json j) {
    if (report.partial()) {
      j["partial"] = true;
      j["missing_shards"] = store::missing_json(report.missing_shards);
    }
    return dump_json(j) + "\n";
  };
  if (report.count_only) return line({{"count", report.result.estimated}});
  std::string out;
  if (report.kwic) {
    for (std::size_t i = 0; i < report.kwic_lines.size(); ++i) out += line(kwic_line_json(report, i));
    return out;
  }
  for (std::size_t i = 0; i < report.result.hits.size(); ++i)
    out += line(hit_to_json(report.result.hits[i], report.snippets[i], report.explain));
  return out;
}

}  // namespace lisan::query
