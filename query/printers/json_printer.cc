// json: one JSON document: the report header (query as parsed, total, the
// index manifest) and the hits.
#include "query/printers/json_printer.h"

#include "query/printers/json_fields.h"

namespace lisan::query {

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
