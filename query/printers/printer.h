// Printer: one output format of lisan-query. make_printer() is the only
// switch over --format; adding a format is one file and one line there.
#pragma once

#include <cstdio>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "query/printers/report.h"

namespace lisan::query {

struct PrinterOptions {
  bool color = false;  // ANSI colour for highlights (text format on a terminal)
  std::vector<std::string> fields;  // csv: --fields, in order ("" = the default columns)
  bool bom = false;    // csv: --bom, a UTF-8 byte order mark for Excel
};

class Printer {
 public:
  virtual ~Printer() = default;
  // Returns the text to write; the caller writes it (and handles a closed pipe).
  virtual std::string render(const Report& report) const = 0;
};

// nullptr for an unknown format.
std::unique_ptr<Printer> make_printer(std::string_view format, const PrinterOptions& options);
const char* printer_formats();

}  // namespace lisan::query
