// json: one JSON document: the report header (query as parsed, total, the
// index manifest) and the hits.
#include "query/printers/json_printer.h"

#include "lisan/store/index_summary.h"
#include "query/batch.h"
#include "query/printers/json_fields.h"
#include "query/show.h"

namespace lisan::query {

bool JsonPrinter::shows(Shape shape) const { return shape != Shape::kMatrix; }

std::string JsonPrinter::render_batch(const BatchResult& batch) const { return batch_json(batch); }

std::string JsonPrinter::render_view(const CampaignResult& view) const {
  if (view.view.is_null()) cannot_show(view.option);
  return view.view.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

std::string JsonPrinter::render_document(const Hit& hit) const { return dump_json(document_json(hit), 2) + "\n"; }

std::string JsonPrinter::render_info(const store::IndexSummary& summary) const {
  return dump_json(summary.to_json(), 2) + "\n";
}

std::string JsonPrinter::render(const Report& report) const {
  nlohmann::json out = report_header_json(report);
  nlohmann::json hits = nlohmann::json::array();
  if (!report.count_only)
    for (std::size_t i = 0; i < report.result.hits.size(); ++i)
      hits.push_back(hit_to_json(report.result.hits[i], report.snippets[i], report.explain));
  out["hits"] = std::move(hits);
  if (report.kwic) {
    nlohmann::json lines = nlohmann::json::array();
    for (std::size_t i = 0; i < report.kwic_lines.size(); ++i) lines.push_back(kwic_line_json(report, i));
    out["kwic"] = std::move(lines);
  }
  return dump_json(out, 2) + "\n";
}

}  // namespace lisan::query
