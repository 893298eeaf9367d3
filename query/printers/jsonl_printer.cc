#include "query/printers/jsonl_printer.h"

#include "query/batch.h"
#include "query/printers/json_fields.h"

namespace lisan::query {

// One object per hit: facets and a timeline are not hits (--format json).
bool JsonlPrinter::shows(Shape shape) const { return shape == Shape::kHits || shape == Shape::kBatch; }

std::string JsonlPrinter::render_batch(const BatchResult& batch) const { return batch_jsonl(batch); }

std::string JsonlPrinter::render(const Report& report) const {
  if (report.count_only) return dump_json({{"count", report.result.estimated}}) + "\n";
  std::string out;
  if (report.kwic) {
    for (std::size_t i = 0; i < report.kwic_lines.size(); ++i) out += dump_json(kwic_line_json(report, i)) + "\n";
    return out;
  }
  for (std::size_t i = 0; i < report.result.hits.size(); ++i)
    out += dump_json(hit_to_json(report.result.hits[i], report.snippets[i], report.explain)) + "\n";
  return out;
}

}  // namespace lisan::query
