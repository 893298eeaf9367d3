#include <fmt/format.h>

#include "lisan/core/error.h"
#include "query/printers/csv_printer.h"
#include "query/printers/json_printer.h"
#include "query/printers/jsonl_printer.h"
#include "query/printers/printer.h"
#include "query/printers/text_printer.h"

namespace lisan::query {

std::unique_ptr<Printer> make_printer(std::string_view format, const PrinterOptions& options) {
  if (format == "text") return std::make_unique<TextPrinter>(options);
  if (format == "json") return std::make_unique<JsonPrinter>();
  if (format == "jsonl") return std::make_unique<JsonlPrinter>();
  if (format == "csv") return std::make_unique<CsvPrinter>(options);
  return nullptr;
}

const char* printer_formats() { return "text, json, jsonl, csv"; }

std::string formats_showing(Shape shape) {
  std::vector<std::string> names;
  for (const char* f : {"text", "json", "jsonl", "csv"})
    if (make_printer(f, {})->shows(shape)) names.emplace_back(f);
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i)
    out += (i == 0 ? "" : i + 1 == names.size() ? " or " : ", ") + names[i];
  return out;
}

std::string Printer::render_batch(const BatchResult&) const { cannot_show("--queries"); }
std::string Printer::render_view(const CampaignResult& view) const { cannot_show(view.option); }
std::string Printer::render_document(const Hit&) const { cannot_show("show"); }
std::string Printer::render_info(const store::IndexSummary&) const { cannot_show("info"); }
std::string Printer::render_more(const Report&) const { cannot_show("a streamed page"); }

void Printer::cannot_show(std::string_view what) const {
  throw UsageError(fmt::format("--format {} cannot show {}", name_, what));
}

}  // namespace lisan::query
