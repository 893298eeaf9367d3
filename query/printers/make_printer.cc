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

}  // namespace lisan::query
